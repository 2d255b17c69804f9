import { z } from '../zod';
import { callbackRecordSchema, type CallbackRecord } from '../schemas/callback-record';
import { emptyCustomerStats, type Customer } from '../schemas/customer';
import { currentExportVersion, exportFormat, noExportFilters } from './envelope';
import { addRecordToStats, nextCallBackAfter } from './stats';

/**
 * Export format version 1 (frozen; never edit): records without dueAt / revision / supersedes / recordedAt,
 * no customers, no filters.
 */
export const callbackRecordV1Schema = z.omit(callbackRecordSchema, {
  dueAt: true,
  revision: true,
  supersedes: true,
  recordedAt: true,
});
export const exportEnvelopeV1Schema = z.object({
  format: z.literal(exportFormat),
  version: z.literal(1),
  exportedAt: z.iso.datetime({ offset: true }),
  agent: z.string().check(z.maxLength(200)),
  records: z.array(callbackRecordV1Schema),
});
export type ExportEnvelopeV1 = z.infer<typeof exportEnvelopeV1Schema>;

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return '';
  }
}

/** A customer row known only from one of its records (no totals yet). */
export function newCustomerFromRecord(r: CallbackRecord): Customer {
  return {
    key: r.customerKey,
    origin: originOf(r.sourceUrl),
    customerId: r.customerKey.startsWith('crm:') ? r.customerKey.slice(r.customerKey.indexOf('#') + 1) : null,
    context: { ...r.context },
    sourceUrl: r.sourceUrl,
    firstSeenAt: r.startedAt,
    lastSeenAt: r.startedAt,
    events: r.context.signDate ? { signDate: r.context.signDate } : {},
    stats: emptyCustomerStats,
    dueAt: null,
    dueKind: null,
    nextCallBackAt: null,
  };
}

/** Customers rebuilt from the records, for files written before customers were exported. */
export function deriveCustomers(records: CallbackRecord[]): Customer[] {
  const byKey = new Map<string, Customer>();
  const sorted = [...records].sort((a, b) => Date.parse(a.startedAt) - Date.parse(b.startedAt));
  for (const r of sorted) {
    const base = byKey.get(r.customerKey) ?? newCustomerFromRecord(r);
    const stats = addRecordToStats(base.stats, r);
    byKey.set(r.customerKey, {
      ...base,
      context: { ...base.context, ...r.context },
      sourceUrl: r.sourceUrl || base.sourceUrl,
      lastSeenAt: r.startedAt,
      events: r.context.signDate ? { ...base.events, signDate: r.context.signDate } : base.events,
      stats,
      nextCallBackAt: nextCallBackAfter(base.nextCallBackAt, stats, r),
    });
  }
  return [...byKey.values()];
}

function migrateV1(v1: ExportEnvelopeV1): unknown {
  const records: CallbackRecord[] = v1.records.map((r) => ({
    ...r,
    dueAt: null,
    revision: 0,
    supersedes: null,
    recordedAt: r.endedAt ?? r.startedAt,
  }));
  return {
    format: exportFormat,
    version: 2,
    exportedAt: v1.exportedAt,
    agent: v1.agent,
    filters: noExportFilters,
    records,
    customers: deriveCustomers(records),
  };
}

export type MigrationResult =
  { ok: true; value: unknown; from: number | null } | { ok: false; issues: z.core.$ZodIssue[]; from: number };

/** Steps an older envelope up to the current version; each step validates its input with that version's schema. */
export function migrateExport(raw: { version: number } & Record<string, unknown>): MigrationResult {
  if (raw.version === currentExportVersion) return { ok: true, value: raw, from: null };
  let value: unknown = raw;
  // One step per older version, oldest first; each later step starts from the previous step's output.
  if (raw.version === 1) {
    const parsed = exportEnvelopeV1Schema.safeParse(value);
    if (!parsed.success) return { ok: false, issues: parsed.error.issues, from: 1 };
    value = migrateV1(parsed.data);
  }
  return { ok: true, value, from: raw.version };
}
