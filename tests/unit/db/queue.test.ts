import { listQueue, countQueue } from '@/utils/db/queue';
import { readWorkQueue } from '@/utils/db/work-queue-source';
import { createWorkingCalendar } from '@/utils/core/calendar/working-calendar';
import { deriveCustomers } from '@/utils/core/export/migrate';
import type { Customer } from '@/utils/core/schemas/customer';
import type { WorklistEntry } from '@/utils/core/worklist/worklist-entry';
import type { Escalation } from '@/utils/core/rules/escalations';
import { makeRecord, openTestDb } from './helpers';

// Customers whose deadline and call-back fall on a few shared instants, so ties and customers with both reasons
// occur often; some have neither, some only fall after the horizon.
function makeCustomers(n: number): Customer[] {
  const at = (h: number) => new Date(Date.UTC(2026, 10, 25) + h * 3_600_000).toISOString();
  return deriveCustomers(Array.from({ length: n }, (_, i) => makeRecord(i, { customerKey: `K${i}` }))).map((c, i) => ({
    ...c,
    dueAt: i % 3 === 0 ? null : at((i * 7) % 120),
    dueKind: i % 3 === 0 ? null : 'continuous',
    nextCallBackAt: i % 4 === 0 ? at((i * 5) % 130) : null,
  }));
}

describe('the queue, a page at a time', () => {
  const now = new Date('2026-11-27T00:00:00Z');
  const horizon = new Date('2026-11-29T12:00:00Z');

  it('gives the whole queue page by page, in the same order, with counts that match it', async () => {
    const db = openTestDb();
    const customers = makeCustomers(300);
    await db.customers.bulkAdd(customers);
    const all = await listQueue(db, { now, horizon });
    // The list by hand: every customer with a reason before the horizon, earliest reason first, then by key.
    const until = horizon.toISOString();
    const expected = customers
      .map((c) => ({
        key: c.key,
        at: [c.dueAt, c.nextCallBackAt].filter((t): t is string => t !== null && t <= until).sort()[0],
      }))
      .filter((x): x is { key: string; at: string } => x.at !== undefined)
      .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.key < b.key ? -1 : 1));
    expect(all.map((q) => [q.customer.key, q.at])).toEqual(expected.map((x) => [x.key, x.at]));
    expect(all.length).toBeGreaterThan(100);

    for (const limit of [7, 50]) {
      const pages = [];
      for (let offset = 0; offset < all.length + limit; offset += limit) {
        pages.push(...(await listQueue(db, { now, horizon, offset, limit })));
      }
      expect(pages).toEqual(all);
    }
    expect(await countQueue(db, { now, horizon })).toEqual({
      total: all.length,
      overdue: all.filter((q) => q.overdue).length,
    });
  });

  it('lists both reasons of a customer found through either index', async () => {
    const db = openTestDb();
    const [c] = makeCustomers(1);
    if (!c) throw new Error('no customer');
    await db.customers.add({
      ...c,
      dueAt: '2026-11-28T00:00:00.000Z',
      dueKind: 'new-contract',
      nextCallBackAt: '2026-11-26T08:00:00.000Z',
    });
    const [item] = await listQueue(db, { now, horizon, limit: 1 });
    expect(item?.reasons).toEqual([
      { type: 'call-back', at: '2026-11-26T08:00:00.000Z', kind: null },
      { type: 'deadline', at: '2026-11-28T00:00:00.000Z', kind: 'new-contract' },
    ]);
    expect(item?.overdue).toBe(true);
    expect(await countQueue(db, { now, horizon })).toEqual({ total: 1, overdue: 1 });
    expect(await countQueue(db, { now, horizon: new Date('2026-11-26T00:00:00Z') })).toEqual({
      total: 0,
      overdue: 0,
    });
  });
});

describe('the work queue (the one queue the panel reads)', () => {
  const now = new Date('2026-11-27T00:00:00Z');
  const horizon = new Date('2026-11-29T12:00:00Z');
  const o = {
    now,
    horizon,
    calendar: createWorkingCalendar({ extraHolidays: [], extraWorkdays: [] }),
    timeZone: 'Asia/Shanghai',
  };

  it('pages the customers seen, earliest first, and says how many the source holds', async () => {
    const db = openTestDb();
    await db.customers.bulkAdd(makeCustomers(300));
    const all = await listQueue(db, { now, horizon });
    const counts = await countQueue(db, { now, horizon });
    const first = await readWorkQueue(db, { ...o, limit: 40 });
    expect(first.entries.map((e) => e.customerKey)).toEqual(all.slice(0, 40).map((q) => q.customer.key));
    expect(first.seen).toEqual({ total: counts.total, overdue: counts.overdue, offset: 0, shown: 40 });
    const second = await readWorkQueue(db, { ...o, limit: 40, offset: 40 });
    expect(second.entries.map((e) => e.customerKey)).toEqual(all.slice(40, 80).map((q) => q.customer.key));
    // Without a limit the call still reads one page, never the whole source.
    const byDefault = await readWorkQueue(db, o);
    expect(byDefault.entries).toHaveLength(Math.min(100, all.length));
    expect(byDefault.seen.total).toBe(all.length);
  });
});

describe('the work queue: work lists, customers seen, attempts and escalations in one read', () => {
  const now = new Date('2026-11-27T00:00:00Z');
  const o = {
    now,
    horizon: new Date('2026-11-29T12:00:00Z'),
    calendar: createWorkingCalendar({ extraHolidays: [], extraWorkdays: [] }),
    timeZone: 'Asia/Shanghai',
  };
  const entry = (key: string, dueAt: string | null, kind: WorklistEntry['kind'] = 'new-contract'): WorklistEntry => ({
    id: `${key}|${kind}`,
    customerKey: key,
    origin: 'https://crm.example.com',
    customerId: null,
    name: key,
    mobiles: ['13812345678'],
    landlines: [],
    product: '',
    owner: '',
    kind,
    eventDate: null,
    due: dueAt,
    dueAt,
    dueFrom: dueAt ? 'list' : 'none',
    recordUrl: null,
    rows: [2],
    listId: 'list-1',
  });
  const escalation = (id: string, customerKey: string, status: Escalation['status']): Escalation => ({
    id,
    type: 'complaint',
    severity: 'high',
    status,
    customerKey,
    recordId: `rec-${id}`,
    kind: 'new-contract',
    openedBy: 'agent-li',
    openedAt: '2026-11-20T01:00:00.000Z',
    handledBy: null,
    handledAt: null,
    note: '',
    secondCallbackDue: null,
  });

  it('lists the work lists by deadline (none last), then the page seen, with attempts and open escalations', async () => {
    const db = openTestDb();
    await db.worklist.bulkAdd([
      entry('W-late', '2026-11-28T10:00:00.000Z'),
      entry('W-none', null),
      entry('W-early', '2026-11-26T10:00:00.000Z'),
    ]);
    await db.customers.bulkAdd(makeCustomers(20));
    // Two unanswered calls to a listed customer, one to a customer seen, none of another kind counted.
    await db.callbacks.bulkAdd([
      makeRecord(1, { customerKey: 'W-early', kind: 'new-contract', outcome: 'no-answer', callBackAt: null }),
      makeRecord(40, { customerKey: 'W-early', kind: 'new-contract', outcome: 'no-answer', callBackAt: null }),
      makeRecord(2, { customerKey: 'W-early', kind: 'continuous', outcome: 'no-answer', callBackAt: null }),
      makeRecord(3, { customerKey: 'K1', kind: 'continuous', outcome: 'no-answer', callBackAt: null }),
    ]);
    await db.escalations.bulkAdd([escalation('e1', 'W-late', 'open'), escalation('e2', 'K1', 'handled')]);
    const seen = await listQueue(db, { now, horizon: o.horizon, limit: 5 });
    const q = await readWorkQueue(db, { ...o, limit: 5 });
    expect(q.entries.map((e) => [e.source, e.customerKey])).toEqual([
      ['worklist', 'W-early'],
      ['worklist', 'W-late'],
      ['worklist', 'W-none'],
      ...seen.map((s) => ['seen', s.customer.key]),
    ]);
    const early = q.attempts.find((a) => a.customerKey === 'W-early');
    expect(early).toMatchObject({ kind: 'new-contract', counted: 2 });
    expect(q.attempts.filter((a) => a.customerKey === 'W-early')).toHaveLength(1);
    expect(q.escalated).toEqual(['W-late']);
    expect(q.seen.shown).toBe(seen.length);
  });
});
