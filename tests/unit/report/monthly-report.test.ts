import { buildMonthlyReport, getReportSubmitBy } from '@/utils/core/report/monthly-report';
import { agentA, agentB, agentC, customers, dueItems, escalations, now } from './october-scenario';

const report = buildMonthlyReport({
  month: '2025-10',
  now,
  records: [...agentA, ...agentB, ...agentC],
  dueItems,
  customers,
  escalations,
});

describe('buildMonthlyReport (figures computed by hand, see october-scenario.ts)', () => {
  it.each([
    // kind,              due, onTime, late, outstanding, overdue, coverage, onTime%, attempts
    ['new-contract', 5, 2, 1, 2, 2, 60, 40, 7],
    ['power-repair', 3, 1, 1, 1, 1, 66.7, 33.3, 2],
    ['letter-complaint', 2, 1, 0, 1, 1, 50, 50, 1],
    ['continuous', 1, 0, 0, 1, 1, 0, 0, 0],
  ] as const)(
    '%s: due %i, on time %i, late %i, outstanding %i, overdue %i, coverage %d %%',
    (kind, due, onTime, late, outstanding, overdue, coveragePct, onTimePct, attempts) => {
      expect(report.kinds.find((k) => k.kind === kind)).toMatchObject({
        due,
        onTime,
        late,
        outstanding,
        overdue,
        coveragePct,
        onTimePct,
        attempts,
      });
    },
  );

  it('adds up the totals and lists only kinds with something in the month', () => {
    expect(report.kinds.map((k) => k.kind)).toEqual(['new-contract', 'power-repair', 'letter-complaint', 'continuous']);
    expect(report.totals).toEqual({
      due: 11,
      onTime: 4,
      late: 2,
      outstanding: 5,
      overdue: 5,
      coveragePct: 54.5,
      onTimePct: 36.4,
      attempts: 10,
    });
  });

  it('counts the 4-level satisfaction of the month’s current records', () => {
    expect(report.satisfaction.answered).toBe(5);
    expect(report.satisfaction.rows.map((r) => [r.level, r.count, r.pct])).toEqual([
      ['satisfied', 2, 40],
      ['fairly-satisfied', 1, 20],
      ['basically-satisfied', 1, 20],
      ['dissatisfied', 1, 20],
    ]);
    expect(report.satisfaction.rows[1]?.label['zh-CN']).toBe('比较满意');
  });

  it('counts escalations opened in the Shanghai month, once each, and the flagged records', () => {
    expect(report.escalations).toMatchObject({ opened: 2, open: 1, handled: 1 });
    expect(report.escalations.byType.map((e) => [e.type, e.count])).toEqual([
      ['complaint', 1],
      ['private-fee', 1],
    ]);
    expect(report.flaggedRecords.records).toBe(2);
  });

  it('is due by the 7th of the next month at 16:00 Shanghai time, also across the year end', () => {
    expect(report.submitBy).toBe('2025-11-07T16:00:00+08:00');
    expect(getReportSubmitBy('2025-12')).toBe('2026-01-07T16:00:00+08:00');
  });

  it('names the agents and shapes a chart', () => {
    expect(report.agents).toEqual(['A', 'B', 'C']);
    expect(report.chart.max).toBe(5);
    expect(report.chart.bars[0]).toMatchObject({ kind: 'new-contract', onTime: 2, late: 1, outstanding: 2 });
  });

  it('does not count what was done after the report’s moment', () => {
    const early = buildMonthlyReport({ month: '2025-10', now: Date.parse('2025-10-20T00:00:00Z'), records: agentB });
    expect(early.kinds.find((k) => k.kind === 'new-contract')).toMatchObject({
      due: 3,
      onTime: 1,
      late: 1,
      outstanding: 1,
      overdue: 0,
    });
  });
});
