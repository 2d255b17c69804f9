// Wired by #12 (the agent's day: onboarding, work list, next customer); until then reached only by its tests.
import type { Customer } from '../core/schemas/customer';
import { emptyCustomerStats } from '../core/schemas/customer';
import { getKindRule } from '../core/rules/kind-rules';
import { triggerEventKeys } from '../core/rules/due-status';
import {
  type Worklist,
  type WorklistEntry,
  worklistEntrySchema,
  worklistSchema,
} from '../core/worklist/worklist-entry';
import type { HuifangDb } from './app-db';
import { recordAudit } from './audit';

export type WorklistImport = { list: Worklist; entries: WorklistEntry[]; agent: string; now: Date };

/** Where an entry's event goes among the customer's events: the name the rules read its clock from (due-status.ts). */
function eventKeyOf(entry: WorklistEntry): string | null {
  const trigger = getKindRule(entry.kind).trigger;
  return trigger === 'none' ? null : (triggerEventKeys[trigger][0] ?? trigger);
}

/** The customer row a list entry adds to (or creates): the panel then finds the kind due and the deadline on the record. */
function mergeIntoCustomer(old: Customer | undefined, e: WorklistEntry, at: string): Customer {
  const eventKey = eventKeyOf(e);
  const context: Customer['context'] = { ...old?.context };
  if (e.name) context.name ??= e.name;
  if (e.mobiles[0]) context.mobile ??= e.mobiles[0];
  if (e.landlines[0]) context.phone ??= e.landlines[0];
  if (e.product) context.product ??= e.product;
  if (e.owner) context.owner ??= e.owner;
  if (e.customerId) context.customerId ??= e.customerId;
  const earlier = e.dueAt !== null && (old?.dueAt == null || e.dueAt < old.dueAt);
  return {
    key: e.customerKey,
    origin: e.origin,
    customerId: old?.customerId ?? e.customerId,
    context,
    sourceUrl: old?.sourceUrl || e.recordUrl || '',
    firstSeenAt: old?.firstSeenAt ?? at,
    lastSeenAt: old?.lastSeenAt ?? at,
    events: { ...old?.events, ...(eventKey && e.eventDate ? { [eventKey]: e.eventDate } : {}) },
    stats: old?.stats ?? emptyCustomerStats,
    dueAt: earlier ? e.dueAt : (old?.dueAt ?? null),
    dueKind: earlier ? e.kind : (old?.dueKind ?? null),
    nextCallBackAt: old?.nextCallBackAt ?? null,
  };
}

/**
 * Stores an imported work list in one transaction: the list, its entries (a customer and kind listed again replaces
 * the older entry), and each customer's row with the event and the earliest deadline. All or nothing.
 */
export async function saveWorklist(db: HuifangDb, input: WorklistImport): Promise<void> {
  const list = worklistSchema.parse(input.list);
  const entries = input.entries.map((e) => worklistEntrySchema.parse(e));
  const at = input.now.toISOString();
  await db.transaction('rw', [db.worklists, db.worklist, db.customers, db.audit], async () => {
    await db.worklists.put(list);
    await db.worklist.bulkPut(entries);
    const old = await db.customers.bulkGet(entries.map((e) => e.customerKey));
    const rows = new Map<string, Customer>();
    entries.forEach((e, i) => rows.set(e.customerKey, mergeIntoCustomer(rows.get(e.customerKey) ?? old[i], e, at)));
    await db.customers.bulkPut([...rows.values()]);
    await recordAudit(db, {
      action: 'worklist-import',
      at,
      agent: input.agent,
      counts: { entries: entries.length, mergedRows: list.mergedRows },
      ids: [list.id],
    });
  });
}

/** Every entry of every imported list, earliest deadline first (the queue's work-list source). */
export async function listWorklistEntries(db: HuifangDb): Promise<WorklistEntry[]> {
  // One read of the table, then by deadline (those without one last): the dueAt index leaves out null deadlines,
  // and a second, filtered scan for them cost as much as the queue's other reads together (docs/benchmarks.md).
  const rows = await db.worklist.toArray();
  const due = rows
    .filter((r): r is typeof r & { dueAt: string } => r.dueAt !== null)
    .sort((a, b) => (a.dueAt < b.dueAt ? -1 : a.dueAt > b.dueAt ? 1 : 0));
  return [...due, ...rows.filter((r) => r.dueAt === null)].flatMap((r) => {
    const parsed = worklistEntrySchema.safeParse(r);
    return parsed.success ? [parsed.data] : [];
  });
}

/** The entries listing one customer (one per kind). */
export function worklistEntriesFor(db: HuifangDb, customerKey: string): Promise<WorklistEntry[]> {
  return db.worklist.where('customerKey').equals(customerKey).toArray();
}

export function listWorklists(db: HuifangDb): Promise<Worklist[]> {
  return db.worklists.orderBy('importedAt').reverse().toArray();
}

/** Removes a list and its entries (customers and their records stay). */
export async function deleteWorklist(db: HuifangDb, listId: string): Promise<void> {
  await db.transaction('rw', db.worklists, db.worklist, async () => {
    await db.worklist.where('listId').equals(listId).delete();
    await db.worklists.delete(listId);
  });
}
