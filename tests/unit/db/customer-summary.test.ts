import { finishCall } from '@/utils/db/callbacks';
import { setCustomerDue, upsertCustomer } from '@/utils/db/customers';
import { importText } from '@/utils/db/import-records';
import { exportRecords } from '@/utils/db/export-records';
import { summariseCustomer } from '@/utils/db/customer-summary';
import { deriveCustomers } from '@/utils/core/export/migrate';
import type { HuifangDb } from '@/utils/db/app-db';
import { makeDraft, makeRecord, openTestDb } from './helpers';

const now = new Date('2026-11-27T08:00:00.000Z');

async function expectInStep(db: HuifangDb) {
  const customers = await db.customers.orderBy('key').toArray();
  expect(await db.customerSummary.orderBy('key').toArray()).toEqual(customers.map(summariseCustomer));
}

describe('customer summaries follow every write to customers', () => {
  it('through saves, deadlines, updates, imports, deletes and clear', async () => {
    const db = openTestDb();
    await upsertCustomer(db, { key: 'A', origin: 'o', customerId: 'A', context: {}, sourceUrl: '', now });
    await expectInStep(db);
    await setCustomerDue(db, 'A', { at: '2026-11-30T00:00:00+08:00', kind: 'new-contract' });
    await finishCall(
      db,
      makeDraft('B', 'b1', { outcome: 'call-back-later', callBackAt: '2026-11-28T10:00:00+08:00' }),
      {
        endedAt: null,
        now,
      },
    );
    await finishCall(db, makeDraft('A', 'a1', { outcome: 'no-answer' }), { endedAt: null, now });
    await expectInStep(db);
    expect(await db.customerSummary.get('A')).toEqual({ key: 'A', queueAt: '2026-11-29T16:00:00.000Z', attempts: 1 });
    expect(await db.customerSummary.get('B')).toEqual({ key: 'B', queueAt: '2026-11-28T02:00:00.000Z', attempts: 1 });

    await db.customers.update('A', { dueAt: null, dueKind: null });
    await db.customers.where('key').equals('B').modify({ nextCallBackAt: '2026-11-27T01:00:00.000Z' });
    await expectInStep(db);
    expect(await db.customerSummary.get('A')).toEqual({ key: 'A', attempts: 1 });

    const source = openTestDb();
    const records = Array.from({ length: 30 }, (_, i) => makeRecord(i));
    await source.transaction('rw', source.callbacks, source.customers, async () => {
      await source.callbacks.bulkAdd(records);
      await source.customers.bulkAdd(deriveCustomers(records));
    });
    await expectInStep(source);
    const file = await exportRecords(source, { format: 'json', agent: 'a', now, yieldNow: async () => {} });
    if (!file.ok) throw new Error('export failed');
    expect((await importText(db, file.text, { agent: 'a', now, yieldNow: async () => {} })).ok).toBe(true);
    await expectInStep(db);

    await db.customers.delete('A');
    await db.customers.bulkDelete(['crm:https://crm.example.com#C1', 'crm:https://crm.example.com#C2']);
    await expectInStep(db);
    await db.customers.where('key').startsWith('crm:').delete();
    await expectInStep(db);
    await db.customers.clear();
    expect(await db.customerSummary.count()).toBe(0);
  });

  it('writes nothing when the write to customers fails', async () => {
    const db = openTestDb();
    const [c] = deriveCustomers([makeRecord(1)]);
    if (!c) throw new Error('no customer');
    await db.customers.add(c);
    await expect(db.customers.add({ ...c, dueAt: '2026-12-01T00:00:00.000Z' })).rejects.toThrow();
    await expectInStep(db);
  });
});
