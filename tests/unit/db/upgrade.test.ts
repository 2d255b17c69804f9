import Dexie from 'dexie';
import { readFileSync } from 'node:fs';
import { declareVersion1, declareVersion2, HuifangDb, storesV1 } from '@/utils/db/app-db';
import { summariseCustomer } from '@/utils/db/customer-summary';
import { deriveCustomers } from '@/utils/core/export/migrate';
import { makeRecord } from './helpers';
import { customerSchema } from '@/utils/core/schemas/customer';
import { callbackRecordSchema } from '@/utils/core/schemas/callback-record';
import { listQueue } from '@/utils/db/queue';
import { verifyAuditChain, recordAudit } from '@/utils/db/audit';

const v1 = JSON.parse(readFileSync('tests/unit/db/fixtures/db-v1-rows.json', 'utf8'));
const tables = Object.keys(storesV1) as (keyof typeof storesV1)[];

/** Creates the database with the OLD declaration only and fills it with the frozen version-1 rows. */
async function seedVersion1(name: string) {
  const old = new Dexie(name);
  declareVersion1(old);
  await old.open();
  await old.transaction('rw', tables, async () => {
    for (const t of tables) await old.table(t).bulkAdd(v1[t]);
  });
  expect(old.verno).toBe(1);
  old.close();
}

describe('database upgrade 1 → 2 (→ 7)', () => {
  it('keeps every version-1 row and fills the new fields', async () => {
    const name = `upgrade-${Math.random()}`;
    await seedVersion1(name);
    const db = new HuifangDb(name);
    await db.open();
    // The newest version: later versions add tables and keep these rows (their own tests check their upgrades).
    expect(db.verno).toBeGreaterThanOrEqual(2);

    for (const t of ['callbacks', 'drafts', 'scripts', 'siteAdapters', 'settings'] as const) {
      const rows = await db.table(t).toArray();
      expect(rows).toHaveLength(v1[t].length);
      for (const row of v1[t]) expect(rows).toContainEqual(row);
    }
    for (const r of await db.callbacks.toArray()) expect(callbackRecordSchema.safeParse(r).success).toBe(true);

    const customers = await db.customers.orderBy('key').toArray();
    for (const c of customers) expect(customerSchema.safeParse(c).success).toBe(true);
    const [c1, c2, c3] = customers;
    // Old fields untouched.
    expect(c1).toMatchObject(v1.customers[0]);
    expect(c2).toMatchObject(v1.customers[1]);
    // New totals computed from the stored records.
    expect(c1?.stats).toEqual({
      attempts: 2,
      lastAttemptAt: '2026-03-02T06:00:00.000Z',
      lastOutcome: 'call-back-later',
      lastReachedAt: null,
    });
    expect(c1?.nextCallBackAt).toBe('2026-03-03T02:00:00.000Z');
    expect(c2?.stats).toMatchObject({ attempts: 1, lastOutcome: 'reached', lastReachedAt: '2026-03-05T02:00:00.000Z' });
    // A customer only the records knew is created, so the queue and history see it.
    expect(c3).toMatchObject({
      key: 'crm:https://crm.example.com#C003',
      customerId: 'C003',
      stats: { attempts: 1, lastOutcome: 'busy' },
    });
    expect(customers).toHaveLength(3);
    // Version 7's summaries, for customers the version-2 upgrade wrote before the summary table existed.
    expect(await db.customerSummary.orderBy('key').toArray()).toEqual(customers.map(summariseCustomer));
    db.close();
  });

  it('makes the new indexes and the audit table usable', async () => {
    const name = `upgrade-idx-${Math.random()}`;
    await seedVersion1(name);
    const db = new HuifangDb(name);
    const history = await db.callbacks
      .where('[customerKey+startedAt]')
      .between(['crm:https://crm.example.com#C001', Dexie.minKey], ['crm:https://crm.example.com#C001', Dexie.maxKey])
      .primaryKeys();
    expect(history).toEqual(['db1-rec-1', 'db1-rec-2']);
    const queue = await listQueue(db, { now: new Date('2026-03-04T00:00:00Z') });
    expect(queue.map((q) => [q.customer.key, q.overdue])).toEqual([['crm:https://crm.example.com#C001', true]]);
    await recordAudit(db, {
      action: 'settings-change',
      at: '2026-03-04T00:00:00.000Z',
      agent: 'agent-li',
      counts: {},
      ids: [],
    });
    expect(await verifyAuditChain(db)).toEqual({ ok: true, entries: 1 });
    db.close();
  });
});

describe('database upgrade 2 → 7', () => {
  it('keeps every version-2 row and gives each customer its summary', async () => {
    const name = `upgrade-7-${Math.random()}`;
    const old = new Dexie(name);
    declareVersion1(old);
    declareVersion2(old);
    await old.open();
    const records = Array.from({ length: 60 }, (_, i) => makeRecord(i, { customerKey: `K${i % 13}` }));
    // Every combination of the queue fields: none, a deadline, a call-back, both (either earlier).
    const customers = deriveCustomers(records).map((c, i) => ({
      ...c,
      dueAt: i % 2 ? `2026-12-0${(i % 9) + 1}T00:00:00.000Z` : null,
      dueKind: i % 2 ? ('continuous' as const) : null,
      nextCallBackAt: i % 3 ? `2026-12-0${((i * 5) % 9) + 1}T08:00:00.000Z` : null,
    }));
    await old.transaction('rw', ['callbacks', 'customers'], async () => {
      await old.table('callbacks').bulkAdd(records);
      await old.table('customers').bulkAdd(customers);
    });
    expect(old.verno).toBe(2);
    old.close();

    const db = new HuifangDb(name);
    await db.open();
    expect(await db.callbacks.orderBy('id').toArray()).toEqual([...records].sort((a, b) => (a.id < b.id ? -1 : 1)));
    const stored = await db.customers.orderBy('key').toArray();
    expect(stored).toEqual([...customers].sort((a, b) => (a.key < b.key ? -1 : 1)));
    const summaries = await db.customerSummary.orderBy('key').toArray();
    expect(summaries).toEqual(stored.map(summariseCustomer));
    for (const [i, s] of summaries.entries()) {
      const c = stored[i];
      const times = [c?.dueAt, c?.nextCallBackAt].filter((t) => t);
      expect(s.queueAt).toBe(times.length ? times.sort()[0] : undefined);
      expect(s.attempts).toBe(c?.stats.attempts);
    }
    db.close();
  });
});

describe('database upgrade 2 → 6 (conflicts table)', () => {
  it('keeps every version-2 row and adds an empty conflicts table', async () => {
    const name = `upgrade6-${Math.random()}`;
    await seedVersion1(name);
    const v2 = new Dexie(name);
    declareVersion1(v2);
    declareVersion2(v2);
    await v2.open();
    expect(v2.verno).toBe(2);
    const before: Record<string, unknown[]> = {};
    for (const t of [...tables, 'audit']) before[t] = await v2.table(t).toArray();
    v2.close();
    const db = new HuifangDb(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(6);
    for (const t of [...tables, 'audit']) expect(await db.table(t).toArray()).toEqual(before[t]);
    expect(await db.conflicts.count()).toBe(0);
    db.close();
  });
});
