import type { SubmitResult } from './sync-api';

/**
 * One record waiting to be sent. The outbox holds the record id only (the record itself stays in its table); the
 * entry is written in the record's own transaction so no finished call is ever missed (docs/team-sync.md).
 */
export type OutboxEntry = {
  recordId: string;
  leaseSeq: number | null;
  /** Failed sends so far (network or server fault), for the backoff. */
  tries: number;
  /** Not before this instant (ms). */
  notBefore: number;
  /** Set when the server refused the record itself: kept for the supervisor, never resent. */
  rejected: string | null;
};

export const maxBatch = 100;

/** The entries to send now, oldest first, at most `max`. */
export function takeBatch(entries: readonly OutboxEntry[], now: number, max = maxBatch): OutboxEntry[] {
  return entries.filter((e) => e.rejected === null && e.notBefore <= now).slice(0, max);
}

/** 30 s, 1, 2, 4 … minutes, capped at 30 minutes; `jitter` in [0, 1) spreads a team's retries apart. */
export function backoffMs(tries: number, jitter: number): number {
  const base = Math.min(30_000 * 2 ** Math.max(0, tries - 1), 30 * 60_000);
  return Math.round(base * (0.75 + jitter / 2));
}

export type FlushOutcome = {
  /** Stored on the server (inserted now or earlier): remove from the outbox. */
  done: string[];
  /** Refused by the server for what they are (the reason per id): keep, mark, show. */
  rejected: Map<string, string>;
  /** Server records stored but flagged (lease-lost / no-lease), for the panel. */
  flagged: Map<string, 'no-lease' | 'lease-lost'>;
};

/**
 * The server's per-id results for a batch. An id the server did not answer for stays in the outbox (it is resent;
 * ids make that safe).
 */
export function readResults(batch: readonly OutboxEntry[], results: readonly SubmitResult[]): FlushOutcome {
  const sent = new Set(batch.map((e) => e.recordId));
  const out: FlushOutcome = { done: [], rejected: new Map(), flagged: new Map() };
  for (const r of results) {
    if (r.rowId === null || !sent.has(r.rowId)) continue;
    if (r.status === 'rejected') out.rejected.set(r.rowId, r.reason ?? 'rejected');
    else out.done.push(r.rowId);
    if (r.leaseFlag) out.flagged.set(r.rowId, r.leaseFlag);
  }
  return out;
}

/** After a failed send (network, 5xx, timeout): the same entries, one more try, later. */
export function scheduleRetry(batch: readonly OutboxEntry[], now: number, jitter: number): OutboxEntry[] {
  return batch.map((e) => ({ ...e, tries: e.tries + 1, notBefore: now + backoffMs(e.tries + 1, jitter) }));
}

/** Runs `fn` once at a time: a call while one runs gets the running one's promise (panel, alarm and `online` at once). */
export function singleFlight<T>(fn: () => Promise<T>): () => Promise<T> {
  let running: Promise<T> | null = null;
  return () => {
    running ??= fn().finally(() => {
      running = null;
    });
    return running;
  };
}
