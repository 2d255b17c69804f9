import type { z } from 'zod';
import { callbackRecordSchema } from '../schemas/callback-record';
import { customerSchema } from '../schemas/customer';
import { decryptExport } from './crypto';
import {
  currentExportVersion,
  encryptedExportSchema,
  exportFormat,
  exportHeaderSchema,
  type ExportEnvelope,
} from './envelope';
import { describeJsonError, maxReportedProblems, problemsFromIssues, type ImportProblem } from './issues';
import { migrateExport } from './migrate';

/** Files past this are refused before they are read (a year of a busy team is far below it). */
export const defaultMaxImportBytes = 512 * 1024 * 1024;

export interface ReadProgress {
  phase: 'parse' | 'decrypt' | 'validate';
  done: number;
  total: number;
}

export interface ReadOptions {
  passphrase?: string;
  signal?: AbortSignal;
  onProgress?: (p: ReadProgress) => void;
  /** Lets the UI breathe between chunks; injected so tests and node need no timers. */
  yieldNow?: () => Promise<void>;
  chunkSize?: number;
}

export type ReadResult =
  | { ok: true; envelope: ExportEnvelope; migratedFrom: number | null; encrypted: boolean }
  | { ok: false; problems: ImportProblem[] };

const fail = (...problems: ImportProblem[]): ReadResult => ({ ok: false, problems });
const cancelled = (): ReadResult => fail({ code: 'cancelled', message: 'Import cancelled; nothing was changed.' });

/** The size check that runs before a byte is read. */
export function checkImportSize(bytes: number, maxBytes = defaultMaxImportBytes): ImportProblem | null {
  if (bytes <= maxBytes) return null;
  const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;
  return {
    code: 'too-large',
    message: `The file is ${mb(bytes)}; the limit is ${mb(maxBytes)}. Export a shorter date range.`,
  };
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; problem: ImportProblem } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (err) {
    return { ok: false, problem: describeJsonError(err, text) };
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Record ids that occur more than once, each listed once. */
export function findDuplicateIds(ids: Iterable<string>): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const id of ids) (seen.has(id) ? dup : seen).add(id);
  return [...dup];
}

/** Parses, decrypts, migrates and validates a whole export file; nothing is written by this. */
export async function readExport(text: string, options: ReadOptions = {}): Promise<ReadResult> {
  const { signal, onProgress } = options;
  const yieldNow = options.yieldNow ?? (() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
  onProgress?.({ phase: 'parse', done: 0, total: text.length });
  let parsed = parseJson(text);
  if (!parsed.ok) return fail(parsed.problem);
  let encrypted = false;
  const sealed = encryptedExportSchema.safeParse(parsed.value);
  if (sealed.success) {
    encrypted = true;
    if (!options.passphrase)
      return fail({ code: 'passphrase-required', message: 'This export is encrypted; enter its passphrase.' });
    onProgress?.({ phase: 'decrypt', done: 0, total: 1 });
    const opened = await decryptExport(sealed.data, options.passphrase);
    if (!opened.ok) return fail({ code: 'decrypt-failed', message: opened.message });
    if (signal?.aborted) return cancelled();
    parsed = parseJson(opened.plaintext);
    if (!parsed.ok) return fail({ code: 'decrypt-failed', message: 'wrong passphrase or damaged file' });
  } else if (isObject(parsed.value) && 'encryption' in parsed.value) {
    return fail({ code: 'decrypt-failed', message: 'wrong passphrase or damaged file' });
  }
  const raw = parsed.value;
  if (!isObject(raw) || raw.format !== exportFormat || typeof raw.version !== 'number') {
    return fail({
      code: 'not-export',
      message: 'This is not a Huifang export file (format "huifang-export" with a version is missing).',
    });
  }
  if (raw.version > currentExportVersion) {
    return fail({
      code: 'newer-version',
      message: `This file was written by a newer Huifang (export format ${raw.version}; this one reads up to ${currentExportVersion}). Update Huifang, then import it again.`,
    });
  }
  const migrated = migrateExport({ ...raw, version: raw.version });
  if (!migrated.ok) return fail(...problemsFromIssues(migrated.issues));
  const header = exportHeaderSchema.safeParse(migrated.value);
  if (!header.success) return fail(...problemsFromIssues(header.error.issues));
  // The header holds its own copies of the arrays; let the parsed originals go before validating.
  if (isObject(migrated.value)) Object.assign(migrated.value, { records: [], customers: [] });
  return validateBody(header.data, { ...options, yieldNow, encrypted, migratedFrom: migrated.from });
}

async function validateBody(
  header: ReturnType<typeof exportHeaderSchema.parse>,
  options: ReadOptions & { yieldNow: () => Promise<void>; encrypted: boolean; migratedFrom: number | null },
): Promise<ReadResult> {
  const chunk = options.chunkSize ?? 2000;
  const total = header.records.length + header.customers.length;
  const problems: ImportProblem[] = [];
  let done = 0;
  /**
   * Validates one list chunk by chunk. Each raw item is dropped from the header's own copy of the array once
   * parsed, so a 100k-record file is held about once in memory instead of twice.
   */
  const validateList = async <T>(name: string, items: unknown[], schema: z.ZodType<T>): Promise<T[] | null> => {
    const valid: T[] = [];
    for (let start = 0; start < items.length; start += chunk) {
      if (options.signal?.aborted) return null;
      const end = Math.min(start + chunk, items.length);
      for (let i = start; i < end && problems.length < maxReportedProblems; i++) {
        const r = schema.safeParse(items[i]);
        items[i] = undefined;
        if (r.success) valid.push(r.data);
        else problems.push(...problemsFromIssues(r.error.issues, [name, i]));
      }
      done += end - start;
      options.onProgress?.({ phase: 'validate', done, total });
      await options.yieldNow();
    }
    return valid;
  };
  const records = await validateList('records', header.records, callbackRecordSchema);
  const customers = records && (await validateList('customers', header.customers, customerSchema));
  if (!records || !customers) return cancelled();
  const out = { records, customers };
  if (problems.length) return fail(...problems.slice(0, maxReportedProblems));
  const dupRecords = findDuplicateIds(out.records.map((r) => r.id));
  if (dupRecords.length) {
    return fail({
      code: 'duplicate-ids',
      ids: dupRecords,
      message: `Record ids used more than once in this file: ${dupRecords.slice(0, 20).join(', ')}${dupRecords.length > 20 ? ` and ${dupRecords.length - 20} more` : ''}.`,
    });
  }
  const dupCustomers = findDuplicateIds(out.customers.map((c) => c.key));
  if (dupCustomers.length) {
    return fail({
      code: 'duplicate-ids',
      ids: dupCustomers,
      message: `Customer keys used more than once in this file: ${dupCustomers.slice(0, 20).join(', ')}.`,
    });
  }
  const envelope: ExportEnvelope = { ...header, records: out.records, customers: out.customers };
  return { ok: true, envelope, migratedFrom: options.migratedFrom, encrypted: options.encrypted };
}
