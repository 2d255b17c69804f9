import { computeRetentionCutoff, previewPurge, purgeRecords } from '@/utils/db/retention';
import { listAudit, verifyAuditChain } from '@/utils/db/audit';
import { createMemorySettingsStore } from '@/utils/settings/settings-store';
import { deriveCustomers } from '@/utils/core/export/migrate';
import { makeRecord, openTestDb } from './helpers';

const now = new Date('2029-06-01T00:00:00.000Z');

async function seedYears() {
  const db = openTestDb();
  const records = [
    makeRecord(1, { id: 'old-1', startedAt: '2025-01-10T02:00:00.000Z', customerKey: 'k-a' }),
    makeRecord(2, { id: 'old-2', startedAt: '2026-05-31T20:00:00-08:00', customerKey: 'k-a' }),
    makeRecord(3, { id: 'kept-1', startedAt: '2026-06-01T08:00:00+08:00', customerKey: 'k-a' }),
    makeRecord(4, { id: 'kept-2', startedAt: '2028-01-01T00:00:00.000Z', customerKey: 'k-b' }),
  ];
  await db.callbacks.bulkAdd(records);
  await db.customers.bulkAdd(deriveCustomers(records));
  return db;
}

describe('retention: at least 3 years, purge only after a dry run', () => {
  it.each([
    [3, '2026-06-01T00:00:00.000Z'],
    [1, '2026-06-01T00:00:00.000Z'],
    [5, '2024-06-01T00:00:00.000Z'],
  ])('keeps %i years → cutoff %s (never under 3)', (years, cutoff) => {
    expect(computeRetentionCutoff(now, years).toISOString()).toBe(cutoff);
  });

  it('refuses a retention setting under 3 years and defaults to 3', async () => {
    const settings = createMemorySettingsStore();
    expect((await settings.read()).retentionYears).toBe(3);
    await expect(settings.update({ retentionYears: 2 })).rejects.toThrow(/retentionYears/);
    await settings.update({ retentionYears: 5 });
    expect((await settings.read()).retentionYears).toBe(5);
  });

  it('counts first (by instant, whatever the offset), deletes exactly that, fixes totals, and audits it', async () => {
    const db = await seedYears();
    const preview = await previewPurge(db, { now, years: 3 });
    expect(preview).toEqual({ cutoff: '2026-06-01T00:00:00.000Z', records: 1, customers: 1 });
    expect(await db.callbacks.count()).toBe(4);
    const result = await purgeRecords(db, { now, years: 3, confirmed: preview, agent: 'admin' });
    expect(result).toEqual({ deleted: 1 });
    expect((await db.callbacks.toCollection().primaryKeys()).sort()).toEqual(['kept-1', 'kept-2', 'old-2']);
    expect((await db.customers.get('k-a'))?.stats.attempts).toBe(2);
    expect((await listAudit(db))[0]).toMatchObject({
      action: 'purge',
      agent: 'admin',
      counts: { records: 1, customers: 1, years: 3 },
      ids: [],
    });
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
  });

  it('refuses to purge when the data changed since the dry run', async () => {
    const db = await seedYears();
    const preview = await previewPurge(db, { now, years: 3 });
    await db.callbacks.add(makeRecord(9, { id: 'late-import', startedAt: '2024-01-01T00:00:00.000Z' }));
    await expect(purgeRecords(db, { now, years: 3, confirmed: preview, agent: 'admin' })).rejects.toThrow(
      /count again/,
    );
    expect(await db.callbacks.count()).toBe(5);
    expect(await db.audit.count()).toBe(0);
  });
});
