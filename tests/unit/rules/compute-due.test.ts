import type { CallbackKind } from '@/utils/core/callback-kinds';
import { parseEventInput } from '@/utils/core/calendar/event-input';
import { createWorkingCalendar } from '@/utils/core/calendar/working-calendar';
import { computeDue } from '@/utils/core/rules/compute-due';
import { kindRules } from '@/utils/core/rules/kind-rules';
import { callbackKinds } from '@/utils/core/callback-kinds';

function dueOf(kind: CallbackKind, event: string, opts = {}, calendar = createWorkingCalendar()) {
  const parsed = parseEventInput(event, 'Asia/Shanghai');
  if (!parsed.ok) throw new Error(parsed.message);
  return computeDue(kind, parsed.event, calendar, opts);
}

// The machine's zone must never change an answer: run the whole table under several.
describe.each(['UTC', 'America/Los_Angeles', 'Asia/Shanghai', 'Pacific/Kiritimati'])('machine time zone %s', (tz) => {
  const saved = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = tz;
  });
  afterAll(() => {
    process.env.TZ = saved;
  });

  it('really runs in that zone', () => {
    const offsets: Record<string, number> = {
      UTC: 0,
      'America/Los_Angeles': 480,
      'Asia/Shanghai': -480,
      'Pacific/Kiritimati': -840,
    };
    expect(new Date(2025, 0, 15).getTimezoneOffset()).toBe(offsets[tz]);
  });

  it.each([
    // 2025: 春节 1/28–2/4, make-up 1/26 (Sun) and 2/8 (Sat)
    ['new-contract', '2025-01-24', '2025-02-07'],
    ['power-business', '2025-01-27', '2025-02-12'],
    // 清明 4/4–4/6; 劳动节 5/1–5/5 with make-up 4/27 (Sun); 端午 5/31–6/2
    ['letter-complaint', '2025-04-03', '2025-04-11'],
    ['letter-complaint', '2025-04-25', '2025-05-06'],
    ['letter-complaint', '2025-05-30', '2025-06-09'],
    // 国庆+中秋 10/1–10/8 with make-up 9/28 (Sun) and 10/11 (Sat)
    ['letter-report', '2025-09-26', '2025-10-16'],
    ['power-business', '2025-09-28', '2025-10-14'],
    ['power-business', '2025-10-01', '2025-10-16'],
    // across the year end into 2026's 元旦 1/1–1/3 with make-up 1/4 (Sun)
    ['new-contract', '2025-12-31', '2026-01-08'],
    // 2026: 春节 2/15–2/23, make-up 2/14 and 2/28 (Sat)
    ['new-contract', '2026-02-13', '2026-02-27'],
    ['power-business', '2026-02-24', '2026-03-04'],
    // 劳动节 5/1–5/5 with make-up 5/9 (Sat); 端午 6/19–6/21
    ['letter-complaint', '2026-04-30', '2026-05-11'],
    ['letter-complaint', '2026-06-18', '2026-06-26'],
    // 中秋 9/25–9/27, 国庆 10/1–10/7, make-up 9/20 (Sun) and 10/10 (Sat)
    ['letter-report', '2026-09-18', '2026-10-09'],
    ['letter-complaint', '2026-10-09', '2026-10-15'],
  ] as const)('%s after %s is due %s', (kind, event, due) => {
    const result = dueOf(kind, event);
    expect(result.due).toBe(due);
    expect(result.warnings).toEqual([]);
  });

  it.each([
    // 2025-09-30T20:00Z is 10-01 04:00 in Shanghai: day 0 is the holiday, not 9/30.
    ['power-business', '2025-09-30T20:00Z', '2025-10-16'],
    ['dealer-visit-followup', '2025-09-30T20:00Z', '2025-10-02'],
    ['travel-post-use', '2025-09-30T15:59:59Z', '2025-10-03'],
    // Friday 10/10 23:30 wall time in Shanghai vs. 17:00Z the same Friday, which is Saturday 10/11 (make-up day) there.
    ['power-business', '2025-10-10T23:30', '2025-10-20'],
    ['power-business', '2025-10-10T17:00:00Z', '2025-10-21'],
    // 2026-02-13T17:30Z is Saturday 2/14 01:30 in Shanghai, a make-up working day, which is day 0.
    ['letter-complaint', '2026-02-13T17:30:00Z', '2026-02-28'],
    ['letter-complaint', '2026-02-13T15:59:59Z', '2026-02-27'],
    ['new-contract', '2025-01-25T23:00:00-08:00', '2025-02-08'],
  ] as const)('%s after the instant %s counts from the Shanghai day: %s', (kind, event, due) => {
    expect(dueOf(kind, event).due).toBe(due);
  });

  it.each([
    ['2025-09-30T20:00Z', false, '2025-10-02T04:00:00+08:00'],
    ['2025-09-30T20:00Z', true, '2025-10-03T04:00:00+08:00'],
    ['2026-02-16T23:15:00+08:00', false, '2026-02-17T23:15:00+08:00'],
  ])('power-repair after %s (disaster %s) is due %s, holidays or not', (event, disaster, due) => {
    const result = dueOf('power-repair', event, { disaster });
    expect(result).toMatchObject({ due, dueType: 'datetime', warnings: [] });
  });
});

describe('computeDue', () => {
  it('warns when an hour rule gets a bare date and counts from midnight in Shanghai', () => {
    const result = dueOf('power-repair', '2025-10-01');
    expect(result.due).toBe('2025-10-02T00:00:00+08:00');
    expect(result.warnings.map((w) => w.code)).toEqual(['event-without-time']);
  });

  it.each([
    ['travel-post-use', '2025-12-30', '2026-01-02'],
    ['travel-pre-use', '2026-03-01', '2026-02-28'],
    ['dealer-visit-followup', '2025-10-01', '2025-10-02'],
    ['hesitation-period', '2025-01-20', '2025-02-04'],
    ['travel-re-need', '2025-01-31', '2025-02-28'],
    ['continuous', '2024-02-29', '2025-02-28'],
    ['partner-visit', '2026-02-10', '2026-02-28'],
    ['satisfaction-sample', '2025-03-01', '2025-06-30'],
    ['satisfaction-sample', '2025-07-01', '2025-12-31'],
    ['large-customer-visit', '2025-05-05', '2025-12-31'],
  ] as const)('%s after %s is due %s (calendar days, holidays not skipped)', (kind, event, due) => {
    expect(dueOf(kind, event).due).toBe(due);
  });

  it('uses the policy’s own cooling-off period when given', () => {
    expect(dueOf('hesitation-period', '2025-01-20', { days: 20 }).due).toBe('2025-02-09');
  });

  it('ignores a number of days for a rule the source fixes, and says so', () => {
    const result = dueOf('letter-complaint', '2025-02-28', { days: 30 });
    expect(result.due).toBe('2025-03-07');
    expect(result.warnings.map((w) => w.code)).toEqual(['days-ignored']);
  });

  it('gives new-contract its one-month outer limit', () => {
    expect(dueOf('new-contract', '2025-01-31')).toMatchObject({ due: '2025-02-10', limit: '2025-02-28' });
  });

  it.each(['complaint-followup', 'agreement-change', 'termination', 'software-checkin'] as const)(
    '%s has no deadline and says so with its clause',
    (kind) => {
      const result = dueOf(kind, '2025-06-01');
      expect(result.due).toBeNull();
      expect(result.warnings[0]?.text.en).toContain('no deadline');
      expect(result.warnings[0]?.text['zh-CN']).toContain(kindRules[kind].clause.text);
    },
  );

  it('follows the user’s extra holidays and extra working days', () => {
    const calendar = createWorkingCalendar({ extraHolidays: ['2025-03-03'], extraWorkdays: ['2025-03-08'] });
    // From Fri 2/28: 3/3 off (user), 3/4, 3/5, 3/6, 3/7, 3/8 (Sat, user working day).
    expect(dueOf('letter-complaint', '2025-02-28', {}, calendar).due).toBe('2025-03-08');
    expect(dueOf('letter-complaint', '2025-02-28').due).toBe('2025-03-07');
  });

  it.each([
    ['2026-12-28', '2027-01-05', ['year-statutory-only'], '2027'],
    ['2030-12-30', '2031-01-06', ['year-statutory-only', 'year-not-covered'], '2031'],
    ['2019-06-03', '2019-06-10', ['year-not-covered'], '2019'],
  ])('warns in words when a count after %s rests on a year the data does not cover', (event, due, codes, year) => {
    const result = dueOf('letter-complaint', event);
    expect(result.due).toBe(due);
    expect(result.warnings.map((w) => w.code)).toEqual(codes);
    expect(result.warnings.at(-1)?.text.en).toContain(year);
  });

  it('has a rule with a clause and labels for every kind', () => {
    for (const kind of callbackKinds) {
      const rule = kindRules[kind];
      expect(rule.kind).toBe(kind);
      expect(rule.clause.label['zh-CN']).toMatch(/^篇/);
      expect(rule.label.en.length).toBeGreaterThan(0);
    }
  });
});
