import { parseEventInput } from '@/utils/core/calendar/event-input';
import { formatZonedIso, getOffsetMinutes, toZonedDate, zonedToInstant } from '@/utils/core/calendar/zoned-time';

describe('zoned time', () => {
  it.each([
    ['2025-09-30T20:00:00Z', 'Asia/Shanghai', '2025-10-01T04:00:00+08:00'],
    ['2025-09-30T15:59:59Z', 'Asia/Shanghai', '2025-09-30T23:59:59+08:00'],
    ['2025-03-09T06:59:00Z', 'America/New_York', '2025-03-09T01:59:00-05:00'],
    ['2025-03-09T07:00:00Z', 'America/New_York', '2025-03-09T03:00:00-04:00'],
    ['2025-06-01T00:00:00Z', 'Asia/Kolkata', '2025-06-01T05:30:00+05:30'],
    ['1969-12-31T20:00:00Z', 'Asia/Shanghai', '1970-01-01T04:00:00+08:00'],
  ])('%s in %s is %s', (instant, zone, expected) => {
    expect(formatZonedIso(Date.parse(instant), zone)).toBe(expected);
    expect(toZonedDate(Date.parse(instant), zone)).toBe(expected.slice(0, 10));
  });

  it('gives Shanghai the offset Intl gives, without asking Intl, from 1992 on', () => {
    const intl = new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Shanghai', timeZoneName: 'longOffset' });
    for (let ms = Date.UTC(1992, 0, 1); ms < Date.UTC(2040, 0, 1); ms += 97 * 86_400_000) {
      const name = intl.formatToParts(new Date(ms)).find((p) => p.type === 'timeZoneName')?.value;
      expect([name, getOffsetMinutes(ms, 'Asia/Shanghai')]).toEqual(['GMT+08:00', 480]);
    }
  });

  it('turns wall-clock time in a zone into the instant', () => {
    expect(new Date(zonedToInstant('2025-10-01', '00:00', 'Asia/Shanghai')).toISOString()).toBe(
      '2025-09-30T16:00:00.000Z',
    );
    expect(new Date(zonedToInstant('2025-07-04', '09:30', 'America/New_York')).toISOString()).toBe(
      '2025-07-04T13:30:00.000Z',
    );
  });
});

describe('parseEventInput', () => {
  it.each([
    ['2025-10-01', '2025-10-01', '2025-09-30T16:00:00.000Z', false],
    ['2025-09-30T20:00Z', '2025-10-01', '2025-09-30T20:00:00.000Z', true],
    ['2025-09-30 23:30', '2025-09-30', '2025-09-30T15:30:00.000Z', true],
    ['2025-09-30T23:30:00.123+0800', '2025-09-30', '2025-09-30T15:30:00.000Z', true],
    ['2025-09-30T10:00:00-07:00', '2025-10-01', '2025-09-30T17:00:00.000Z', true],
  ])('%s is day %s at %s', (text, date, iso, hasTime) => {
    const parsed = parseEventInput(text, 'Asia/Shanghai');
    expect(
      parsed.ok && {
        date: parsed.event.date,
        iso: new Date(parsed.event.instantMs).toISOString(),
        hasTime: parsed.event.hasTime,
      },
    ).toEqual({ date, iso, hasTime });
  });

  it.each(['2025-02-29', '2025-10-01T24:00', 'yesterday', '', '2025-10-01T10:00+8'])('rejects %j', (text) => {
    expect(parseEventInput(text, 'Asia/Shanghai').ok).toBe(false);
  });
});
