import Dexie, { type DexieOptions, type EntityTable, type Table, type Transaction } from 'dexie';
import type { CallbackRecord } from '../core/schemas/callback-record';
import { emptyCustomerStats, type Customer } from '../core/schemas/customer';
import type { Draft } from '../core/schemas/draft';
import type { AuditEntry } from '../core/schemas/audit-entry';
import type { Review } from '../core/qa/review';
import type { Escalation } from '../core/rules/escalations';
import type { ConflictRow } from '../core/schemas/conflict-row';
import type { ScriptRow } from '../core/schemas/script-row';
import type { SettingRow } from '../core/schemas/settings';
import type { SiteAdapterRow } from '../core/schemas/site-adapter-row';
import type { Worklist, WorklistEntry } from '../core/worklist/worklist-entry';
import { addRecordToStats, nextCallBackAfter } from '../core/export/stats';
import { deriveCustomers } from '../core/export/migrate';
import { customerSummaryMiddleware, summariseCustomer, summaryTable, type CustomerSummary } from './customer-summary';
import { aliasRowsOf, aliasTable, customerAliasMiddleware, type CustomerAlias } from './customer-aliases';
import type { OutboxRow, SyncMetaRow } from './outbox';
import type { TeamQueueItem } from '../core/sync/sync-api';

export const dbName = 'huifang';

// Versions are append-only: never edit a shipped declaration; add a version with an upgrade and its test.

/** Version 1: the tables, with the indexes a first queue needed. Frozen. */
export const storesV1 = {
  customers: 'key, origin, lastSeenAt',
  callbacks: 'id, customerKey, kind, outcome, startedAt, agent',
  drafts: 'customerKey, updatedAt',
  scripts: '[id+version], id',
  siteAdapters: 'origin',
  settings: 'key',
} as const;

/**
 * Version 2: the audit log; a customer's history and attempt windows by [customerKey+startedAt]; corrections
 * by supersedes; running totals and deadlines on customers so the queue reads ~1 row per customer.
 */
export const storesV2 = {
  customers: 'key, origin, lastSeenAt, dueAt, nextCallBackAt',
  callbacks: 'id, customerKey, kind, outcome, startedAt, agent, supersedes, [customerKey+startedAt]',
  audit: '++seq, action, at',
} as const;

/** Fills the v2 customer fields from the records already stored, and adds customers that only records knew. */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  const byCustomer = new Map<string, CallbackRecord[]>();
  await tx.table<CallbackRecord>('callbacks').each((r) => {
    const list = byCustomer.get(r.customerKey);
    if (list) list.push(r);
    else byCustomer.set(r.customerKey, [r]);
  });
  const known = new Set<string>();
  // Rows are v1-shaped (CustomerV1) until this modify gives them the v2 fields.
  await tx
    .table<Customer, string>('customers')
    .toCollection()
    .modify((c) => {
      known.add(c.key);
      let stats = emptyCustomerStats;
      let nextCallBackAt: string | null = null;
      for (const r of byCustomer.get(c.key) ?? []) {
        stats = addRecordToStats(stats, r);
        nextCallBackAt = nextCallBackAfter(nextCallBackAt, stats, r);
      }
      c.stats = stats;
      c.dueAt = null;
      c.dueKind = null;
      c.nextCallBackAt = nextCallBackAt;
    });
  const orphans = [...byCustomer.entries()].filter(([key]) => !known.has(key)).flatMap(([, list]) => list);
  if (orphans.length) await tx.table<Customer>('customers').bulkAdd(deriveCustomers(orphans));
}

/**
 * Version 5 (supervisor, #13): escalations with their second callback, and QA reviews of sampled calls — new
 * tables only, nothing to convert.
 */
export const storesV5 = {
  escalations: 'id, customerKey, status, openedAt, recordId',
  reviews: 'id, recordId, month, reviewer',
} as const;

/**
 * Version 4 (3 is arch's, 5 supervisor's): imported work lists and their entries, one per customer and kind, read by
 * the queue in deadline order (docs/data.md). Only new tables: no row of an older version changes.
 */
export const storesV4 = {
  worklists: 'id, importedAt',
  worklist: 'id, customerKey, listId, dueAt',
} as const;

export function declareVersion4(db: Dexie): void {
  db.version(4).stores(storesV4);
}

/**
 * Version 7 (numbers 3–6 belong to other tables; gaps are fine): one small derived row per customer, kept by
 * customerSummaryMiddleware, so the queue's page and counts read an index of small rows (docs/data.md).
 */
export const storesV7 = {
  [summaryTable]: 'key, queueAt',
} as const;

/** Fills the summaries of the customers already stored. */
export async function upgradeToV7(tx: Transaction): Promise<void> {
  const rows: CustomerSummary[] = [];
  await tx.table<Customer>('customers').each((c) => void rows.push(summariseCustomer(c)));
  await tx.table<CustomerSummary>(summaryTable).bulkPut(rows);
}

/**
 * Version 6 (files, #14): versions of a record that lost an order-independent merge on import, kept aside by
 * record id (utils/db/import-records.ts).
 */
export const storesV6 = {
  conflicts: 'key, recordId',
} as const;

/**
 * Version 13 (identity, #11; 8–12 are other helpers'): every key a customer can be found under — the CRM record
 * its page URL names, the code it shows, its name + phone — so a page that names its customer by the URL record
 * finds the customer stored under an older key (utils/db/customer-aliases.ts). Derived, never exported.
 */
export const storesV13 = {
  [aliasTable]: 'alias, key',
} as const;

/** Fills the aliases of the customers already stored. */
export async function upgradeToV13(tx: Transaction): Promise<void> {
  const rows: CustomerAlias[] = [];
  await tx.table<Customer>('customers').each((c) => void rows.push(...aliasRowsOf(c)));
  await tx.table<CustomerAlias>(aliasTable).bulkPut(rows);
}

export function declareVersion13(db: Dexie): void {
  db.version(13).stores(storesV13).upgrade(upgradeToV13);
}

/**
 * Version 14 (team sync, #16): the outbox of finished records to send (written in the record's own transaction,
 * utils/db/callbacks.ts), sync bookkeeping (pull checkpoint, last results) and the team queue as last pulled
 * (docs/team-sync.md, "The extension"). New tables only: nothing older changes.
 */
export const storesV14 = {
  outbox: 'recordId, state',
  syncMeta: 'key',
  teamQueue: 'customerKey',
} as const;

export function declareVersion14(db: Dexie): void {
  db.version(14).stores(storesV14);
}

export function declareVersion1(db: Dexie): void {
  db.version(1).stores(storesV1);
}

export function declareVersion2(db: Dexie): void {
  db.version(2).stores(storesV2).upgrade(upgradeToV2);
}

export function declareVersion5(db: Dexie): void {
  db.version(5).stores(storesV5);
}

export function declareVersion7(db: Dexie): void {
  db.version(7).stores(storesV7).upgrade(upgradeToV7);
}

export function declareVersion6(db: Dexie): void {
  db.version(6).stores(storesV6);
}

/** Tables whose writes must reach disk before the write reports success (finished records, the audit log). */
const durableTables = new Set(['callbacks', 'audit', 'escalations', 'reviews']);

export class HuifangDb extends Dexie {
  customers!: EntityTable<Customer, 'key'>;
  callbacks!: EntityTable<CallbackRecord, 'id'>;
  drafts!: EntityTable<Draft, 'customerKey'>;
  scripts!: Table<ScriptRow, [string, number]>;
  siteAdapters!: EntityTable<SiteAdapterRow, 'origin'>;
  settings!: EntityTable<SettingRow, 'key'>;
  audit!: EntityTable<AuditEntry, 'seq'>;
  escalations!: EntityTable<Escalation, 'id'>;
  reviews!: EntityTable<Review, 'id'>;
  worklists!: EntityTable<Worklist, 'id'>;
  worklist!: EntityTable<WorklistEntry, 'id'>;
  customerSummary!: EntityTable<CustomerSummary, 'key'>;
  conflicts!: EntityTable<ConflictRow, 'key'>;
  customerAliases!: EntityTable<CustomerAlias, 'alias'>;
  outbox!: EntityTable<OutboxRow, 'recordId'>;
  syncMeta!: EntityTable<SyncMetaRow, 'key'>;
  teamQueue!: EntityTable<TeamQueueItem, 'customerKey'>;

  constructor(name: string = dbName, options?: DexieOptions) {
    super(name, options);
    declareVersion1(this);
    declareVersion2(this);
    declareVersion4(this);
    declareVersion5(this);
    declareVersion6(this);
    declareVersion7(this);
    declareVersion13(this);
    declareVersion14(this);
    this.use(customerSummaryMiddleware);
    this.use(customerAliasMiddleware);
    // Chrome defaults to relaxed durability; finished records and audit entries ask for strict, drafts stay fast.
    this.use({
      stack: 'dbcore',
      name: 'huifang-durability',
      create: (down) => ({
        ...down,
        transaction: (stores, mode, options) =>
          down.transaction(
            stores,
            mode,
            mode === 'readwrite' && stores.some((s) => durableTables.has(s))
              ? { ...options, durability: 'strict' }
              : options,
          ),
      }),
    });
  }
}
