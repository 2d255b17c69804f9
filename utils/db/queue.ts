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

export interface QueueOptions {
  now: Date;
  /** Include what falls due up to this instant (default: now). */
  horizon?: Date;
  /** At most this many items (a page); all of them when absent. */
  limit?: number;
  /** Skip this many items first (the next page starts at offset + limit). */
  offset?: number;
}

/** Why a customer is in the queue: its deadline and its agreed call-back, each when it falls before `until`. */
function queueItem(c: Customer, until: string, nowIso: string): QueueItem | null {
  const reasons: QueueItem['reasons'] = [];
  if (c.dueAt !== null && c.dueAt <= until) reasons.push({ type: 'deadline', at: c.dueAt, kind: c.dueKind });
  if (c.nextCallBackAt !== null && c.nextCallBackAt <= until)
    reasons.push({ type: 'call-back', at: c.nextCallBackAt, kind: null });
  reasons.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  const at = reasons[0]?.at;
  return at === undefined ? null : { customer: c, reasons, at, overdue: at < nowIso };
}

const byTimeThenKey = (a: QueueItem, b: QueueItem) =>
  a.at < b.at ? -1 : a.at > b.at ? 1 : a.customer.key < b.customer.key ? -1 : a.customer.key > b.customer.key ? 1 : 0;

/**
 * Customers with a deadline or an agreed call-back up to `horizon`, earliest first (then by key), overdue ones
 * marked. Reads two index ranges on customers, never the records; a page (offset + limit) reads only the first
 * offset + limit entries of each index: an item of the page is among them in the index of its earliest reason.
 */
export async function listQueue(db: HuifangDb, options: QueueOptions): Promise<QueueItem[]> {
  const until = (options.horizon ?? options.now).toISOString();
  const offset = options.offset ?? 0;
  const take = options.limit === undefined ? Infinity : offset + options.limit;
  const range = (index: 'dueAt' | 'nextCallBackAt') => {
    const collection = db.customers.where(index).belowOrEqual(until);
    return (take === Infinity ? collection : collection.limit(take)).toArray();
  };
  const [byDue, byCallBack] = await db.transaction('r', db.customers, () =>
    Promise.all([range('dueAt'), range('nextCallBackAt')]),
  );
  const nowIso = options.now.toISOString();
  const items = new Map<string, QueueItem>();
  for (const c of [...byDue, ...byCallBack]) {
    const item = items.has(c.key) ? null : queueItem(c, until, nowIso);
    if (item) items.set(c.key, item);
  }
  const sorted = [...items.values()].sort(byTimeThenKey);
  return take === Infinity ? sorted.slice(offset) : sorted.slice(offset, take);
}

/** How many customers the whole queue holds, and how many of them are overdue; reads index keys only. */
export async function countQueue(
  db: HuifangDb,
  options: Pick<QueueOptions, 'now' | 'horizon'>,
): Promise<{ total: number; overdue: number }> {
  const until = (options.horizon ?? options.now).toISOString();
  const nowIso = options.now.toISOString();
  const keys = (index: 'dueAt' | 'nextCallBackAt', upTo: 'until' | 'now') =>
    (upTo === 'until'
      ? db.customers.where(index).belowOrEqual(until)
      : db.customers.where(index).below(nowIso)
    ).primaryKeys();
  const [due, callBack, dueOverdue, callBackOverdue] = await db.transaction('r', db.customers, () =>
    Promise.all([
      keys('dueAt', 'until'),
      keys('nextCallBackAt', 'until'),
      keys('dueAt', 'now'),
      keys('nextCallBackAt', 'now'),
    ]),
  );
  const overdue = new Set([...dueOverdue, ...callBackOverdue]);
  // An overdue reason beyond the horizon cannot happen (now <= horizon), unless the horizon is in the past.
  const total = new Set([...due, ...callBack]);
  return { total: total.size, overdue: [...overdue].filter((k) => total.has(k)).length };
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
