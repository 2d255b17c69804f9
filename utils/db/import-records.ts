import type { CallbackRecord } from '../core/schemas/callback-record';
import type { Customer } from '../core/schemas/customer';
import type { ExportEnvelope } from '../core/export/envelope';
import type { ImportProblem } from '../core/export/issues';
import { sameContent } from '../core/export/canonical';
import { fingerprintContent } from '../core/export/fingerprint';
import { compareVersions } from '../core/export/merge';
import type { ConflictRow } from '../core/schemas/conflict-row';
import { newCustomerFromRecord } from '../core/export/migrate';
import { checkImportSize, readExport, type ReadOptions } from '../core/export/read-export';
import type { HuifangDb } from './app-db';
import { appendAudit } from './audit';
import { foldRecordIntoCustomer } from './callbacks';
import { readMany } from './read-many';
import { readSupervision, writeSupervision } from './import-supervision';

export interface ImportReport {
  added: number;
  /** Already stored with the same content: skipped, so importing a file twice changes nothing. */
  identical: number;
  /**
   * Same id, different content: reported. The version that counts is chosen by the same rule as `report`
   * (utils/core/export/merge.ts compareVersions), so importing files in any order gives the same records;
   * the other version is kept aside in the `conflicts` table, never lost.
   */
  conflicts: string[];
  /** Conflicts where the file's version won: the stored one was moved to the `conflicts` table. */
  replaced: number;
  customersAdded: number;
  customersUpdated: number;
  migratedFrom: number | null;
  /** Escalations and QA reviews added or brought forward (absent on a dry run). */
  escalations?: number;
  reviews?: number;
}

export type ImportOutcome = { ok: true; report: ImportReport } | { ok: false; problems: ImportProblem[] };

export interface ImportOptions extends Omit<ReadOptions, 'onProgress'> {
  agent: string;
  now: Date;
  maxBytes?: number;
  onProgress?: (p: { phase: 'read' | 'parse' | 'decrypt' | 'validate' | 'write'; done: number; total: number }) => void;
  /** Only count what would change; write nothing. */
  dryRun?: boolean;
}

const cancelled: ImportOutcome = {
  ok: false,
  problems: [{ code: 'cancelled', message: 'Import cancelled; nothing was changed.' }],
};

function mergeCustomer(
  existing: Customer | undefined,
  fromFile: Customer | undefined,
  added: CallbackRecord[],
): Customer | undefined {
  const first = added[0];
  let base: Customer | undefined = existing;
  if (!base && fromFile)
    base = {
      ...fromFile,
      stats: { attempts: 0, lastAttemptAt: null, lastOutcome: null, lastReachedAt: null },
      nextCallBackAt: null,
    };
  if (!base && first) base = newCustomerFromRecord(first);
  if (!base) return undefined;
  if (existing && fromFile && Date.parse(fromFile.lastSeenAt) > Date.parse(existing.lastSeenAt)) {
    base = {
      ...base,
      context: { ...existing.context, ...fromFile.context },
      sourceUrl: fromFile.sourceUrl,
      lastSeenAt: fromFile.lastSeenAt,
    };
  }
  if (existing && fromFile) {
    base = {
      ...base,
      events: { ...fromFile.events, ...existing.events },
      firstSeenAt:
        Date.parse(fromFile.firstSeenAt) < Date.parse(existing.firstSeenAt)
          ? fromFile.firstSeenAt
          : existing.firstSeenAt,
    };
  }
  for (const r of added) base = foldRecordIntoCustomer(base, r);
  return base;
}

/** Works out what an import would do; runs inside the import's own transaction so the plan cannot go stale. */
async function planImport(db: HuifangDb, envelope: ExportEnvelope, now: Date) {
  const records = envelope.records;
  const existing = await readMany(
    db.callbacks,
    records.map((r) => r.id),
    (row) => row.id,
  );
  const toAdd: CallbackRecord[] = [];
  const toReplace: CallbackRecord[] = [];
  const asides: ConflictRow[] = [];
  const conflicts: string[] = [];
  let identical = 0;
  const aside = (r: CallbackRecord, fingerprint: string): ConflictRow => ({
    key: `${r.id}#${fingerprint}`,
    recordId: r.id,
    fingerprint,
    record: r,
    keptAsideAt: now.toISOString(),
  });
  records.forEach((r, i) => {
    const stored = existing[i];
    if (!stored) toAdd.push(r);
    else if (sameContent(stored, r)) identical++;
    else {
      conflicts.push(r.id);
      const incoming = { ...r, fingerprint: fingerprintContent(r) };
      const have = { ...stored, fingerprint: fingerprintContent(stored) };
      if (compareVersions(incoming, have) > 0) {
        toReplace.push(r);
        asides.push(aside(stored, have.fingerprint));
      } else asides.push(aside(r, incoming.fingerprint));
    }
  });
  const addedByCustomer = new Map<string, CallbackRecord[]>();
  for (const r of toAdd) {
    const list = addedByCustomer.get(r.customerKey);
    if (list) list.push(r);
    else addedByCustomer.set(r.customerKey, [r]);
  }
  const fileCustomers = new Map(envelope.customers.map((c) => [c.key, c]));
  const keys = [...new Set([...fileCustomers.keys(), ...addedByCustomer.keys()])];
  const storedCustomers = await readMany(db.customers, keys, (row) => row.key);
  const customerWrites: Customer[] = [];
  let customersAdded = 0;
  keys.forEach((key, i) => {
    const stored = storedCustomers[i];
    const merged = mergeCustomer(stored, fileCustomers.get(key), addedByCustomer.get(key) ?? []);
    if (!merged || (stored && sameContent(stored, merged))) return;
    if (!stored) customersAdded++;
    customerWrites.push(merged);
  });
  return { toAdd, toReplace, asides, conflicts, identical, customerWrites, customersAdded };
}

/**
 * Writes a validated envelope in one transaction: all of it or, on any error or cancel, none of it.
 * Existing records are never overwritten.
 */
export async function importEnvelope(
  db: HuifangDb,
  envelope: ExportEnvelope,
  options: ImportOptions & { migratedFrom?: number | null },
): Promise<ImportOutcome> {
  const chunk = options.chunkSize ?? 10_000;
  const supervision = readSupervision(envelope);
  if (!supervision.ok) return supervision;
  try {
    const tables = [db.callbacks, db.customers, db.audit, db.escalations, db.reviews, db.conflicts];
    const report = await db.transaction('rw', tables, async () => {
      const plan = await planImport(db, envelope, options.now);
      const result: ImportReport = {
        added: plan.toAdd.length,
        identical: plan.identical,
        conflicts: plan.conflicts,
        replaced: plan.toReplace.length,
        customersAdded: plan.customersAdded,
        customersUpdated: plan.customerWrites.length - plan.customersAdded,
        migratedFrom: options.migratedFrom ?? null,
      };
      if (options.dryRun) return result;
      for (let i = 0; i < plan.toAdd.length; i += chunk) {
        if (options.signal?.aborted) throw new Error('Import cancelled.');
        await db.callbacks.bulkAdd(plan.toAdd.slice(i, i + chunk));
        options.onProgress?.({
          phase: 'write',
          done: Math.min(i + chunk, plan.toAdd.length),
          total: plan.toAdd.length,
        });
      }
      if (options.signal?.aborted) throw new Error('Import cancelled.');
      if (plan.toReplace.length) await db.callbacks.bulkPut(plan.toReplace);
      if (plan.asides.length) await db.conflicts.bulkPut(plan.asides);
      if (plan.customerWrites.length) await db.customers.bulkPut(plan.customerWrites);
      const supervised = await writeSupervision(db, supervision.value);
      result.escalations = supervised.escalations;
      result.reviews = supervised.reviews;
      if (
        plan.toAdd.length ||
        plan.customerWrites.length ||
        plan.asides.length ||
        supervised.escalations ||
        supervised.reviews
      ) {
        await appendAudit(db.audit, {
          action: 'import',
          at: options.now.toISOString(),
          agent: options.agent,
          counts: {
            added: result.added,
            identical: result.identical,
            conflicts: result.conflicts.length,
            customers: plan.customerWrites.length,
            escalations: supervised.escalations,
            reviews: supervised.reviews,
          },
          ids: [],
        });
      }
      return result;
    });
    return { ok: true, report };
  } catch (err) {
    if (options.signal?.aborted) return cancelled;
    throw err;
  }
}

/** Validates the whole text first (parse, decrypt, migrate, schema, duplicates), then imports it. */
export async function importText(db: HuifangDb, text: string, options: ImportOptions): Promise<ImportOutcome> {
  const read = await readExport(text, options);
  if (!read.ok) return read;
  if (options.signal?.aborted) return cancelled;
  return importEnvelope(db, read.envelope, { ...options, migratedFrom: read.migratedFrom });
}

/** Imports a picked file; its size is checked before a byte is read. */
export async function importFile(
  db: HuifangDb,
  file: { size: number; text(): Promise<string> },
  options: ImportOptions,
): Promise<ImportOutcome> {
  const tooLarge = checkImportSize(file.size, options.maxBytes);
  if (tooLarge) return { ok: false, problems: [tooLarge] };
  options.onProgress?.({ phase: 'read', done: 0, total: file.size });
  const text = await file.text();
  if (options.signal?.aborted) return cancelled;
  return importText(db, text, options);
}
