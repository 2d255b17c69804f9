import Dexie from 'dexie';
import { minRetentionYears } from '../core/schemas/settings';
import { addRecordToStats, nextCallBackAfter } from '../core/export/stats';
import { emptyCustomerStats } from '../core/schemas/customer';
import type { HuifangDb } from './app-db';
import { appendAudit } from './audit';

/** The instant before which records may be purged; never less than three years back. */
export function computeRetentionCutoff(now: Date, years: number): Date {
  const keep = Math.max(minRetentionYears, Math.floor(years));
  const cutoff = new Date(now.getTime());
  cutoff.setUTCFullYear(cutoff.getUTCFullYear() - keep);
  return cutoff;
}

const dayMs = 24 * 60 * 60 * 1000;

/** Records older than the cutoff. The index narrows by string with a day's margin (offsets differ); the filter decides by instant. */
function olderThan(db: HuifangDb, cutoff: Date) {
  return db.callbacks
    .where('startedAt')
    .below(new Date(cutoff.getTime() + dayMs).toISOString())
    .filter((r) => Date.parse(r.startedAt) < cutoff.getTime());
}

export interface PurgePreview {
  cutoff: string;
  records: number;
  customers: number;
}

/** The dry run that must come before any purge: how many records the purge would delete. */
export async function previewPurge(db: HuifangDb, options: { now: Date; years: number }): Promise<PurgePreview> {
  const cutoff = computeRetentionCutoff(options.now, options.years);
  const rows = await olderThan(db, cutoff).toArray();
  return {
    cutoff: cutoff.toISOString(),
    records: rows.length,
    customers: new Set(rows.map((r) => r.customerKey)).size,
  };
}

/**
 * Deletes what the dry run counted, in one transaction with an audit entry and fresh customer totals.
 * Refuses when the count no longer matches the preview the user confirmed.
 */
export async function purgeRecords(
  db: HuifangDb,
  options: { now: Date; years: number; confirmed: PurgePreview; agent: string },
): Promise<{ deleted: number }> {
  const cutoff = computeRetentionCutoff(options.now, options.years);
  if (cutoff.toISOString() !== options.confirmed.cutoff)
    throw new Error('The retention period changed since the dry run; count again.');
  return db.transaction('rw', [db.callbacks, db.customers, db.audit], async () => {
    const rows = await olderThan(db, cutoff).toArray();
    if (rows.length !== options.confirmed.records) {
      throw new Error(
        `The dry run counted ${options.confirmed.records} records, now there are ${rows.length}; count again.`,
      );
    }
    await db.callbacks.bulkDelete(rows.map((r) => r.id));
    const keys = [...new Set(rows.map((r) => r.customerKey))];
    for (const key of keys) {
      const customer = await db.customers.get(key);
      if (!customer) continue;
      const left = await db.callbacks
        .where('[customerKey+startedAt]')
        .between([key, Dexie.minKey], [key, Dexie.maxKey])
        .toArray();
      let stats = emptyCustomerStats;
      let nextCallBackAt: string | null = null;
      for (const r of left) {
        stats = addRecordToStats(stats, r);
        nextCallBackAt = nextCallBackAfter(nextCallBackAt, stats, r);
      }
      await db.customers.put({ ...customer, stats, nextCallBackAt });
    }
    await appendAudit(db.audit, {
      action: 'purge',
      at: options.now.toISOString(),
      agent: options.agent,
      counts: {
        records: rows.length,
        customers: keys.length,
        years: Math.max(minRetentionYears, Math.floor(options.years)),
      },
      ids: [],
    });
    return { deleted: rows.length };
  });
}
