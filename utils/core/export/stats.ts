import type { CallbackRecord } from '../schemas/callback-record';
import type { CustomerStats } from '../schemas/customer';

function later(a: string | null, b: string): boolean {
  return a === null || Date.parse(b) >= Date.parse(a);
}

/** Folds one record into a customer's running totals; order-independent, so imports can merge in any order. */
export function addRecordToStats(stats: CustomerStats, record: CallbackRecord): CustomerStats {
  const next = { ...stats };
  if (record.revision === 0) next.attempts += 1;
  if (later(stats.lastAttemptAt, record.startedAt)) {
    next.lastAttemptAt = record.startedAt;
    next.lastOutcome = record.outcome;
  }
  if (record.outcome === 'reached' && later(stats.lastReachedAt, record.startedAt))
    next.lastReachedAt = record.startedAt;
  return next;
}

/**
 * The pending call-back time after a record: the last attempt's callBackAt while nobody has reached the
 * customer since it was asked for.
 */
export function nextCallBackAfter(current: string | null, stats: CustomerStats, record: CallbackRecord): string | null {
  if (stats.lastAttemptAt !== record.startedAt) return current;
  if (record.outcome === 'reached') return null;
  // Stored in UTC so the customers' nextCallBackAt index orders by instant.
  return record.callBackAt === null ? current : new Date(record.callBackAt).toISOString();
}
