import Dexie from 'dexie';
import {
  declareVersion1,
  declareVersion13,
  declareVersion2,
  declareVersion4,
  declareVersion5,
  declareVersion6,
  declareVersion7,
  HuifangDb,
} from '@/utils/db/app-db';
import { finishCall } from '@/utils/db/callbacks';
import { saveDraft } from '@/utils/db/drafts';
import {
  applyFlushOutcome,
  countOutbox,
  forgetTeamQueue,
  listTeamQueue,
  pendingOutbox,
  postponeOutbox,
  readSyncMeta,
  recordSyncStates,
  storePull,
} from '@/utils/db/outbox';
import { scheduleRetry, takeBatch } from '@/utils/core/sync/outbox';
import { deriveCustomers } from '@/utils/core/export/migrate';
import type { TeamQueueItem } from '@/utils/core/sync/sync-api';
import { makeDraft, makeRecord, openTestDb } from './helpers';

const key = 'crm:https://crm.example.com#C1';
const now = new Date('2026-11-27T02:06:00Z');

describe('database upgrade 13 → 14 (team sync tables)', () => {
  it('keeps every row and adds an empty outbox, sync meta and team queue', async () => {
    const name = `upgrade14-${Math.random()}`;
    const old = new Dexie(name);
    for (const declare of [
      declareVersion1,
      declareVersion2,
      declareVersion4,
      declareVersion5,
      declareVersion6,
      declareVersion7,
      declareVersion13,
    ])
      declare(old);
    await old.open();
    const records = [makeRecord(1), makeRecord(2), makeRecord(3)];
    const customers = deriveCustomers(records);
    await old.transaction('rw', ['callbacks', 'customers'], async () => {
      await old.table('callbacks').bulkAdd(records);
      await old.table('customers').bulkAdd(customers);
    });
    const before: Record<string, unknown[]> = {};
    for (const t of ['callbacks', 'customers', 'customerSummary', 'customerAliases', 'audit'])
      before[t] = await old.table(t).toArray();
    expect(old.verno).toBe(13);
    old.close();

    const db = new HuifangDb(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(14);
    for (const t of Object.keys(before)) expect(await db.table(t).toArray()).toEqual(before[t]);
    expect(await db.outbox.count()).toBe(0);
    expect(await db.syncMeta.count()).toBe(0);
    expect(await db.teamQueue.count()).toBe(0);
    db.close();
  });
});

describe('the outbox is written in the record transaction', () => {
  it('queues the finished record with the lease its call held when sync is on', async () => {
    const db = openTestDb();
    const draft = makeDraft(key, 'r-1', { outcome: 'reached' });
    await saveDraft(db, draft);
    await finishCall(db, draft, { endedAt: now, now, sync: { leaseSeq: 7 } });
    expect(await pendingOutbox(db)).toEqual([
      expect.objectContaining({ recordId: 'r-1', leaseSeq: 7, state: 'pending', tries: 0, rejected: null }),
    ]);
    // Finishing twice (two views) writes neither a second record nor a second entry.
    await finishCall(db, draft, { endedAt: now, now, sync: { leaseSeq: 7 } });
    expect(await db.outbox.count()).toBe(1);
  });

  it('queues nothing when sync is off (the default)', async () => {
    const db = openTestDb();
    const draft = makeDraft(key, 'r-1', { outcome: 'no-answer' });
    await finishCall(db, draft, { endedAt: now, now });
    expect(await db.callbacks.count()).toBe(1);
    expect(await db.outbox.count()).toBe(0);
  });

  it('writes neither record nor entry when the transaction fails', async () => {
    const db = openTestDb();
    await db.open();
    await db.outbox.add({
      recordId: 'r-1',
      leaseSeq: null,
      tries: 0,
      notBefore: 0,
      rejected: null,
      state: 'pending',
      queuedAt: now.toISOString(),
      sentAt: null,
      leaseFlag: null,
    });
    const draft = makeDraft(key, 'r-1', { outcome: 'reached' });
    await expect(finishCall(db, draft, { endedAt: now, now, sync: { leaseSeq: null } })).rejects.toThrow();
    expect(await db.callbacks.count()).toBe(0);
  });
});

describe('flush bookkeeping', () => {
  async function seeded() {
    const db = openTestDb();
    for (const id of ['a', 'b', 'c']) {
      const draft = makeDraft(`${key}-${id}`, id, { outcome: 'reached' });
      await finishCall(db, draft, { endedAt: now, now, sync: { leaseSeq: null } });
    }
    return db;
  }

  it('marks stored records sent with their flag, refused ones rejected, unanswered ones pending', async () => {
    const db = await seeded();
    await applyFlushOutcome(
      db,
      { done: ['a'], rejected: new Map([['b', 'bad startedAt']]), flagged: new Map([['a', 'no-lease' as const]]) },
      now,
    );
    expect(await countOutbox(db)).toEqual({ pending: 1, sent: 1, rejected: 1 });
    expect(await recordSyncStates(db, ['a', 'b', 'zz'])).toEqual([
      { recordId: 'a', state: 'sent', leaseFlag: 'no-lease', rejected: null, sentAt: now.toISOString() },
      { recordId: 'b', state: 'rejected', leaseFlag: null, rejected: 'bad startedAt', sentAt: null },
    ]);
    expect((await pendingOutbox(db)).map((r) => r.recordId)).toEqual(['c']);
  });

  it('postpones a failed batch with backoff and keeps it out of the next batch until then', async () => {
    const db = await seeded();
    const batch = takeBatch(await pendingOutbox(db), now.getTime());
    expect(batch).toHaveLength(3);
    await postponeOutbox(db, scheduleRetry(batch, now.getTime(), 0.5));
    const rows = await pendingOutbox(db);
    expect(rows.every((r) => r.tries === 1 && r.notBefore === now.getTime() + 30_000)).toBe(true);
    expect(takeBatch(rows, now.getTime() + 29_000)).toHaveLength(0);
    expect(takeBatch(rows, now.getTime() + 30_000)).toHaveLength(3);
  });
});

describe('the team queue cache', () => {
  const item = (customerKey: string, over: Partial<TeamQueueItem> = {}): TeamQueueItem => ({
    customerKey,
    name: '李伟',
    phone: null,
    product: '',
    kind: 'new-contract',
    dueAt: null,
    callBackAt: null,
    recordUrl: null,
    assignedTo: null,
    status: 'open',
    attempts: 0,
    lastOutcome: null,
    lastAttemptAt: null,
    leaseOwner: null,
    leaseUntil: null,
    leaseSeq: 0,
    ...over,
  });

  it('merges a delta, replaces on a full pull, keeps the checkpoint, and forgets on logout', async () => {
    const db = openTestDb();
    const serverNow = now.toISOString();
    await storePull(db, { checkpoint: '10', serverNow, full: true, items: [item('a'), item('b')] });
    await storePull(db, { checkpoint: '12', serverNow, full: false, items: [item('b', { leaseOwner: 'wang' })] });
    expect((await listTeamQueue(db)).map((i) => [i.customerKey, i.leaseOwner])).toEqual([
      ['a', null],
      ['b', 'wang'],
    ]);
    expect(await readSyncMeta(db, 'checkpoint')).toBe('12');
    await storePull(db, { checkpoint: '20', serverNow, full: true, items: [item('c')] });
    expect((await listTeamQueue(db)).map((i) => i.customerKey)).toEqual(['c']);
    await forgetTeamQueue(db);
    expect(await listTeamQueue(db)).toEqual([]);
    expect(await readSyncMeta(db, 'checkpoint')).toBeUndefined();
  });
});
