import { saveDraft, loadDraft, listDrafts, discardDraft } from '@/utils/db/drafts';
import { finishCall, reviseRecord } from '@/utils/db/callbacks';
import { customerHistory, listCallbacks } from '@/utils/db/history';
import { upsertCustomer } from '@/utils/db/customers';
import { listAudit, verifyAuditChain } from '@/utils/db/audit';
import { maxNoteLength } from '@/utils/core/schemas/draft';
import { makeDraft, openTestDb } from './helpers';

const key = 'crm:https://crm.example.com#C1';
const now = new Date('2026-11-27T02:10:00.000Z');

describe('drafts: the call in progress', () => {
  it('saves, reloads, lists for resuming, and discards', async () => {
    const db = openTestDb();
    const draft = makeDraft(key, 'r-1', { notes: '客户在开会' });
    expect(await saveDraft(db, draft)).toEqual([]);
    expect(await loadDraft(db, key)).toEqual(draft);
    expect((await listDrafts(db)).map((d) => d.recordId)).toEqual(['r-1']);
    await discardDraft(db, key);
    expect(await loadDraft(db, key)).toBeUndefined();
  });

  it('keeps a draft with a 5 MB pasted note, cut to the limit, and warns', async () => {
    const db = openTestDb();
    const huge = '很长的备注'.repeat(1_000_000);
    const warnings = await saveDraft(db, makeDraft(key, 'r-1', { notes: huge }));
    expect(warnings).toEqual([{ code: 'note-truncated', originalLength: huge.length, keptLength: maxNoteLength }]);
    const stored = await loadDraft(db, key);
    expect(stored?.record.notes).toBe(huge.slice(0, maxNoteLength));
    expect(stored?.record.answers).toEqual({ identityConfirmed: true });
  });

  it('refuses an invalid draft with the reason and keeps the previous save', async () => {
    const db = openTestDb();
    await saveDraft(db, makeDraft(key, 'r-1'));
    const bad = { ...makeDraft(key, 'r-1'), startedAt: 'not a date' };
    await expect(saveDraft(db, bad)).rejects.toThrow(/startedAt/);
    expect((await loadDraft(db, key))?.startedAt).toBe('2026-11-27T02:00:00.000Z');
  });
});

describe('finishCall: a finished record commits whole, with the draft removal, or not at all', () => {
  it('stores the record, removes the draft and updates the customer totals', async () => {
    const db = openTestDb();
    const draft = makeDraft(key, 'r-1', { outcome: 'reached', satisfaction: 'satisfied' });
    await saveDraft(db, draft);
    const record = await finishCall(db, draft, { endedAt: new Date('2026-11-27T02:06:00Z'), now });
    expect(record).toMatchObject({
      id: 'r-1',
      customerKey: key,
      outcome: 'reached',
      revision: 0,
      supersedes: null,
      endedAt: '2026-11-27T02:06:00.000Z',
    });
    expect(await db.callbacks.get('r-1')).toEqual(record);
    expect(await loadDraft(db, key)).toBeUndefined();
    expect((await db.customers.get(key))?.stats).toEqual({
      attempts: 1,
      lastAttemptAt: draft.startedAt,
      lastOutcome: 'reached',
      lastReachedAt: draft.startedAt,
    });
  });

  it('refuses to finish without an outcome and keeps the draft', async () => {
    const db = openTestDb();
    const draft = makeDraft(key, 'r-1');
    await saveDraft(db, draft);
    await expect(finishCall(db, draft, { endedAt: null, now })).rejects.toThrow(/outcome/);
    expect(await loadDraft(db, key)).toEqual(draft);
    expect(await db.callbacks.count()).toBe(0);
  });

  it('leaves neither a half record nor a lost draft when the write fails midway (browser killed, quota)', async () => {
    const db = openTestDb();
    const draft = makeDraft(key, 'r-1', { outcome: 'no-answer' });
    await saveDraft(db, draft);
    await db.open();
    // The last write of the transaction (the customer row) fails, as a crash or a full disk would.
    const failCustomer = () => {
      throw new DOMException('disk full', 'QuotaExceededError');
    };
    db.customers.hook('creating', failCustomer);
    await expect(finishCall(db, draft, { endedAt: null, now })).rejects.toThrow();
    db.customers.hook('creating').unsubscribe(failCustomer);
    expect(await db.callbacks.count()).toBe(0);
    expect(await loadDraft(db, key)).toEqual(draft);
    // And once the fault is gone the same draft finishes as the same record.
    expect((await finishCall(db, draft, { endedAt: null, now })).id).toBe('r-1');
  });

  it('is harmless when pressed twice', async () => {
    const db = openTestDb();
    const draft = makeDraft(key, 'r-1', { outcome: 'busy' });
    const first = await finishCall(db, draft, { endedAt: null, now });
    const second = await finishCall(db, draft, { endedAt: null, now: new Date('2026-11-27T03:00:00Z') });
    expect(second).toEqual(first);
    expect(await db.callbacks.count()).toBe(1);
    expect((await db.customers.get(key))?.stats.attempts).toBe(1);
  });
});

describe('reviseRecord: records are immutable, a correction is an audited revision', () => {
  async function finished() {
    const db = openTestDb();
    await upsertCustomer(db, {
      key,
      origin: 'https://crm.example.com',
      customerId: 'C1',
      context: { name: '张三' },
      sourceUrl: 'https://crm.example.com/c/C1',
      now,
    });
    await finishCall(db, makeDraft(key, 'r-1', { outcome: 'no-answer' }), { endedAt: null, now });
    return db;
  }

  it('adds revision 1 superseding the original, keeps the original, and audits it without personal data', async () => {
    const db = await finished();
    const original = await db.callbacks.get('r-1');
    const fixed = await reviseRecord(
      db,
      'r-1',
      { outcome: 'reached', notes: '其实接通了' },
      'supervisor-zhao',
      'wrong outcome chosen',
      { now, newId: () => 'r-1b' },
    );
    expect(fixed).toMatchObject({
      id: 'r-1b',
      revision: 1,
      supersedes: 'r-1',
      outcome: 'reached',
      revisionReason: 'wrong outcome chosen',
    });
    expect(await db.callbacks.get('r-1')).toEqual(original);
    expect((await listCallbacks(db)).map((r) => r.id)).toEqual(['r-1b']);
    expect((await listCallbacks(db, { latestOnly: false })).map((r) => r.id).sort()).toEqual(['r-1', 'r-1b']);
    const [entry] = await listAudit(db);
    expect(entry).toMatchObject({ action: 'revise', agent: 'supervisor-zhao', ids: ['r-1', 'r-1b'] });
    expect(JSON.stringify(entry)).not.toMatch(/张三|其实|wrong outcome/);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
    const customer = await db.customers.get(key);
    expect(customer?.stats).toMatchObject({ attempts: 1, lastOutcome: 'reached' });
  });

  it.each([
    ['an unknown record', 'nope', { outcome: 'reached' as const }, 'typo', /No record/],
    ['no reason', 'r-1', { outcome: 'reached' as const }, ' ', /why/],
    ['no change', 'r-1', {}, 'nothing', /Nothing changed/],
  ])('refuses %s', async (_n, id, changes, reason, error) => {
    const db = await finished();
    await expect(reviseRecord(db, id, changes, 'a', reason, { now, newId: () => 'x' })).rejects.toThrow(error);
    expect(await db.callbacks.count()).toBe(1);
    expect(await db.audit.count()).toBe(0);
  });

  it('a correction of a record queued for the team server is queued too, with the call’s lease; others are not', async () => {
    const db = openTestDb();
    await finishCall(db, makeDraft(key, 'r-s', { outcome: 'no-answer' }), {
      endedAt: null,
      now,
      sync: { leaseSeq: 7 },
    });
    await reviseRecord(db, 'r-s', { outcome: 'reached' }, 'a', 'was reached', { now, newId: () => 'r-s2' });
    expect((await db.outbox.toArray()).map((r) => [r.recordId, r.leaseSeq, r.state])).toEqual([
      ['r-s', 7, 'pending'],
      ['r-s2', 7, 'pending'],
    ]);
    const local = await finished();
    await reviseRecord(local, 'r-1', { outcome: 'busy' }, 'a', 'was busy', { now, newId: () => 'r-1b' });
    expect(await local.outbox.count()).toBe(0);
  });

  it('only lets the newest revision be corrected', async () => {
    const db = await finished();
    await reviseRecord(db, 'r-1', { outcome: 'busy' }, 'a', 'was busy', { now, newId: () => 'r-1b' });
    await expect(
      reviseRecord(db, 'r-1', { outcome: 'refused' }, 'a', 'again', { now, newId: () => 'r-1c' }),
    ).rejects.toThrow(/r-1b/);
  });
});

describe('listCallbacks and customerHistory', () => {
  it('filters by date range, kind, outcome, agent and customer, newest first', async () => {
    const db = openTestDb();
    const other = 'crm:https://crm.example.com#C2';
    const calls = [
      makeDraft(key, 'a', { outcome: 'reached', agent: 'li' }),
      {
        ...makeDraft(key, 'b', { outcome: 'busy', agent: 'wang', kind: 'continuous' }),
        startedAt: '2026-11-28T02:00:00.000Z',
      },
      { ...makeDraft(other, 'c', { outcome: 'busy', agent: 'li' }), startedAt: '2026-11-29T02:00:00.000Z' },
    ];
    for (const d of calls) await finishCall(db, d, { endedAt: null, now });
    const ids = async (f: Parameters<typeof listCallbacks>[1]) => (await listCallbacks(db, f)).map((r) => r.id);
    expect(await ids({})).toEqual(['c', 'b', 'a']);
    expect(await ids({ outcomes: ['busy'] })).toEqual(['c', 'b']);
    expect(await ids({ agents: ['li'] })).toEqual(['c', 'a']);
    expect(await ids({ kinds: ['continuous'] })).toEqual(['b']);
    expect(await ids({ from: '2026-11-28T00:00:00.000Z', to: '2026-11-29T00:00:00.000Z' })).toEqual(['b']);
    expect(await ids({ customerKey: key })).toEqual(['b', 'a']);
    const history = await customerHistory(db, key);
    expect(history.attempts.map((r) => r.id)).toEqual(['a', 'b']);
    expect(history.customer?.stats.attempts).toBe(2);
  });
});
