import Dexie from 'dexie';
import type { CallbackKind } from '../core/callback-kinds';
import type { Customer } from '../core/schemas/customer';
import type { HuifangDb } from './app-db';

export interface QueueItem {
  customer: Customer;
  /** Why the customer is in the queue, earliest first. */
  reasons: { type: 'deadline' | 'call-back'; at: string; kind: CallbackKind | null }[];
  /** The earliest reason's time. */
  at: string;
  overdue: boolean;
}

/**
 * Customers with a deadline or an agreed call-back up to `horizon`, earliest first, overdue ones marked.
 * Reads two index ranges on customers, never the records.
 */
export async function listQueue(
  db: HuifangDb,
  options: { now: Date; horizon?: Date; limit?: number },
): Promise<QueueItem[]> {
  const until = (options.horizon ?? options.now).toISOString();
  const [byDue, byCallBack] = await db.transaction('r', db.customers, () =>
    Promise.all([
      db.customers.where('dueAt').belowOrEqual(until).toArray(),
      db.customers.where('nextCallBackAt').belowOrEqual(until).toArray(),
    ]),
  );
  const items = new Map<string, QueueItem>();
  const nowIso = options.now.toISOString();
  const add = (c: Customer, reason: QueueItem['reasons'][number]) => {
    const item = items.get(c.key) ?? { customer: c, reasons: [], at: reason.at, overdue: false };
    item.reasons.push(reason);
    item.reasons.sort((a, b) => (a.at < b.at ? -1 : 1));
    item.at = item.reasons[0]?.at ?? reason.at;
    item.overdue = item.at < nowIso;
    items.set(c.key, item);
  };
  for (const c of byDue) if (c.dueAt) add(c, { type: 'deadline', at: c.dueAt, kind: c.dueKind });
  for (const c of byCallBack) if (c.nextCallBackAt) add(c, { type: 'call-back', at: c.nextCallBackAt, kind: null });
  const sorted = [...items.values()].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  return options.limit ? sorted.slice(0, options.limit) : sorted;
}

/** Attempts (first revisions) per customer, from the running totals. */
export async function countAttemptsByCustomer(db: HuifangDb, keys?: string[]): Promise<Map<string, number>> {
  const rows = keys
    ? (await db.customers.bulkGet(keys)).filter((c): c is Customer => c !== undefined)
    : await db.customers.toArray();
  return new Map(rows.map((c) => [c.key, c.stats.attempts]));
}

/**
 * Attempts for one customer in a time window (e.g. "3 tries at different times" for one deadline), read from the
 * [customerKey+startedAt] index; corrections are not attempts.
 */
export async function countAttemptsInWindow(
  db: HuifangDb,
  customerKey: string,
  window: { from: string; to: string; kind?: CallbackKind },
): Promise<number> {
  // toArray() lets Dexie use getAll on the index; a filtered cursor is several times slower.
  const rows = await db.callbacks
    .where('[customerKey+startedAt]')
    .between([customerKey, window.from], [customerKey, window.to], true, false)
    .toArray();
  return rows.filter((r) => r.revision === 0 && (!window.kind || r.kind === window.kind)).length;
}

/** Newest attempt first, for a customer's row in the queue. */
export function lastAttempts(db: HuifangDb, customerKey: string, limit = 5) {
  return db.callbacks
    .where('[customerKey+startedAt]')
    .between([customerKey, Dexie.minKey], [customerKey, Dexie.maxKey])
    .reverse()
    .limit(limit)
    .toArray();
}
