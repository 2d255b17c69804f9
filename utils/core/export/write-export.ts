import { z } from '../zod';
import { callbackRecordSchema, type CallbackRecord } from '../schemas/callback-record';
import { customerSchema, type Customer } from '../schemas/customer';
import { encryptExport } from './crypto';
import { currentExportVersion, exportFormat, type ExportEnvelope, type ExportFilters } from './envelope';
import { problemsFromIssues, type ImportProblem } from './issues';

export interface BuildExportInput {
  records: CallbackRecord[];
  customers: Customer[];
  agent: string;
  filters: ExportFilters;
  now: Date;
  escalations?: unknown[];
  reviews?: unknown[];
}

export type BuildExportResult = { ok: true; envelope: ExportEnvelope } | { ok: false; problems: ImportProblem[] };

/** Assembles the envelope and validates every row on the way out, so a bad row never reaches a file. */
export function buildExportEnvelope(input: BuildExportInput): BuildExportResult {
  const problems: ImportProblem[] = [];
  const check = <T>(schema: z.core.$ZodType<T>, rows: T[], name: string) => {
    for (let i = 0; i < rows.length && problems.length < 50; i++) {
      const r = z.safeParse(schema, rows[i]);
      if (!r.success) problems.push(...problemsFromIssues(r.error.issues, [name, i]));
    }
  };
  check(callbackRecordSchema, input.records, 'records');
  check(customerSchema, input.customers, 'customers');
  if (problems.length) return { ok: false, problems };
  return { ok: true, envelope: makeEnvelope(input) };
}

/** The envelope around rows already validated (the database export validates chunk by chunk as it reads). */
export function makeEnvelope(input: BuildExportInput): ExportEnvelope {
  return {
    format: exportFormat,
    version: currentExportVersion,
    exportedAt: input.now.toISOString(),
    agent: input.agent,
    filters: input.filters,
    records: input.records,
    customers: input.customers,
    ...(input.escalations ? { escalations: input.escalations } : {}),
    ...(input.reviews ? { reviews: input.reviews } : {}),
  };
}

export interface SerializeOptions {
  passphrase?: string;
  iterations?: number;
  /** Called between chunks of rows so a 100k-record export never blocks the page for long. */
  yieldNow?: () => Promise<void>;
  chunkSize?: number;
}

/**
 * The plain JSON file as parts, in order, for `new Blob(parts)`: joining 80 MB into one string blocks the page,
 * a Blob never needs it joined.
 */
export async function serializeExportParts(
  envelope: ExportEnvelope,
  options: SerializeOptions = {},
): Promise<string[]> {
  const { records, customers, ...header } = envelope;
  const size = options.chunkSize ?? 5000;
  const parts: string[] = [JSON.stringify(header).slice(0, -1)];
  const list = async (name: string, rows: readonly unknown[]) => {
    parts.push(`,"${name}":[`);
    for (let i = 0; i < rows.length; i += size) {
      // One stringify per chunk, brackets dropped: several times faster than one call per row.
      parts.push((i ? ',' : '') + JSON.stringify(rows.slice(i, i + size)).slice(1, -1));
      await options.yieldNow?.();
    }
    parts.push(']');
  };
  await list('records', records);
  await list('customers', customers);
  parts.push('}');
  return parts;
}

/** The file's text: plain JSON, or the sealed form when a passphrase is given. */
export async function serializeExport(envelope: ExportEnvelope, options: SerializeOptions = {}): Promise<string> {
  const plain = (await serializeExportParts(envelope, options)).join('');
  if (!options.passphrase) return plain;
  const sealed = await encryptExport(plain, {
    passphrase: options.passphrase,
    version: envelope.version,
    iterations: options.iterations,
  });
  return JSON.stringify(sealed);
}

/** File name with the export time, safe on every OS. */
export function makeExportFileName(now: Date, kind: 'export' | 'backup', ext: 'json' | 'csv'): string {
  const stamp = now.toISOString().slice(0, 16).replace(/[:]/g, '').replace('T', '-');
  return `huifang-${kind}-${stamp}Z.${ext}`;
}
