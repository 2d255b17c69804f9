import type { HuifangDb } from './app-db';
import type { FlushOutcome, OutboxEntry } from '../core/sync/outbox';
import type { PullReply, TeamQueueItem } from '../core/sync/sync-api';

/**
 * One finished record on its way to the team server (Dexie v14 `outbox`). Written in the record's own transaction
 * (utils/db/callbacks.ts), so a record is never stored without it; kept after sending as the record's sync state
 * (the panel's "已同步" badge and the lease flag the server set).
 */
export type OutboxRow = OutboxEntry & {
  state: 'pending' | 'sent' | 'rejected';
  queuedAt: string;
  sentAt: string | null;
  leaseFlag: 'no-lease' | 'lease-lost' | null;
};

/** Small bookkeeping rows: the pull checkpoint, the last flush and pull and their errors. */
export type SyncMetaRow = { key: string; value: unknown };

export type RecordSyncState = Pick<OutboxRow, 'recordId' | 'state' | 'leaseFlag' | 'rejected' | 'sentAt'>;

/** The outbox row of a record just finished (call inside the record's transaction). */
export function newOutboxRow(recordId: string, leaseSeq: number | null, now: Date): OutboxRow {
  return {
    recordId,
    leaseSeq,
    tries: 0,
    notBefore: 0,
    rejected: null,
    state: 'pending',
    queuedAt: now.toISOString(),
    sentAt: null,
    leaseFlag: null,
  };
}

/** Entries waiting to be sent, oldest first. */
export async function pendingOutbox(db: HuifangDb): Promise<OutboxRow[]> {
  const rows = await db.outbox.where('state').equals('pending').toArray();
  return rows.sort((a, b) => a.queuedAt.localeCompare(b.queuedAt) || a.recordId.localeCompare(b.recordId));
}

/** The server answered a batch: stored ones are marked sent (with their flag), refused ones rejected. */
export async function applyFlushOutcome(db: HuifangDb, outcome: FlushOutcome, now: Date): Promise<void> {
  await db.transaction('rw', db.outbox, async () => {
    const ids = [...outcome.done, ...outcome.rejected.keys()];
    const rows = await db.outbox.bulkGet(ids);
    const at = now.toISOString();
    await db.outbox.bulkPut(
      rows.flatMap((row): OutboxRow[] => {
        if (!row) return [];
        const reason = outcome.rejected.get(row.recordId);
        const leaseFlag = outcome.flagged.get(row.recordId) ?? null;
        return reason === undefined
          ? [{ ...row, state: 'sent', sentAt: at, leaseFlag }]
          : [{ ...row, state: 'rejected', rejected: reason, leaseFlag }];
      }),
    );
  });
}

/** A send failed (network, server fault): the same entries, one more try, later (utils/core/sync/outbox.ts). */
export async function postponeOutbox(db: HuifangDb, later: readonly OutboxEntry[]): Promise<void> {
  await db.transaction('rw', db.outbox, async () => {
    const rows = await db.outbox.bulkGet(later.map((e) => e.recordId));
    await db.outbox.bulkPut(
      rows.flatMap((row, i) =>
        row && later[i] ? [{ ...row, tries: later[i].tries, notBefore: later[i].notBefore }] : [],
      ),
    );
  });
}

/** Counts for the options page and the panel: waiting, sent, refused. */
export async function countOutbox(db: HuifangDb): Promise<{ pending: number; sent: number; rejected: number }> {
  const [pending, sent, rejected] = await Promise.all(
    (['pending', 'sent', 'rejected'] as const).map((s) => db.outbox.where('state').equals(s).count()),
  );
  return { pending: pending ?? 0, sent: sent ?? 0, rejected: rejected ?? 0 };
}

/** The sync state of these records (absent: recorded while sync was off). */
export async function recordSyncStates(db: HuifangDb, ids: readonly string[]): Promise<RecordSyncState[]> {
  const rows = await db.outbox.bulkGet([...ids]);
  return rows.flatMap((r) =>
    r ? [{ recordId: r.recordId, state: r.state, leaseFlag: r.leaseFlag, rejected: r.rejected, sentAt: r.sentAt }] : [],
  );
}

export async function readSyncMeta(db: HuifangDb, key: string): Promise<unknown> {
  return (await db.syncMeta.get(key))?.value;
}

export async function writeSyncMeta(db: HuifangDb, key: string, value: unknown): Promise<void> {
  await db.syncMeta.put({ key, value });
}

/** A pull's rows merged into the cached team queue, and its checkpoint, in one transaction. */
export async function storePull(db: HuifangDb, reply: PullReply): Promise<void> {
  await db.transaction('rw', [db.teamQueue, db.syncMeta], async () => {
    if (reply.full) await db.teamQueue.clear();
    // Later rows of one reply replace earlier ones of the same customer.
    await db.teamQueue.bulkPut(reply.items);
    await db.syncMeta.put({ key: 'checkpoint', value: reply.checkpoint });
    await db.syncMeta.put({ key: 'lastPull', value: { at: reply.serverNow, error: null } });
  });
}

export async function listTeamQueue(db: HuifangDb): Promise<TeamQueueItem[]> {
  return db.teamQueue.toArray();
}

/** Sync switched off or to another server/agent: the cached queue and checkpoint belong to the old one. */
export async function forgetTeamQueue(db: HuifangDb): Promise<void> {
  await db.transaction('rw', [db.teamQueue, db.syncMeta], async () => {
    await db.teamQueue.clear();
    await db.syncMeta.delete('checkpoint');
  });
}
