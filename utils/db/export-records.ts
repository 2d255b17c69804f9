import { callbackRecordSchema, type CallbackRecord } from '../core/schemas/callback-record';
import { customerSchema, type Customer } from '../core/schemas/customer';
import { noExportFilters, type ExportFilters } from '../core/export/envelope';
import { matchesExportFilters } from '../core/export/filters';
import { problemsFromIssues, type ImportProblem } from '../core/export/issues';
import { writeCsvHeader, writeCsvRows, type CsvLanguage } from '../core/export/csv';
import { encryptExport } from '../core/export/crypto';
import { isCleanCustomer, isCleanRecord } from '../core/export/row-guards';
import { makeEnvelope, makeExportFileName } from '../core/export/write-export';
import type { HuifangDb } from './app-db';
import { recordAudit } from './audit';

export interface ExportProgress {
  phase: 'read' | 'write';
  done: number;
  total: number;
}

export interface ExportOptions {
  format: 'json' | 'csv';
  agent: string;
  now: Date;
  filters?: Partial<ExportFilters>;
  /** CSV header language. */
  lang?: CsvLanguage;
  /** CSV only: phone numbers masked (the JSON export stays complete so it can be imported back). */
  maskPersonal?: boolean;
  /** JSON only: encrypt with this passphrase. */
  passphrase?: string;
  iterations?: number;
  /** Left out: the stored escalations and QA reviews go with the records (JSON only). */
  escalations?: unknown[];
  reviews?: unknown[];
  /** How the audit log names this export ('backup' for scheduled backups). */
  auditAction?: 'export' | 'backup';
  onProgress?: (p: ExportProgress) => void;
  signal?: AbortSignal;
  chunkSize?: number;
  yieldNow?: () => Promise<void>;
}

export type ExportResult =
  | {
      ok: true;
      /** The file in order, for `new Blob(parts, { type: mimeType })`; never joined, so a big export never blocks. */
      parts: string[];
      /** The whole file as one string (joins the parts; fine for small files and tests). */
      readonly text: string;
      fileName: string;
      mimeType: string;
      records: number;
      customers: number;
    }
  | { ok: false; problems: ImportProblem[] };

const defaultYield = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const cancelled: ImportProblem = { code: 'cancelled', message: 'Export cancelled.' };

/**
 * Rows in primary-key order, `size` per read (one getAll over a key range per transaction). The next read is asked
 * for before the caller works on the current chunk, so IndexedDB fetches while we validate and serialize.
 */
async function* readChunks<T>(
  read: (after: string | undefined) => Promise<T[]>,
  keyOf: (row: T) => string,
  size: number,
) {
  let pending: Promise<T[]> | null = read(undefined);
  while (pending) {
    const chunk: T[] = await pending;
    const last = chunk[chunk.length - 1];
    pending = chunk.length === size && last !== undefined ? read(keyOf(last)) : null;
    if (chunk.length) yield chunk;
  }
}

/**
 * A row as the schema gives it back, or its problems. The hand-written guard accepts the usual clean row about
 * 20× faster than zod; anything it doubts goes through zod (utils/core/export/row-guards.ts).
 */
function checkRow<T>(
  row: unknown,
  isClean: (row: unknown) => row is T,
  schema: { safeParse(row: unknown): { success: true; data: T } | { success: false; error: { issues: Issue[] } } },
  at: [string, string],
): T | ImportProblem[] {
  if (isClean(row)) return row;
  const parsed = schema.safeParse(row);
  return parsed.success ? parsed.data : problemsFromIssues(parsed.error.issues, at);
}
type Issue = Parameters<typeof problemsFromIssues>[0][number];

/** JSON array items without the brackets, with the comma that joins them to earlier items. */
const jsonItems = (rows: readonly unknown[], first: boolean) => (first ? '' : ',') + JSON.stringify(rows).slice(1, -1);

/**
 * Reads, checks and writes the matching records chunk by chunk, so no chunk's objects outlive their text. Returns
 * the parts of the records array (or CSV rows) and the customers they name.
 */
async function writeRecords(
  db: HuifangDb,
  filters: ExportFilters,
  options: ExportOptions & { keepIds: boolean },
  yieldNow: () => Promise<void>,
) {
  const all =
    !filters.from && !filters.to && !filters.kinds.length && !filters.outcomes.length && !filters.agents.length;
  const csv = options.format === 'csv';
  const total = await db.callbacks.count();
  const parts: string[] = [];
  const customerKeys = new Set<string>();
  const ids = options.keepIds ? new Set<string>() : null;
  const problems: ImportProblem[] = [];
  let records = 0;
  let done = 0;
  const size = options.chunkSize ?? 5000;
  const read = (after: string | undefined) =>
    (after === undefined ? db.callbacks.orderBy(':id') : db.callbacks.where(':id').above(after)).limit(size).toArray();
  for await (const chunk of readChunks(read, (r) => r.id, size)) {
    if (options.signal?.aborted) return { ok: false as const, problems: [cancelled] };
    const kept: CallbackRecord[] = [];
    for (const row of chunk) {
      const r = checkRow(row, isCleanRecord, callbackRecordSchema, ['records', `id=${row.id}`]);
      if (Array.isArray(r)) problems.push(...r);
      else if (all || matchesExportFilters(r, filters)) {
        kept.push(r);
        customerKeys.add(r.customerKey);
        ids?.add(r.id);
      }
    }
    if (problems.length >= 50) break;
    if (!problems.length && kept.length) {
      parts.push(
        csv
          ? writeCsvRows(kept, { maskPersonal: options.maskPersonal, lang: options.lang })
          : jsonItems(kept, records === 0),
      );
      records += kept.length;
    }
    done += chunk.length;
    options.onProgress?.({ phase: 'read', done, total });
    await yieldNow();
  }
  if (problems.length) return { ok: false as const, problems: problems.slice(0, 50) };
  return { ok: true as const, parts, records, customerKeys, ids };
}

/** The customers the records refer to, checked and written as JSON array items. */
async function writeCustomers(
  db: HuifangDb,
  wanted: Set<string>,
  options: ExportOptions,
  yieldNow: () => Promise<void>,
) {
  const parts: string[] = [];
  let count = 0;
  const take = (rows: readonly (Customer | undefined)[]) => {
    const kept: Customer[] = [];
    for (const row of rows) {
      if (!row || !wanted.has(row.key)) continue;
      const c = checkRow(row, isCleanCustomer, customerSchema, ['customers', `key=${row.key}`]);
      if (Array.isArray(c)) return c;
      kept.push(c);
    }
    if (kept.length) parts.push(jsonItems(kept, count === 0));
    count += kept.length;
    return null;
  };
  // A few customers: fetch them by key; many: one pass over the table is cheaper than a request per key.
  if (wanted.size * 4 < (await db.customers.count())) {
    const problems = take(await db.customers.bulkGet([...wanted]));
    return problems ? { ok: false as const, problems } : { ok: true as const, parts, count };
  }
  const size = options.chunkSize ?? 5000;
  const read = (after: string | undefined) =>
    (after === undefined ? db.customers.orderBy(':id') : db.customers.where(':id').above(after)).limit(size).toArray();
  for await (const chunk of readChunks(read, (c) => c.key, size)) {
    if (options.signal?.aborted) return { ok: false as const, problems: [cancelled] };
    const problems = take(chunk);
    if (problems) return { ok: false as const, problems };
    await yieldNow();
  }
  return { ok: true as const, parts, count };
}

/**
 * The escalations and reviews that go with the exported records: those of these records (all of them when the
 * export is not filtered), unless the caller passed its own.
 */
async function readSupervision(
  db: HuifangDb,
  ids: ReadonlySet<string>,
  options: ExportOptions,
): Promise<{ escalations?: unknown[]; reviews?: unknown[] }> {
  const escalations = options.escalations ?? (await db.escalations.toArray()).filter((e) => ids.has(e.recordId));
  const reviews = options.reviews ?? (await db.reviews.toArray()).filter((r) => ids.has(r.recordId));
  return {
    ...(escalations.length ? { escalations } : {}),
    ...(reviews.length ? { reviews } : {}),
  };
}

/** Builds an export file (JSON envelope, optionally encrypted, or CSV) and logs it in the audit. */
export async function exportRecords(db: HuifangDb, options: ExportOptions): Promise<ExportResult> {
  const filters: ExportFilters = { ...noExportFilters, ...options.filters };
  const yieldNow = options.yieldNow ?? defaultYield;
  // The exported ids are kept only when stored escalations or reviews must be matched to them.
  const linked =
    options.format === 'json' &&
    ((!options.escalations && (await db.escalations.count()) > 0) ||
      (!options.reviews && (await db.reviews.count()) > 0));
  const written = await writeRecords(db, filters, { ...options, keepIds: linked }, yieldNow);
  if (!written.ok) return { ok: false, problems: written.problems };
  const records = written.records;
  options.onProgress?.({ phase: 'write', done: 0, total: records });
  let parts: string[];
  let customers = 0;
  if (options.format === 'csv') {
    parts = [writeCsvHeader(options.lang ?? 'zh-CN'), ...written.parts];
  } else {
    const customerParts = await writeCustomers(db, written.customerKeys, options, yieldNow);
    if (!customerParts.ok) return { ok: false, problems: customerParts.problems };
    customers = customerParts.count;
    const {
      records: _r,
      customers: _c,
      ...header
    } = makeEnvelope({
      records: [],
      customers: [],
      agent: options.agent,
      filters,
      now: options.now,
      ...(await readSupervision(db, written.ids ?? new Set(), options)),
    });
    parts = [
      JSON.stringify(header).slice(0, -1),
      ',"records":[',
      ...written.parts,
      '],"customers":[',
      ...customerParts.parts,
      ']}',
    ];
    if (options.passphrase) {
      const sealed = await encryptExport(parts.join(''), {
        passphrase: options.passphrase,
        version: header.version,
        iterations: options.iterations,
      });
      parts = [JSON.stringify(sealed)];
    }
  }
  if (options.signal?.aborted) return { ok: false, problems: [cancelled] };
  await recordAudit(db, {
    action: options.auditAction ?? 'export',
    at: options.now.toISOString(),
    agent: options.agent,
    counts: {
      records,
      customers,
      encrypted: options.passphrase && options.format === 'json' ? 1 : 0,
    },
    ids: [],
  });
  options.onProgress?.({ phase: 'write', done: records, total: records });
  const csv = options.format === 'csv';
  return {
    ok: true,
    parts,
    get text() {
      return parts.join('');
    },
    fileName: makeExportFileName(options.now, 'export', csv ? 'csv' : 'json'),
    mimeType: csv ? 'text/csv;charset=utf-8' : 'application/json',
    records,
    customers,
  };
}
