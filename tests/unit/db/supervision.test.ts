import Dexie from 'dexie';
import { createWorkingCalendar } from '@/utils/core/calendar/working-calendar';
import type { Review } from '@/utils/core/qa/review';
import { declareVersion1, declareVersion2, HuifangDb } from '@/utils/db/app-db';
import { verifyAuditChain } from '@/utils/db/audit';
import { finishCall } from '@/utils/db/callbacks';
import { escalateRecord, listEscalationsSettled } from '@/utils/db/escalations';
import { exportRecords } from '@/utils/db/export-records';
import { importText } from '@/utils/db/import-records';
import { listReviews, saveReview } from '@/utils/db/reviews';
import { makeDraft, makeRecord, openTestDb } from './helpers';

const calendar = createWorkingCalendar();
let n = 0;
const newId = () => `id-${++n}`;
const key = 'crm:https://crm.example.com#C1';

async function seedFinished(db: HuifangDb) {
  return finishCall(db, makeDraft(key, 'call-1', { flags: ['promised-return'] }), {
    outcome: 'reached',
    endedAt: new Date('2026-11-27T02:05:00Z'),
    now: new Date('2026-11-27T02:05:00Z'),
  });
}

const review = (over: Partial<Review> = {}): Review => ({
  id: 'rv-1',
  recordId: 'call-1',
  customerKey: key,
  kind: 'new-contract',
  agent: 'agent-li',
  reviewer: '质检-周',
  reviewedAt: '2026-11-30T08:00:00.000Z',
  month: '2026-11',
  seed: '2026-11',
  scores: { identity: 20, script: 18, compliance: 25, record: 15, manner: 12 },
  comment: '风险揭示语速过快',
  ...over,
});

describe('database version 5 (escalations, reviews)', () => {
  it('opens a version-2 database and keeps its rows; the new tables start empty', async () => {
    const name = `v5-upgrade-${Math.random()}`;
    const old = new Dexie(name);
    declareVersion1(old);
    declareVersion2(old);
    await old.open();
    const rows = [makeRecord(1), makeRecord(2)];
    await old.table('callbacks').bulkAdd(rows);
    old.close();
    const db = new HuifangDb(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(5);
    expect(await db.callbacks.orderBy('id').toArray()).toEqual(rows);
    expect(await db.escalations.count()).toBe(0);
    expect(await db.reviews.count()).toBe(0);
    db.close();
  });
});

describe('escalations arrive', () => {
  it('stores severity and reason, schedules the second callback in 5 working days, audits it', async () => {
    const db = openTestDb();
    await seedFinished(db);
    const e = await escalateRecord(db, {
      recordId: 'call-1',
      type: 'promised-return',
      reason: '客户称业务员保证年化8%',
      agent: 'agent-li',
      now: new Date('2026-11-27T02:06:00Z'),
      newId,
      calendar,
    });
    expect(e).toMatchObject({ severity: 'high', status: 'open', reason: '客户称业务员保证年化8%' });
    // Friday 27 Nov 2026 + 5 working days = Friday 4 Dec.
    expect(e.secondCallbackDue).toBe('2026-12-04');
    expect(await db.customers.get(key)).toMatchObject({ dueAt: '2026-12-04', dueKind: 'new-contract' });
    expect((await db.audit.toArray()).map((a) => a.action)).toContain('escalate');
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
    await expect(
      escalateRecord(db, {
        recordId: 'call-1',
        type: 'promised-return',
        reason: 'x',
        agent: 'a',
        now: new Date(),
        newId,
        calendar,
      }),
    ).rejects.toThrow(/already escalated/);
    await expect(
      escalateRecord(db, {
        recordId: 'call-1',
        type: 'complaint',
        reason: '  ',
        agent: 'a',
        now: new Date(),
        newId,
        calendar,
      }),
    ).rejects.toThrow(/Say why/);
  });

  it('stays open until the second callback is recorded, then names it', async () => {
    const db = openTestDb();
    await seedFinished(db);
    await escalateRecord(db, {
      recordId: 'call-1',
      type: 'promised-return',
      reason: '保证收益',
      agent: 'agent-li',
      now: new Date('2026-11-27T02:06:00Z'),
      newId,
      calendar,
    });
    await finishCall(
      db,
      { ...makeDraft(key, 'call-2'), startedAt: '2026-12-01T02:00:00.000Z' },
      {
        outcome: 'no-answer',
        endedAt: new Date('2026-12-01T02:01:00Z'),
        now: new Date('2026-12-01T02:01:00Z'),
      },
    );
    expect((await db.escalations.toArray())[0]?.status).toBe('open');
    await finishCall(
      db,
      { ...makeDraft(key, 'call-3', { agent: 'agent-wang' }), startedAt: '2026-12-02T02:00:00.000Z' },
      { outcome: 'reached', endedAt: new Date('2026-12-02T02:10:00Z'), now: new Date('2026-12-02T02:10:00Z') },
    );
    const [settled] = await db.escalations.toArray();
    expect(settled).toMatchObject({
      status: 'handled',
      handledBy: 'agent-wang',
      secondCallbackRecordId: 'call-3',
      secondCallbackAt: '2026-12-02T02:10:00.000Z',
    });
    expect((await listEscalationsSettled(db))[0]?.status).toBe('handled');
  });
});

describe('QA reviews', () => {
  it('saves a complete sheet with an audit entry; refuses a missing or out-of-range score', async () => {
    const db = openTestDb();
    await saveReview(db, review(), new Date('2026-11-30T08:00:00Z'));
    expect(await listReviews(db, '2026-11')).toHaveLength(1);
    await expect(saveReview(db, review({ id: 'rv-2', scores: { identity: 20 } }), new Date())).rejects.toThrow(/Score/);
    await expect(
      saveReview(db, review({ id: 'rv-3', scores: { ...review().scores, compliance: 31 } }), new Date()),
    ).rejects.toThrow(/0 to 30/);
  });

  it('escalations and reviews travel with the records in an export and come back on import', async () => {
    const agentDb = openTestDb();
    await seedFinished(agentDb);
    await escalateRecord(agentDb, {
      recordId: 'call-1',
      type: 'promised-return',
      reason: '保证收益',
      agent: 'agent-li',
      now: new Date('2026-11-27T02:06:00Z'),
      newId,
      calendar,
    });
    await saveReview(agentDb, review(), new Date('2026-11-30T08:00:00Z'));
    const file = await exportRecords(agentDb, {
      format: 'json',
      agent: 'agent-li',
      now: new Date('2026-11-30T09:00:00Z'),
    });
    if (!file.ok) throw new Error('export failed');
    const supervisor = openTestDb();
    const imported = await importText(supervisor, file.text, { agent: '主管', now: new Date('2026-12-01T01:00:00Z') });
    expect(imported).toMatchObject({ ok: true, report: { added: 1, escalations: 1, reviews: 1 } });
    expect(await supervisor.escalations.count()).toBe(1);
    expect(await supervisor.reviews.get('rv-1')).toEqual(review());
    const again = await importText(supervisor, file.text, { agent: '主管', now: new Date('2026-12-01T01:00:00Z') });
    expect(again).toMatchObject({ ok: true, report: { added: 0, escalations: 0, reviews: 0 } });
  });

  it('an import with a malformed review is refused whole, naming it', async () => {
    const agentDb = openTestDb();
    await seedFinished(agentDb);
    const file = await exportRecords(agentDb, {
      format: 'json',
      agent: 'agent-li',
      now: new Date('2026-11-30T09:00:00Z'),
      reviews: [{ id: 'x' }],
    });
    if (!file.ok) throw new Error('export failed');
    const supervisor = openTestDb();
    const imported = await importText(supervisor, file.text, { agent: '主管', now: new Date() });
    expect(imported.ok).toBe(false);
    if (!imported.ok) expect(imported.problems[0]?.path).toMatch(/^reviews\[0\]/);
    expect(await supervisor.callbacks.count()).toBe(0);
  });
});
