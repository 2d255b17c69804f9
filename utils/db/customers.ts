import type { CallbackKind } from '../core/callback-kinds';
import { customerSchema, emptyCustomerStats, type Customer } from '../core/schemas/customer';
import type { StandardFieldKey } from '../core/fields';
import type { HuifangDb } from './app-db';

export interface SeenCustomer {
  key: string;
  origin: string;
  customerId: string | null;
  context: Partial<Record<StandardFieldKey, string>>;
  sourceUrl: string;
  /** Clock-starting events read from the page, e.g. { signDate: '2026-11-20' }. */
  events?: Record<string, string>;
  now: Date;
}

/** Stores what the page showed about a customer, keeping totals and deadlines; returns the stored row. */
export async function upsertCustomer(db: HuifangDb, seen: SeenCustomer): Promise<Customer> {
  return db.transaction('rw', db.customers, async () => {
    const old = await db.customers.get(seen.key);
    const at = seen.now.toISOString();
    const next: Customer = {
      key: seen.key,
      origin: seen.origin,
      // A tab of the record that does not show the code keeps the code seen before.
      customerId: seen.customerId ?? old?.customerId ?? null,
      context: { ...old?.context, ...seen.context },
      sourceUrl: seen.sourceUrl,
      firstSeenAt: old?.firstSeenAt ?? at,
      lastSeenAt: at,
      events: { ...old?.events, ...seen.events },
      stats: old?.stats ?? emptyCustomerStats,
      dueAt: old?.dueAt ?? null,
      dueKind: old?.dueKind ?? null,
      nextCallBackAt: old?.nextCallBackAt ?? null,
    };
    const parsed = customerSchema.parse(next);
    await db.customers.put(parsed);
    return parsed;
  });
}

export function getCustomer(db: HuifangDb, key: string): Promise<Customer | undefined> {
  return db.customers.get(key);
}

/** Sets (or clears, with null) the next deadline the rules computed; stored in UTC so the queue index orders it. */
export async function setCustomerDue(
  db: HuifangDb,
  key: string,
  due: { at: string; kind: CallbackKind } | null,
): Promise<void> {
  const dueAt = due ? new Date(due.at) : null;
  if (dueAt && Number.isNaN(dueAt.getTime())) throw new Error(`Not a date-time: ${due?.at}`);
  const changed = await db.customers.update(key, { dueAt: dueAt?.toISOString() ?? null, dueKind: due?.kind ?? null });
  if (!changed) throw new Error(`No customer with key ${key}.`);
}
