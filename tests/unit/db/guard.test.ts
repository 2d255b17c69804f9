import Dexie from 'dexie';
import {
  checkDataMarker,
  acknowledgeDataLoss,
  requestPersistentStorage,
  type KeyValueStore,
} from '@/utils/db/storage-guard';
import { explainStorageError, isQuotaError } from '@/utils/db/quota';
import { watchVersionChange } from '@/utils/db/version-change';
import { saveDraft, loadDraft } from '@/utils/db/drafts';
import { finishCall } from '@/utils/db/callbacks';
import { recordAudit, verifyAuditChain } from '@/utils/db/audit';
import { HuifangDb } from '@/utils/db/app-db';
import { makeDraft, openTestDb } from './helpers';

const now = new Date('2026-11-27T08:00:00.000Z');

function memoryStore(): KeyValueStore & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return { data, get: async (k) => data.get(k), set: async (k, v) => void data.set(k, v) };
}

describe('a database that comes back empty raises an alarm', () => {
  it('is fine on first use, then alarms when the data is gone, until acknowledged', async () => {
    const store = memoryStore();
    const db = openTestDb();
    expect(await checkDataMarker(db, store, now)).toEqual({ status: 'ok', records: 0 });
    await finishCall(db, makeDraft('k1', 'r1', { outcome: 'reached' }), { endedAt: null, now });
    expect(await checkDataMarker(db, store, now)).toEqual({ status: 'ok', records: 1 });

    const wiped = openTestDb(); // as if the browser evicted the database
    expect(await checkDataMarker(wiped, store, now)).toEqual({
      status: 'data-missing',
      expectedRecords: 1,
      markedAt: now.toISOString(),
    });
    expect(await checkDataMarker(wiped, store, now)).toMatchObject({ status: 'data-missing' });
    await acknowledgeDataLoss(store, now);
    expect(await checkDataMarker(wiped, store, now)).toEqual({ status: 'ok', records: 0 });
  });
});

describe('quota errors are recognised however they are wrapped', () => {
  const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  it.each([
    ['a DOMException', quota],
    [
      'Dexie wrapping it in inner',
      Object.assign(new Error('Transaction aborted'), { name: 'AbortError', inner: quota }),
    ],
    ['two levels deep', { name: 'OpenFailedError', inner: { name: 'AbortError', inner: quota } }],
    ['a BulkError failure', { name: 'BulkError', failures: [new Error('x'), quota] }],
    ['a cause chain', new Error('save failed', { cause: quota })],
    ['Firefox', { name: 'NS_ERROR_DOM_QUOTA_REACHED', message: 'Persistent storage maximum size reached' }],
  ])('%s', (_n, err) => {
    expect(isQuotaError(err)).toBe(true);
    const explained = explainStorageError(err);
    expect(explained.kind).toBe('quota');
    expect(explained.message.en).toMatch(/Export/);
    expect(explained.message['zh-CN']).toMatch(/导出/);
  });

  it('does not call other errors quota errors', () => {
    expect(isQuotaError(new Error('ConstraintError'))).toBe(false);
    expect(explainStorageError(new Error('boom')).kind).toBe('other');
  });

  it('keeps stored data and the draft when a write hits the quota', async () => {
    const db = openTestDb();
    const draft = makeDraft('k1', 'r1', { outcome: 'busy' });
    await saveDraft(db, draft);
    await db.open();
    const full = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    db.callbacks.hook('creating', full);
    const err = await finishCall(db, draft, { endedAt: null, now }).catch((e: unknown) => e);
    expect(isQuotaError(err)).toBe(true);
    expect(await loadDraft(db, 'k1')).toEqual(draft);
  });
});

describe('persistent storage request', () => {
  type Storage = { persist: () => Promise<boolean>; persisted: () => Promise<boolean> } | undefined;
  it.each<[string, Storage, string]>([
    ['granted', { persist: async () => true, persisted: async () => false }, 'granted'],
    ['already persisted', { persist: async () => false, persisted: async () => true }, 'granted'],
    ['denied', { persist: async () => false, persisted: async () => false }, 'denied'],
    ['missing API', undefined, 'unavailable'],
  ])('%s', async (_n, storage, expected) => {
    expect(await requestPersistentStorage(storage)).toBe(expected);
  });
});

describe('upgrade while another panel is open', () => {
  it('the old page saves its pending draft, closes and asks for a reload; the new one opens; nothing lost', async () => {
    const name = `vc-${Math.random()}`;
    const oldPage = new HuifangDb(name);
    await oldPage.open();
    const pending = makeDraft('k1', 'r1', { notes: 'typed 0.5 s ago, not yet autosaved' });
    let reloadAsked = false;
    watchVersionChange(oldPage, { pendingDrafts: () => [pending], onReloadNeeded: () => (reloadAsked = true) });

    const newer = new Dexie(name);
    newer.version(20).stores({ drafts: 'customerKey, updatedAt' });
    await newer.open();
    expect(reloadAsked).toBe(true);
    expect(oldPage.isOpen()).toBe(false);
    expect(await newer.table('drafts').get('k1')).toEqual(pending);
    newer.close();
  });
});

describe('audit log', () => {
  it('detects an edited or removed entry', async () => {
    const db = openTestDb();
    for (let i = 0; i < 3; i++)
      await recordAudit(db, {
        action: 'reveal',
        at: now.toISOString(),
        agent: 'a',
        counts: { fields: 1 },
        ids: [`k${i}`],
      });
    expect(await verifyAuditChain(db)).toEqual({ ok: true, entries: 3 });
    await db.audit.update(2, { counts: { fields: 9 } });
    expect(await verifyAuditChain(db)).toMatchObject({ ok: false, brokenAtSeq: 2 });
    const db2 = openTestDb();
    for (let i = 0; i < 3; i++)
      await recordAudit(db2, { action: 'export', at: now.toISOString(), agent: 'a', counts: {}, ids: [] });
    await db2.audit.delete(2);
    expect(await verifyAuditChain(db2)).toMatchObject({ ok: false, brokenAtSeq: 3 });
  });
});
