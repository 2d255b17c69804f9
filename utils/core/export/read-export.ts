import { z } from '../zod';
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
import { checkCustomerMeaning, checkHeaderMeaning, checkRecordMeaning, nameRow } from './meaning-checks';
import { exportEnvelopeV1Schema, migrateExport } from './migrate';
import { checkRevisionGraph } from './revisions';
import { findUnknownKeys } from './unknown-keys';

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

/**
 * Text that went through a lenient UTF-8 decoder with replacement characters in it, or a UTF-16 file: JSON
 * exports are UTF-8 only, so such a file is refused rather than read garbled.
 */
export function describeEncodingProblem(text: string): ImportProblem | null {
  if (text.charCodeAt(0) === 0xfffe || text.charCodeAt(0) === 0 || text.charCodeAt(1) === 0) {
    return { code: 'encoding', message: 'The file is UTF-16; export files are UTF-8. Save it as UTF-8 and try again.' };
  }
  const at = text.indexOf('\ufffd');
  if (at < 0) return null;
  return {
    code: 'encoding',
    position: at,
    message: `The file is not UTF-8 (an undecodable byte near character ${at}; GBK/GB18030?). Export files are UTF-8: save it as UTF-8 and try again.`,
  };
}

const notExportText = 'This is not a Huifang export file (format "huifang-export" with a version is missing).';

/**
 * The header checks every reader applies — this one and the CLIs' streamed reader (cli/read-export-file.ts): a
 * Huifang export, of a version this build reads, whose label matches its content (keys of the current version only).
 */
export function checkExportHeader(raw: unknown): ImportProblem | null {
  if (!isObject(raw) || raw.format !== exportFormat || typeof raw.version !== 'number')
    return { code: 'not-export', message: notExportText };
  if (raw.version > currentExportVersion)
    return {
      code: 'newer-version',
      message: `This file was written by a newer Huifang (export format ${raw.version}; this one reads up to ${currentExportVersion}). Update Huifang, then import it again.`,
    };
  return checkVersionLabel(raw, raw.version);
}

/**
 * A version label must match the content: keys the labelled version does not have (e.g. "customers" in a file
 * labelled 1) mean the label is wrong, and migrating would drop them.
 */
function checkVersionLabel(raw: Record<string, unknown>, version: number): ImportProblem | null {
  if (version === 1) {
    const extra = findUnknownKeys(raw, exportEnvelopeV1Schema);
    if (!extra.length) return null;
    return {
      code: 'version-mismatch',
      path: extra[0],
      message: `The file says version 1, but holds what version 1 does not have (${extra.slice(0, 5).join(', ')}): the version label does not match the content, so it is not migrated.`,
    };
  }
  if (version !== currentExportVersion) return null;
  const unknown = findUnknownKeys(raw, exportHeaderSchema);
  if (!unknown.length) return null;
  return {
    code: 'unknown-keys',
    path: unknown[0],
    message: `Keys the export format does not define: ${unknown.slice(0, 10).join(', ')}. Unknown keys are refused, never dropped.`,
  };
}

/** Parses, decrypts, migrates and validates a whole export file; nothing is written by this. */
export async function readExport(text: string, options: ReadOptions = {}): Promise<ReadResult> {
  const { signal, onProgress } = options;
  const yieldNow = options.yieldNow ?? (() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
  // A byte-order mark is allowed and ignored everywhere (docs/export-format.md, "Validation rules").
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const encoding = describeEncodingProblem(text);
  if (encoding) return fail(encoding);
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
  const headerProblem = checkExportHeader(raw);
  if (headerProblem) return fail(headerProblem);
  if (!isObject(raw) || typeof raw.version !== 'number') return fail({ code: 'not-export', message: notExportText });
  const migrated = migrateExport({ ...raw, version: raw.version });
  if (!migrated.ok) return fail(...problemsFromIssues(migrated.issues));
  const header = exportHeaderSchema.safeParse(migrated.value);
  if (!header.success) return fail(...problemsFromIssues(header.error.issues));
  const headerProblems = checkHeaderMeaning(header.data);
  if (headerProblems.length) return fail(...headerProblems);
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
  const validateList = async <T>(
    name: string,
    items: unknown[],
    schema: z.core.$ZodType<T>,
    meaning: (row: T, index: number) => ImportProblem[],
  ): Promise<T[] | null> => {
    const valid: T[] = [];
    for (let start = 0; start < items.length; start += chunk) {
      if (options.signal?.aborted) return null;
      const end = Math.min(start + chunk, items.length);
      for (let i = start; i < end && problems.length < maxReportedProblems; i++) {
        problems.push(...validateRow(name, i, items[i], schema, meaning, (row) => valid.push(row)));
        items[i] = undefined;
      }
      done += end - start;
      options.onProgress?.({ phase: 'validate', done, total });
      await options.yieldNow();
    }
    return valid;
  };
  const records = await validateList('records', header.records, callbackRecordSchema, checkRecordMeaning);
  const customers =
    records && (await validateList('customers', header.customers, customerSchema, checkCustomerMeaning));
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
  const revisionProblems = checkFileRevisions(out.records, header.filters);
  if (revisionProblems.length) return fail(...revisionProblems);
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

/** One row: unknown keys (refused with their path), then the schema, then the meaning of its values. */
export function validateRow<T>(
  list: string,
  index: number,
  raw: unknown,
  schema: z.core.$ZodType<T>,
  meaning: (row: T, index: number) => ImportProblem[],
  keep: (row: T) => void,
): ImportProblem[] {
  const id =
    isObject(raw) && typeof raw.id === 'string'
      ? raw.id
      : isObject(raw) && typeof raw.key === 'string'
        ? raw.key
        : undefined;
  const row = nameRow(list, index, id);
  const unknown = findUnknownKeys(raw, schema);
  if (unknown.length) {
    return unknown.map((k) => ({
      code: 'unknown-keys' as const,
      path: `${list}[${index}]${k.startsWith('[') ? '' : '.'}${k}`,
      message: `${row}.${k}: a key the export format does not define (unknown keys are refused, never dropped)`,
    }));
  }
  const r = z.safeParse(schema, raw);
  if (!r.success) {
    return problemsFromIssues(r.error.issues, [list, index]).map((p) => ({
      ...p,
      message: id === undefined ? p.message : p.message.replace(`${list}[${index}]`, row),
    }));
  }
  const bad = meaning(r.data, index);
  if (!bad.length) keep(r.data);
  return bad;
}

/**
 * Revision problems inside one file. A correction whose original is not in the file is only an error when the
 * export was not filtered: a filtered export may leave the original out.
 */
function checkFileRevisions(records: ExportEnvelope['records'], filters: ExportEnvelope['filters']): ImportProblem[] {
  const byId = new Map(records.map((r, i) => [r.id, { r, i }]));
  const unfiltered =
    filters.from === null &&
    filters.to === null &&
    !filters.kinds.length &&
    !filters.outcomes.length &&
    !filters.agents.length;
  return checkRevisionGraph(
    records,
    (id) => byId.get(id)?.r,
    () => !unfiltered,
  ).map((p) => {
    const at = byId.get(p.id)?.i ?? -1;
    const field = p.message.slice(0, p.message.indexOf(':'));
    return {
      code: 'invalid' as const,
      path: `records[${at}].${field}`,
      message: `${nameRow('records', at, p.id)}.${p.message}`,
    };
  });
}
