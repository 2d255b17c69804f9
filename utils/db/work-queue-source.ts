import type { CallbackKind } from '../core/callback-kinds';
import { assessAttempts } from '../core/rules/attempts';
import type { WorkingCalendar } from '../core/calendar/working-calendar';
import type { QueueEntry } from '../core/worklist/work-queue';
import type { Customer } from '../core/schemas/customer';
import type { HuifangDb } from './app-db';
import { countQueue, listQueueKeys, toQueueItems } from './queue';
import { listWorklistEntries } from './worklist';

export type WorkQueueData = {
  entries: QueueEntry[];
  attempts: { customerKey: string; kind: CallbackKind | null; counted: number; state: string }[];
  escalated: string[];
  /** The customers-seen source is paged: how many it holds, how many of them are overdue, and this page. */
  seen: { total: number; overdue: number; offset: number; shown: number };
};

/** How many customers seen on pages one queue read brings (the work lists come whole: a day's list is small). */
export const seenPageSize = 100;

/**
 * The queue's two sources read together: the imported work lists and the customers seen on pages (deadlines and
 * agreed call-backs within `horizon`), each with where its attempts stand and whether an escalation is open.
 * A shared team queue (#16) will be a third source of `QueueEntry` rows.
 */
export async function readWorkQueue(
  db: HuifangDb,
  o: { now: Date; horizon: Date; calendar: WorkingCalendar; timeZone: string; limit?: number; offset?: number },
): Promise<WorkQueueData> {
  // One page of the customers seen, earliest first, read through the customerSummary index (utils/db/queue.ts):
  // over 3 years that source holds thousands of customers, and the whole of it took hundreds of ms. Everything is
  // read in ONE transaction, and what does not depend on another read runs beside it: the lists, the page's keys,
  // the counts and the open escalations; then the page's customers and every listed customer's records together.
  const page = { now: o.now, horizon: o.horizon, limit: o.limit ?? seenPageSize, offset: o.offset ?? 0 };
  const hasEscalations = db.tables.some((t) => t.name === 'escalations');
  const tables = [
    db.worklist,
    db.customers,
    db.customerSummary,
    db.callbacks,
    ...(hasEscalations ? [db.escalations] : []),
  ];
  const { listed, seen, counts, escalated, recordsOf } = await db.transaction('r', tables, async () => {
    const [listed, seenKeys, counts, escalated] = await Promise.all([
      listWorklistEntries(db),
      listQueueKeys(db, page),
      countQueue(db, page),
      hasEscalations ? db.escalations.where('status').equals('open').toArray() : [],
    ]);
    const keys = [...new Set([...listed.map((e) => e.customerKey), ...seenKeys])];
    const [customers, records] = await Promise.all([
      db.customers.bulkGet(seenKeys),
      // Each customer's records by the customerKey index (a getAll each), side by side.
      Promise.all(keys.map((key) => db.callbacks.where('customerKey').equals(key).toArray())),
    ]);
    const seen = toQueueItems(
      customers.filter((c): c is Customer => c !== undefined),
      page,
    );
    return { listed, seen, counts, escalated, recordsOf: new Map(keys.map((key, i) => [key, records[i] ?? []])) };
  });
  const entries: QueueEntry[] = [
    ...listed.map((e) => ({
      id: e.id,
      source: 'worklist',
      customerKey: e.customerKey,
      name: e.name || e.customerId || '',
      phone: e.mobiles[0] ?? e.landlines[0] ?? null,
      product: e.product,
      kind: e.kind,
      dueAt: e.dueAt,
      callBackAt: null,
      recordUrl: e.recordUrl,
    })),
    ...seen.map((item) => {
      const deadline = item.reasons.find((r) => r.type === 'deadline');
      const callBack = item.reasons.find((r) => r.type === 'call-back');
      const c = item.customer;
      return {
        id: `seen:${c.key}`,
        source: 'seen',
        customerKey: c.key,
        name: c.context.name ?? c.customerId ?? '',
        phone: c.context.mobile ?? c.context.phone ?? null,
        product: c.context.product ?? '',
        kind: c.dueKind ?? deadline?.kind ?? null,
        dueAt: deadline?.at ?? null,
        callBackAt: callBack?.at ?? null,
        recordUrl: /^https?:\/\//.test(c.sourceUrl) ? c.sourceUrl : null,
      };
    }),
  ];
  // Call-backs agreed with a customer apply to every kind listed for them.
  const callBacks = new Map(entries.filter((e) => e.callBackAt).map((e) => [e.customerKey, e.callBackAt]));
  for (const e of entries) e.callBackAt ??= callBacks.get(e.customerKey) ?? null;
  // A listed callback counts the attempts made since its event (last year's reached call does not settle this one).
  const since = new Map(listed.map((e) => [`${e.customerKey}|${e.kind}`, e.eventDate?.slice(0, 10) ?? '']));
  const kindsOf = new Map<string, Set<CallbackKind | null>>();
  for (const e of entries) kindsOf.set(e.customerKey, (kindsOf.get(e.customerKey) ?? new Set()).add(e.kind));
  const attempts: WorkQueueData['attempts'] = [];
  for (const [key, kinds] of kindsOf) {
    const records = recordsOf.get(key) ?? [];
    for (const kind of kinds) {
      const from = since.get(`${key}|${kind}`) ?? '';
      const own = records.filter((r) => (kind === null || r.kind === kind) && r.startedAt >= from);
      if (!own.length) continue;
      const status = assessAttempts(own, { now: o.now.getTime(), calendar: o.calendar, timeZone: o.timeZone });
      attempts.push({ customerKey: key, kind, counted: status.counted, state: status.state });
    }
  }
  return {
    entries,
    attempts,
    escalated: [...new Set(escalated.map((e) => e.customerKey))],
    seen: { total: counts.total, overdue: counts.overdue, offset: page.offset, shown: seen.length },
  };
}
