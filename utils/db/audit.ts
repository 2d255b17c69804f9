import {
  auditEntryInputSchema,
  auditGenesisHash,
  type AuditEntry,
  type AuditEntryInput,
} from '../core/schemas/audit-entry';
import { sha256Hex } from '../core/export/sha256';
import type { HuifangDb } from './app-db';

/** The text that is hashed: fixed key order, counts sorted, so the same entry always hashes the same. */
function canonicalEntry(seq: number, input: AuditEntryInput): string {
  const counts = Object.fromEntries(Object.entries(input.counts).sort(([a], [b]) => (a < b ? -1 : 1)));
  return JSON.stringify([seq, input.action, input.at, input.agent, counts, input.ids]);
}

export function hashAuditEntry(prevHash: string, seq: number, input: AuditEntryInput): string {
  return sha256Hex(prevHash + canonicalEntry(seq, input));
}

/**
 * Appends one entry, chained to the last. Call inside a readwrite transaction that includes `audit`, so the entry
 * commits with the change it describes; the hash is synchronous, so the transaction stays alive.
 */
export async function appendAudit(table: HuifangDb['audit'], input: AuditEntryInput): Promise<AuditEntry> {
  const checked = auditEntryInputSchema.parse(input);
  const last = await table.orderBy('seq').last();
  const seq = (last?.seq ?? 0) + 1;
  const prevHash = last?.hash ?? auditGenesisHash;
  const entry: AuditEntry = { ...checked, seq, prevHash, hash: hashAuditEntry(prevHash, seq, checked) };
  await table.add(entry);
  return entry;
}

/** Appends an entry in a transaction of its own (e.g. a reveal of a masked number). */
export function recordAudit(db: HuifangDb, input: AuditEntryInput): Promise<AuditEntry> {
  return db.transaction('rw', db.audit, () => appendAudit(db.audit, input));
}

export type AuditCheck = { ok: true; entries: number } | { ok: false; brokenAtSeq: number; reason: string };

/** Walks the whole chain; any edited, removed or reordered entry breaks it from that point. */
export async function verifyAuditChain(db: HuifangDb): Promise<AuditCheck> {
  let prevHash = auditGenesisHash;
  let expectedSeq = 1;
  let result: AuditCheck | null = null;
  await db.audit
    .orderBy('seq')
    .until(() => result !== null)
    .each((e) => {
      const { seq, prevHash: storedPrev, hash, ...input } = e;
      if (seq !== expectedSeq) result = { ok: false, brokenAtSeq: seq, reason: `entry ${expectedSeq} is missing` };
      else if (storedPrev !== prevHash)
        result = { ok: false, brokenAtSeq: seq, reason: 'previous hash does not match' };
      else if (hashAuditEntry(prevHash, seq, input) !== hash)
        result = { ok: false, brokenAtSeq: seq, reason: 'entry was changed' };
      prevHash = hash;
      expectedSeq++;
    });
  return result ?? { ok: true, entries: expectedSeq - 1 };
}

export function listAudit(db: HuifangDb, limit = 200): Promise<AuditEntry[]> {
  return db.audit.orderBy('seq').reverse().limit(limit).toArray();
}
