import { collectDueItems, listWorklistDueItems } from '@/utils/core/report/due-items';
import { buildMonthlyReport } from '@/utils/core/report/monthly-report';
import type { Customer } from '@/utils/core/schemas/customer';
import { emptyCustomerStats } from '@/utils/core/schemas/customer';
import { monthRecords } from './month-fixture';

const customer = (key: string, dueAt: string): Customer => ({
  key,
  origin: 'worklist',
  customerId: null,
  context: {},
  sourceUrl: '',
  firstSeenAt: '2026-11-01T00:00:00Z',
  lastSeenAt: '2026-11-01T00:00:00Z',
  events: {},
  stats: emptyCustomerStats,
  dueAt,
  dueKind: 'new-contract',
  nextCallBackAt: null,
});

describe('应访 from the work list: each callback once, whatever form its deadline takes', () => {
  it('takes the entries with a deadline', () => {
    expect(
      listWorklistDueItems([
        { customerKey: 'a', kind: 'new-contract', due: '2026-11-20' },
        { customerKey: 'b', kind: 'continuous', due: null },
      ]),
    ).toEqual([{ customerKey: 'a', kind: 'new-contract', due: '2026-11-20' }]);
  });

  it('a work-list date, a record’s date and a customer row’s end-of-day instant are one callback', () => {
    const items = collectDueItems(
      [{ customerKey: 'a', kind: 'new-contract', due: '2026-11-20' }],
      [{ customerKey: 'a', kind: 'new-contract', dueAt: '2026-11-20' }],
      // 23:59:59.999 on the 20th in Shanghai.
      [customer('a', '2026-11-20T15:59:59.999Z')],
    );
    expect(items).toEqual([{ customerKey: 'a', kind: 'new-contract', due: '2026-11-20' }]);
  });

  it('a customer only on the work list, never called, is due and outstanding in the report', () => {
    const report = buildMonthlyReport({
      month: '2026-11',
      now: Date.parse('2026-12-01T02:00:00Z'),
      records: monthRecords,
      dueItems: [{ customerKey: 'never-opened', kind: 'new-contract', due: '2026-11-25' }],
    });
    const without = buildMonthlyReport({
      month: '2026-11',
      now: Date.parse('2026-12-01T02:00:00Z'),
      records: monthRecords,
    });
    expect(report.totals.due).toBe(without.totals.due + 1);
    expect(report.totals.outstanding).toBe(without.totals.outstanding + 1);
  });
});
