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
 * marked. A page (limit, offset) walks the customerSummary index of each customer's earliest reason and reads only
 * that page's customers; the whole queue reads the two index ranges on customers. Never the records.
 */
export async function listQueue(db: HuifangDb, options: QueueOptions): Promise<QueueItem[]> {
  const until = (options.horizon ?? options.now).toISOString();
  const offset = options.offset ?? 0;
  const limit = options.limit;
  const rows = await db.transaction('r', [db.customers, db.customerSummary], async () => {
    if (limit === undefined) {
      const [byDue, byCallBack] = await Promise.all([
        db.customers.where('dueAt').belowOrEqual(until).toArray(),
        db.customers.where('nextCallBackAt').belowOrEqual(until).toArray(),
      ]);
      return [...byDue, ...byCallBack];
    }
    const keys = await listQueueKeys(db, { ...options, limit });
    return (await db.customers.bulkGet(keys)).filter((c): c is Customer => c !== undefined);
  });
  const sorted = toQueueItems(rows, options);
  return limit === undefined ? sorted.slice(offset) : sorted;
}

/** The keys of one page of the queue, earliest reason first, from the customerSummary index (no customer read). */
export async function listQueueKeys(db: HuifangDb, options: QueueOptions & { limit: number }): Promise<string[]> {
  const until = (options.horizon ?? options.now).toISOString();
  let page = db.customerSummary.where('queueAt').belowOrEqual(until);
  if (options.offset) page = page.offset(options.offset);
  return (await page.limit(options.limit).toArray()).map((s) => s.key);
}

/** Queue items of customers read (a customer listed twice counts once), earliest first, then by key. */
export function toQueueItems(rows: Customer[], options: Pick<QueueOptions, 'now' | 'horizon'>): QueueItem[] {
  const until = (options.horizon ?? options.now).toISOString();
  const nowIso = options.now.toISOString();
  const items = new Map<string, QueueItem>();
  for (const c of rows) {
    const item = items.has(c.key) ? null : queueItem(c, until, nowIso);
    if (item) items.set(c.key, item);
  }
  return [...items.values()].sort(byTimeThenKey);
}

/** How many customers the whole queue holds, and how many of them are overdue: two counts on one index. */
export async function countQueue(
  db: HuifangDb,
  options: Pick<QueueOptions, 'now' | 'horizon'>,
): Promise<{ total: number; overdue: number }> {
  const until = (options.horizon ?? options.now).toISOString();
  const nowIso = options.now.toISOString();
  const index = db.customerSummary.where('queueAt');
  const [total, overdue] = await db.transaction('r', db.customerSummary, () =>
    Promise.all([
      index.belowOrEqual(until).count(),
      // Overdue = queued (at <= until) and at < now.
      nowIso <= until ? index.below(nowIso).count() : index.belowOrEqual(until).count(),
    ]),
  );
  return { total, overdue };
}

/** Attempts (first revisions) per customer, from the running totals (the small summary rows when all are asked). */
export async function countAttemptsByCustomer(db: HuifangDb, keys?: string[]): Promise<Map<string, number>> {
  if (keys) {
    const rows = (await db.customers.bulkGet(keys)).filter((c): c is Customer => c !== undefined);
    return new Map(rows.map((c) => [c.key, c.stats.attempts]));
  }
  return new Map((await db.customerSummary.toArray()).map((s) => [s.key, s.attempts]));
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
