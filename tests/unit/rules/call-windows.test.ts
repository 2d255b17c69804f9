import { createWorkingCalendar } from '@/utils/core/calendar/working-calendar';
import { callWindowConfigSchema } from '@/utils/core/rules/call-windows-schema';
import { checkCallTime, defaultCallWindows, findNextWindow, travelCallWindows } from '@/utils/core/rules/call-windows';

const calendar = createWorkingCalendar();
const at = (iso: string) => Date.parse(iso);

describe('call windows', () => {
  it.each([
    ['2025-03-04T10:30:00+08:00', true, '2025-03-04T10:00:00+08:00'],
    ['2025-03-04T11:00:00+08:00', false, '2025-03-04T14:00:00+08:00'],
    ['2025-03-04T09:59:00+08:00', false, '2025-03-04T10:00:00+08:00'],
    ['2025-03-04T16:30:00+08:00', false, '2025-03-05T10:00:00+08:00'],
    // The evening before the 2025 National Day break: next working day is Thursday 10/9.
    ['2025-09-30T17:00:00+08:00', false, '2025-10-09T10:00:00+08:00'],
    // Saturday 2025-10-11 is a make-up working day; Sunday 2026-02-15 starts the Spring Festival.
    ['2025-10-11T14:30:00+08:00', true, '2025-10-11T14:00:00+08:00'],
    ['2026-02-14T18:00:00+08:00', false, '2026-02-24T10:00:00+08:00'],
    // 06:30Z is 14:30 in Shanghai.
    ['2025-03-04T06:30:00Z', true, '2025-03-04T14:00:00+08:00'],
  ])('at %s: in window %s, next window %s', (instant, inWindow, next) => {
    const result = checkCallTime(at(instant), defaultCallWindows, calendar);
    expect(result.inWindow).toBe(inWindow);
    expect(result.next?.start).toBe(next);
    expect(result.warning === null).toBe(inWindow);
  });

  it('warns with the next window in words, never blocks', () => {
    const { warning } = checkCallTime(at('2025-03-04T12:00:00+08:00'), defaultCallWindows, calendar);
    expect(warning?.text.en).toContain('2025-03-04 14:00');
    expect(warning?.text.en).toContain('may still call');
  });

  it('uses the travel windows on any day, weekends included', () => {
    expect(checkCallTime(at('2025-03-08T16:00:00+08:00'), travelCallWindows, calendar).inWindow).toBe(true);
    expect(checkCallTime(at('2025-03-08T16:00:00+08:00'), defaultCallWindows, calendar).inWindow).toBe(false);
  });

  it('skips half-days already used', () => {
    const next = findNextWindow(
      at('2025-03-04T09:00:00+08:00'),
      defaultCallWindows,
      calendar,
      'Asia/Shanghai',
      new Set(['2025-03-04-am']),
    );
    expect(next?.start).toBe('2025-03-04T14:00:00+08:00');
  });

  it('rejects a configured window that ends before it starts', () => {
    expect(
      callWindowConfigSchema.safeParse({ windows: [{ start: '16:00', end: '14:00' }], workingDaysOnly: true }).success,
    ).toBe(false);
    expect(
      callWindowConfigSchema.safeParse({ windows: [{ start: '8:00', end: '09:00' }], workingDaysOnly: true }).success,
    ).toBe(false);
  });
});
