import Dexie from 'dexie';
import { readFileSync } from 'node:fs';
import { createWorkingCalendar } from '@/utils/core/calendar/working-calendar';
import { customerSchema } from '@/utils/core/schemas/customer';
import { buildWorklist } from '@/utils/core/worklist/build-worklist';
import { guessMapping } from '@/utils/core/worklist/columns';
import { declareVersion1, declareVersion2, HuifangDb, storesV1 } from '@/utils/db/app-db';
import { listQueue } from '@/utils/db/queue';
import {
  listWorklistEntries,
  listWorklists,
  saveWorklist,
  worklistEntriesFor,
  deleteWorklist,
} from '@/utils/db/worklist';
import { verifyAuditChain } from '@/utils/db/audit';
import { openTestDb } from './helpers';

const v1 = JSON.parse(readFileSync('tests/unit/db/fixtures/db-v1-rows.json', 'utf8'));
const tables = Object.keys(storesV1) as (keyof typeof storesV1)[];
const origin = 'https://crm.example.com';

function sampleList(listId = 'list-1') {
  const table = [
    ['客户编号', '姓名', '手机', '产品', '回访类型', '签约日期'],
    ['C001', '张三', '13812345678', '稳盈1号', '新签约', '2026-11-20'],
    ['C900', '李四', '13912345678', '安心寿', '犹豫期', '2026-11-18'],
    ['C900', '李四', '13912345678', '', '投诉回访', ''],
  ];
  table[3]![5] = '2026-11-19';
  const built = buildWorklist({
    table,
    mapping: guessMapping(table[0]!),
    origin,
    defaultKind: null,
    calendar: createWorkingCalendar(),
    timeZone: 'Asia/Shanghai',
    listId,
  });
  expect(built.issues).toEqual([]);
  return {
    list: {
      id: listId,
      fileName: '11月回访清单.xlsx',
      importedAt: '2026-11-23T01:00:00.000Z',
      encoding: 'xlsx',
      layoutKey: 'layout:x',
      origin,
      entryCount: built.entries.length,
      mergedRows: built.mergedRows,
    },
    entries: built.entries,
    agent: 'agent-li',
    now: new Date('2026-11-23T01:00:00.000Z'),
  };
}

describe('database upgrade 2 → 4 (work lists)', () => {
  it('keeps every version-2 row and adds the work-list tables', async () => {
    const name = `upgrade-v4-${Math.random()}`;
    const old = new Dexie(name);
    declareVersion1(old);
    declareVersion2(old);
    await old.open();
    await old.transaction('rw', tables, async () => {
      for (const t of tables) if (t !== 'customers') await old.table(t).bulkAdd(v1[t]);
    });
    expect(old.verno).toBe(2);
    const before = Object.fromEntries(
      await Promise.all([...tables, 'audit'].map(async (t) => [t, await old.table(t).toArray()] as const)),
    );
    old.close();

    const db = new HuifangDb(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(4);
    for (const [t, rows] of Object.entries(before)) expect(await db.table(t).toArray()).toEqual(rows);
    expect(await db.worklist.count()).toBe(0);
    await saveWorklist(db, sampleList());
    expect(await db.worklist.count()).toBe(3);
    db.close();
  });
});

describe('saveWorklist', () => {
  it('stores the list, its entries and each customer with the event and the earliest deadline, in one go', async () => {
    const db = openTestDb();
    await saveWorklist(db, sampleList());
    expect(await listWorklists(db)).toMatchObject([{ id: 'list-1', entryCount: 3 }]);
    const entries = await listWorklistEntries(db);
    expect(entries.map((e) => [e.customerId, e.kind, e.due])).toEqual([
      ['C001', 'new-contract', '2026-11-27'],
      ['C900', 'hesitation-period', '2026-12-03'], // 15 calendar days: the default cooling-off period
      ['C900', 'complaint-followup', null],
    ]);
    const c900 = await db.customers.get(`crm:${origin}#C900`);
    expect(customerSchema.safeParse(c900).success).toBe(true);
    expect(c900).toMatchObject({
      context: { name: '李四', mobile: '13912345678', product: '安心寿', customerId: 'C900' },
      events: { policyDeliveredAt: '2026-11-18', complaintClosedAt: '2026-11-19' },
      dueKind: 'hesitation-period',
    });
    expect(await worklistEntriesFor(db, `crm:${origin}#C900`)).toHaveLength(2);
    // The customers' queue sees the imported deadlines too.
    const queue = await listQueue(db, { now: new Date('2026-12-31T00:00:00Z') });
    expect(queue.map((q) => q.customer.customerId).sort()).toEqual(['C001', 'C900']);
    expect(await verifyAuditChain(db)).toEqual({ ok: true, entries: 1 });
    db.close();
  });

  it('keeps what the page showed and the stats of a customer already known; a later list replaces the same entries', async () => {
    const db = openTestDb();
    await db.customers.put({
      key: `crm:${origin}#C001`,
      origin,
      customerId: 'C001',
      context: { name: '张三丰', mobile: '13700000000' },
      sourceUrl: `${origin}/c/C001`,
      firstSeenAt: '2026-11-01T00:00:00.000Z',
      lastSeenAt: '2026-11-02T00:00:00.000Z',
      events: { signDate: '2026-10-01' },
      stats: { attempts: 2, lastAttemptAt: '2026-11-02T00:00:00.000Z', lastOutcome: 'busy', lastReachedAt: null },
      dueAt: '2026-11-30T15:59:59.000Z',
      dueKind: 'continuous',
      nextCallBackAt: null,
    });
    await saveWorklist(db, sampleList());
    expect(await db.customers.get(`crm:${origin}#C001`)).toMatchObject({
      context: { name: '张三丰', mobile: '13700000000', product: '稳盈1号' },
      stats: { attempts: 2 },
      events: { signDate: '2026-11-20' },
      dueKind: 'new-contract',
      sourceUrl: `${origin}/c/C001`,
    });
    await saveWorklist(db, sampleList('list-2'));
    expect(await db.worklist.count()).toBe(3);
    await deleteWorklist(db, 'list-1');
    expect(await db.worklist.count()).toBe(3);
    await deleteWorklist(db, 'list-2');
    expect(await db.worklist.count()).toBe(0);
    db.close();
  });

  it('writes nothing when an entry is invalid', async () => {
    const db = openTestDb();
    const input = sampleList();
    const bad = { ...input, entries: [...input.entries, { ...input.entries[0]!, id: '' }] };
    await expect(saveWorklist(db, bad)).rejects.toThrow();
    expect(await db.worklist.count()).toBe(0);
    expect(await db.customers.count()).toBe(0);
    db.close();
  });
});
