// Reads an export file from disk for the CLIs: streamed record by record when it is a plain current-version file
// (so `report` over a million records never holds one big string or tree), whole through readExport otherwise
// (encrypted, older versions). Both paths apply the same checks (utils/core/export/read-export.ts).
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { z } from 'zod';
import {
  checkCustomerMeaning,
  checkExportHeader,
  checkHeaderMeaning,
  checkImportSize,
  checkRecordMeaning,
  currentExportVersion,
  exportFormat,
  exportHeaderSchema,
  maxReportedProblems,
  problemsFromIssues,
  readExport,
  validateRow,
  type ImportProblem,
} from '../utils/core/export';
import { ExportScanner, ScanError, StopScan, type StreamedList } from '../utils/core/export/stream-scan';
import { callbackRecordSchema, type CallbackRecord } from '../utils/core/schemas/callback-record';
import { customerSchema, type Customer } from '../utils/core/schemas/customer';
import { decodeUtf8, describeUtf16, notUtf8 } from './read-text';

export interface ExportSink {
  record(r: CallbackRecord, index: number): void;
  customer(c: Customer, index: number): void;
  escalation(raw: unknown, index: number): void;
  /** QA review sheets (utils/core/qa/review.ts), checked by the receiver like escalations. */
  review?(raw: unknown, index: number): void;
}

export type FileRead =
  { ok: true; agent: string; records: number; streamed: boolean } | { ok: false; problems: ImportProblem[] };

class TooManyProblems extends Error {}

async function streamFile(path: string, sink: ExportSink): Promise<FileRead | 'whole'> {
  const header: Record<string, unknown> = {};
  const problems: ImportProblem[] = [];
  const ids = new Set<string>();
  const duplicates: string[] = [];
  let records = 0;
  const add = <T>(
    list: string,
    index: number,
    raw: unknown,
    schema: z.core.$ZodType<T>,
    meaning: (row: T, index: number) => ImportProblem[],
    keep: (row: T) => void,
  ) => {
    problems.push(...validateRow(list, index, raw, schema, meaning, keep));
    if (problems.length >= maxReportedProblems) throw new TooManyProblems();
  };
  const scanner = new ExportScanner({
    onValue(key, value) {
      if (key === 'encryption' || key === 'ciphertext') throw new StopScan();
      header[key] = value;
    },
    onListStart(list: StreamedList) {
      header[list] = [];
      return header.format === exportFormat && header.version === currentExportVersion;
    },
    onItem(list, index, raw) {
      if (list === 'escalations') return sink.escalation(raw, index);
      if (list === 'reviews') return sink.review?.(raw, index);
      if (list === 'customers')
        return add(list, index, raw, customerSchema, checkCustomerMeaning, (c: Customer) => sink.customer(c, index));
      add(list, index, raw, callbackRecordSchema, checkRecordMeaning, (r: CallbackRecord) => {
        if (ids.has(r.id)) duplicates.push(r.id);
        ids.add(r.id);
        records += 1;
        sink.record(r, index);
      });
    },
  });
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let first = true;
  try {
    for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
      if (first) {
        const utf16 = describeUtf16(chunk);
        if (utf16) return { ok: false, problems: [utf16] };
        first = false;
      }
      let text: string;
      try {
        text = decoder.decode(chunk, { stream: true });
      } catch {
        return { ok: false, problems: [notUtf8()] };
      }
      scanner.push(text);
    }
    scanner.push(decoder.decode());
    scanner.end();
  } catch (err) {
    if (err instanceof StopScan) return 'whole';
    if (err instanceof TooManyProblems) return { ok: false, problems };
    if (err instanceof ScanError)
      return {
        ok: false,
        problems: [{ code: 'parse', message: err.message, position: err.position, line: err.line, column: err.column }],
      };
    if (err instanceof TypeError) return { ok: false, problems: [notUtf8()] };
    throw err;
  }
  // Older and newer versions go the whole way (migration, or the newer-version message); the rest as readExport.
  if (header.format === exportFormat && header.version !== currentExportVersion) return 'whole';
  const headerProblem = checkExportHeader(header);
  if (headerProblem) return { ok: false, problems: [headerProblem] };
  const parsed = exportHeaderSchema.safeParse(header);
  if (!parsed.success) return { ok: false, problems: problemsFromIssues(parsed.error.issues) };
  problems.push(...checkHeaderMeaning(parsed.data));
  if (problems.length) return { ok: false, problems };
  if (duplicates.length) {
    return {
      ok: false,
      problems: [
        {
          code: 'duplicate-ids',
          ids: duplicates,
          message: `Record ids used more than once in this file: ${duplicates.slice(0, 20).join(', ')}.`,
        },
      ],
    };
  }
  return { ok: true, agent: parsed.data.agent, records, streamed: true };
}

/** Reads one export file into the sink. When the answer is not ok, the caller drops what the sink received. */
export async function readExportFile(path: string, sink: ExportSink, passphrase?: string): Promise<FileRead> {
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch (err) {
    return {
      ok: false,
      problems: [{ code: 'parse', message: `cannot read (${err instanceof Error ? err.message : String(err)})` }],
    };
  }
  const tooBig = checkImportSize(size);
  if (tooBig) return { ok: false, problems: [tooBig] };
  const streamed = await streamFile(path, sink);
  if (streamed !== 'whole') return streamed;
  const decoded = decodeUtf8(await readFile(path));
  if (!decoded.ok) return { ok: false, problems: [decoded.problem] };
  const result = await readExport(decoded.text, { passphrase, yieldNow: async () => {} });
  if (!result.ok) return result;
  result.envelope.records.forEach((r, i) => sink.record(r, i));
  result.envelope.customers.forEach((c, i) => sink.customer(c, i));
  (result.envelope.escalations ?? []).forEach((e, i) => sink.escalation(e, i));
  (result.envelope.reviews ?? []).forEach((e, i) => sink.review?.(e, i));
  return { ok: true, agent: result.envelope.agent, records: result.envelope.records.length, streamed: false };
}
