import type { CallbackRecord } from '../schemas/callback-record';

/**
 * The records that count: one per id (the highest revision, then the latest recordedAt, when the same record
 * arrives from several export files), minus those a later revision supersedes.
 */
export function selectCurrentRecords(records: readonly CallbackRecord[]): CallbackRecord[] {
  const byId = new Map<string, CallbackRecord>();
  for (const r of records) {
    const seen = byId.get(r.id);
    if (
      !seen ||
      r.revision > seen.revision ||
      (r.revision === seen.revision && Date.parse(r.recordedAt) > Date.parse(seen.recordedAt))
    ) {
      byId.set(r.id, r);
    }
  }
  const superseded = new Set<string>();
  for (const r of byId.values()) if (r.supersedes) superseded.add(r.supersedes);
  return [...byId.values()].filter((r) => !superseded.has(r.id));
}
