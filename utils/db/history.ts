import Dexie from 'dexie';
import type { CallbackRecord } from '../core/schemas/callback-record';
import type { Customer } from '../core/schemas/customer';
import { matchesExportFilters } from '../core/export/filters';
import { noExportFilters, type ExportFilters } from '../core/export/envelope';
import type { HuifangDb } from './app-db';

export interface ListFilters extends Partial<ExportFilters> {
  customerKey?: string;
  /** Hide records a later revision corrected (default true). */
  latestOnly?: boolean;
  limit?: number;
}

/** Ids of records that a later revision corrected (null supersedes is not indexed, so this reads only corrections). */
export async function listSupersededIds(db: HuifangDb): Promise<Set<string>> {
  const keys = await db.callbacks.orderBy('supersedes').keys();
  return new Set(keys.map(String));
}

/** Records, newest first, filtered by date range, kind, outcome, agent and customer. */
export async function listCallbacks(db: HuifangDb, filters: ListFilters = {}): Promise<CallbackRecord[]> {
  const f: ExportFilters = { ...noExportFilters, ...filters };
  const superseded = filters.latestOnly === false ? new Set<string>() : await listSupersededIds(db);
  const keep = (r: CallbackRecord) => !superseded.has(r.id) && matchesExportFilters(r, f);
  const collection = filters.customerKey
    ? db.callbacks
        .where('[customerKey+startedAt]')
        .between([filters.customerKey, Dexie.minKey], [filters.customerKey, Dexie.maxKey])
        .reverse()
    : db.callbacks.orderBy('startedAt').reverse();
  const filtered = collection.filter(keep);
  return filters.limit ? filtered.limit(filters.limit).toArray() : filtered.toArray();
}

export interface CustomerHistory {
  customer: Customer | undefined;
  /** The newest revision of each attempt, oldest attempt first. */
  attempts: CallbackRecord[];
  /** Every stored record of the customer, corrections included, oldest first. */
  all: CallbackRecord[];
}

export async function customerHistory(db: HuifangDb, customerKey: string): Promise<CustomerHistory> {
  return db.transaction('r', [db.customers, db.callbacks], async () => {
    const customer = await db.customers.get(customerKey);
    const all = await db.callbacks
      .where('[customerKey+startedAt]')
      .between([customerKey, Dexie.minKey], [customerKey, Dexie.maxKey])
      .toArray();
    const corrected = new Set(all.flatMap((r) => (r.supersedes ? [r.supersedes] : [])));
    return { customer, attempts: all.filter((r) => !corrected.has(r.id)), all };
  });
}

/**
 * One agent's calls between two instants (the latest revision of each), newest first. Read through the startedAt
 * index with half a day of margin either side — stored times may carry any offset, so string order is not time
 * order at the edges — then compared as instants.
 */
export async function listAgentCalls(
  db: HuifangDb,
  input: { agent: string; from: number; to: number },
): Promise<CallbackRecord[]> {
  const margin = 14 * 3_600_000;
  const [lo, hi] = [new Date(input.from - margin).toISOString(), new Date(input.to + margin).toISOString()];
  const superseded = await listSupersededIds(db);
  const rows = await db.callbacks
    .where('startedAt')
    .between(lo, hi, true, true)
    .filter((r) => {
      const at = Date.parse(r.startedAt);
      return r.agent === input.agent && at >= input.from && at < input.to && !superseded.has(r.id);
    })
    .toArray();
  return rows.sort((a, b) => Date.parse(b.startedAt) - Date.parse(a.startedAt));
}
