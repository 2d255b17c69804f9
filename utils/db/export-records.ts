import { callbackRecordSchema, type CallbackRecord } from '../core/schemas/callback-record';
import { customerSchema, type Customer } from '../core/schemas/customer';
import { noExportFilters, type ExportFilters } from '../core/export/envelope';
import { matchesExportFilters } from '../core/export/filters';
import { problemsFromIssues, type ImportProblem } from '../core/export/issues';
import { writeCsvHeader, writeCsvRows, type CsvLanguage } from '../core/export/csv';
import { makeEnvelope, makeExportFileName, serializeExport, serializeExportParts } from '../core/export/write-export';
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

/** Reads matching records in key order, a chunk per transaction, validating each row on the way out. */
async function readRecords(
  db: HuifangDb,
  filters: ExportFilters,
  options: ExportOptions,
  yieldNow: () => Promise<void>,
) {
  const size = options.chunkSize ?? 2000;
  const total = await db.callbacks.count();
  const records: CallbackRecord[] = [];
  const problems: ImportProblem[] = [];
  let done = 0;
  let last: string | undefined;
  for (;;) {
    if (options.signal?.aborted)
      return { records, problems: [{ code: 'cancelled', message: 'Export cancelled.' } satisfies ImportProblem] };
    const query = last === undefined ? db.callbacks.orderBy(':id') : db.callbacks.where(':id').above(last);
    const chunk = await query.limit(size).toArray();
    if (!chunk.length) break;
    last = chunk[chunk.length - 1]?.id;
    for (const row of chunk) {
      const parsed = callbackRecordSchema.safeParse(row);
      if (!parsed.success) problems.push(...problemsFromIssues(parsed.error.issues, ['records', `id=${row.id}`]));
      else if (matchesExportFilters(parsed.data, filters)) records.push(parsed.data);
    }
    done += chunk.length;
    options.onProgress?.({ phase: 'read', done, total });
    await yieldNow();
  }
  return { records, problems };
}

/** The customers the records refer to, a chunk per read (20k rows at once block the page for a moment). */
async function readCustomers(
  db: HuifangDb,
  wanted: Set<string>,
  options: ExportOptions,
  yieldNow: () => Promise<void>,
) {
  const size = options.chunkSize ?? 2000;
  const rows: Customer[] = [];
  const take = (c: Customer | undefined): ImportProblem[] | null => {
    if (!c) return null;
    const parsed = customerSchema.safeParse(c);
    if (!parsed.success) return problemsFromIssues(parsed.error.issues, ['customers', `key=${c.key}`]);
    rows.push(parsed.data);
    return null;
  };
  const total = await db.customers.count();
  if (wanted.size * 4 < total) {
    for (const c of await db.customers.bulkGet([...wanted])) {
      const problems = take(c);
      if (problems) return { problems };
    }
    return rows;
  }
  let last: string | undefined;
  for (;;) {
    const query = last === undefined ? db.customers.orderBy(':id') : db.customers.where(':id').above(last);
    const chunk = await query.limit(size).toArray();
    if (!chunk.length) return rows;
    last = chunk[chunk.length - 1]?.key;
    for (const c of chunk) {
      const problems = wanted.has(c.key) ? take(c) : null;
      if (problems) return { problems };
    }
    await yieldNow();
  }
}

/**
 * The escalations and reviews that go with the exported records: those of these records (all of them when the
 * export is not filtered), unless the caller passed its own.
 */
async function readSupervision(
  db: HuifangDb,
  records: readonly { id: string }[],
  options: ExportOptions,
): Promise<{ escalations?: unknown[]; reviews?: unknown[] }> {
  const ids = new Set(records.map((r) => r.id));
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
  const { records, problems } = await readRecords(db, filters, options, yieldNow);
  if (problems.length) return { ok: false, problems: problems.slice(0, 50) };
  const customers = await readCustomers(db, new Set(records.map((r) => r.customerKey)), options, yieldNow);
  if (!Array.isArray(customers)) return { ok: false, problems: customers.problems };
  options.onProgress?.({ phase: 'write', done: 0, total: records.length });
  let parts: string[];
  if (options.format === 'csv') {
    const size = options.chunkSize ?? 2000;
    parts = [writeCsvHeader(options.lang ?? 'zh-CN')];
    for (let i = 0; i < records.length; i += size) {
      parts.push(writeCsvRows(records.slice(i, i + size), { maskPersonal: options.maskPersonal }));
      options.onProgress?.({ phase: 'write', done: Math.min(i + size, records.length), total: records.length });
      await yieldNow();
    }
  } else {
    const envelope = makeEnvelope({
      records,
      customers,
      agent: options.agent,
      filters,
      now: options.now,
      ...(await readSupervision(db, records, options)),
    });
    const serialize = {
      passphrase: options.passphrase,
      iterations: options.iterations,
      yieldNow,
      chunkSize: options.chunkSize,
    };
    parts = options.passphrase
      ? [await serializeExport(envelope, serialize)]
      : await serializeExportParts(envelope, serialize);
  }
  if (options.signal?.aborted) return { ok: false, problems: [{ code: 'cancelled', message: 'Export cancelled.' }] };
  await recordAudit(db, {
    action: options.auditAction ?? 'export',
    at: options.now.toISOString(),
    agent: options.agent,
    counts: {
      records: records.length,
      customers: customers.length,
      encrypted: options.passphrase && options.format === 'json' ? 1 : 0,
    },
    ids: [],
  });
  options.onProgress?.({ phase: 'write', done: records.length, total: records.length });
  const csv = options.format === 'csv';
  return {
    ok: true,
    parts,
    get text() {
      return parts.join('');
    },
    fileName: makeExportFileName(options.now, 'export', csv ? 'csv' : 'json'),
    mimeType: csv ? 'text/csv;charset=utf-8' : 'application/json',
    records: records.length,
    customers: customers.length,
  };
}
