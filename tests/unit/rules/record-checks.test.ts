import { createWorkingCalendar } from '@/utils/core/calendar/working-calendar';
import { wealthNewContract } from '@/utils/core/playbooks/wealth-new-contract';
import { checkReachedChecklist, checkRingTime, checkUnreachable } from '@/utils/core/rules/record-checks';
import { applyEvent, createEngineState } from '@/utils/core/script/engine';
import { makeRecord } from './make-record';

const calendar = createWorkingCalendar();
const noAnswer = (startedAt: string, ringSeconds: number | null = 25) =>
  makeRecord({ outcome: 'no-answer', startedAt, ringSeconds });

describe('the ring-time rule (篇六 第十二条: let it ring 20 s)', () => {
  it.each([
    ['no-answer', 2, true],
    ['no-answer', 19.9, true],
    ['no-answer', 20, false],
    ['no-answer', 45, false],
    ['no-answer', null, false],
    ['busy', 2, false],
    ['reached', 3, false],
  ] as const)('%s after %s s: confirmation needed = %s', (outcome, ring, needed) => {
    const check = checkRingTime(outcome, ring);
    expect(check.needsConfirmation).toBe(needed);
    expect(check.text === null).toBe(!needed);
  });

  it('says the seconds in both languages', () => {
    expect(checkRingTime('no-answer', 2.4).text).toEqual({
      'zh-CN': expect.stringContaining('只响铃2秒'),
      en: expect.stringContaining('after 2 s'),
    });
  });
});

describe('"unreachable" needs three unanswered attempts on different half-days', () => {
  const now = Date.parse('2025-03-05T15:00:00+08:00');
  it('says how many are left and the next window', () => {
    const check = checkUnreachable([noAnswer('2025-03-04T10:05:00+08:00'), noAnswer('2025-03-04T10:40:00+08:00')], {
      now: Date.parse('2025-03-04T10:50:00+08:00'),
      calendar,
    });
    expect(check).toMatchObject({ allowed: false, left: 2, halfDaysUsed: ['2025-03-04-am'] });
    expect(check.nextWindow?.start).toBe('2025-03-04T14:00:00+08:00');
    expect(check.text['zh-CN']).toContain('还需 2 次不同半天的尝试');
  });

  it('allows it after three half-days', () => {
    const check = checkUnreachable(
      [
        noAnswer('2025-03-04T10:05:00+08:00'),
        noAnswer('2025-03-04T14:30:00+08:00'),
        noAnswer('2025-03-05T10:10:00+08:00'),
      ],
      { now, calendar },
    );
    expect(check).toMatchObject({ allowed: true, left: 0 });
  });

  it('a no-answer that rang under 20 s counts no half-day', () => {
    const check = checkUnreachable(
      [
        noAnswer('2025-03-04T10:05:00+08:00'),
        noAnswer('2025-03-04T14:30:00+08:00'),
        noAnswer('2025-03-05T10:10:00+08:00', 3),
      ],
      { now, calendar },
    );
    expect(check).toMatchObject({ allowed: false, left: 1 });
  });
});

describe('a "reached" record with required items of its path open needs ticks or a reason', () => {
  const T = (s: number) => new Date(Date.UTC(2026, 10, 27, 2, 0, s)).toISOString();
  const early = () => {
    let state = applyEvent(wealthNewContract, createEngineState(wealthNewContract), { type: 'start', at: T(0) });
    state = applyEvent(wealthNewContract, state, { type: 'answer', at: T(1), value: 'yes' });
    return applyEvent(wealthNewContract, state, { type: 'end', at: T(2), outcome: 'completed' });
  };

  it('asks for a reason when items are open', () => {
    const check = checkReachedChecklist('reached', wealthNewContract, early(), undefined);
    expect(check.needsReason).toBe(true);
    expect(check.open.map((i) => i.id)).toContain('satisfaction-asked');
  });

  it('a stored reason settles it', () => {
    expect(checkReachedChecklist('reached', wealthNewContract, early(), '客户赶时间，约定明天补问').needsReason).toBe(
      false,
    );
    expect(checkReachedChecklist('reached', wealthNewContract, early(), '   ').needsReason).toBe(true);
  });

  it('other outcomes owe no checklist', () => {
    expect(checkReachedChecklist('no-answer', wealthNewContract, early(), undefined)).toEqual({
      open: [],
      needsReason: false,
    });
  });
});
