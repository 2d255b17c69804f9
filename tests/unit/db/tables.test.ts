import { makeCustomerKey } from '@/utils/core/schemas/customer';
import { upsertCustomer, setCustomerDue, getCustomer } from '@/utils/db/customers';
import { finishCall } from '@/utils/db/callbacks';
import { listQueue, countAttemptsByCustomer, countAttemptsInWindow } from '@/utils/db/queue';
import { saveScriptVersion, getScript, listScriptVersions, saveSiteAdapter, getSiteAdapter } from '@/utils/db/scripts';
import { makeDraft, openTestDb } from './helpers';

const origin = 'https://crm.example.com';
const seenAt = new Date('2026-11-20T02:00:00.000Z');

describe('customer keys', () => {
  it.each([
    [{ origin, customerId: 'C-17' }, 'crm:https://crm.example.com#C-17'],
    [{ origin: 'HTTPS://CRM.example.com', customerId: ' C-17 ' }, 'crm:https://crm.example.com#C-17'],
  ])('uses the CRM id when shown: %j', (input, key) => {
    expect(makeCustomerKey(input)).toBe(key);
  });

  it('derives the same key for the same person written differently, a different one for another, with no personal data in it', () => {
    const a = makeCustomerKey({ origin, name: '张 三', phone: '+86 138-0013-8000' });
    const b = makeCustomerKey({ origin, name: '张三', phone: '13800138000' });
    const c = makeCustomerKey({ origin, name: '张三', phone: '13800138001' });
    expect(a).toBe(b);
    expect(a).not.toBe(c);
    expect(a).toMatch(/^derived:https:\/\/crm\.example\.com#[0-9a-f]{32}$/);
    expect(a).not.toMatch(/张|138/);
  });
});

describe('customers and the queue', () => {
  it('keeps the last seen values and clock events, and merges later visits', async () => {
    const db = openTestDb();
    const key = makeCustomerKey({ origin, customerId: 'C1' });
    await upsertCustomer(db, {
      key,
      origin,
      customerId: 'C1',
      context: { name: '张三', signDate: '2026-11-18' },
      sourceUrl: `${origin}/c/C1`,
      events: { signDate: '2026-11-18' },
      now: seenAt,
    });
    const later = await upsertCustomer(db, {
      key,
      origin,
      customerId: 'C1',
      context: { phone: '13800138000' },
      sourceUrl: `${origin}/c/C1?tab=2`,
      now: new Date('2026-11-21T00:00:00Z'),
    });
    expect(later).toMatchObject({
      context: { name: '张三', phone: '13800138000' },
      events: { signDate: '2026-11-18' },
      firstSeenAt: seenAt.toISOString(),
      sourceUrl: `${origin}/c/C1?tab=2`,
    });
  });

  it('lists deadlines and agreed call-backs, overdue first; a reached call of the due kind clears the deadline', async () => {
    const db = openTestDb();
    for (const id of ['A', 'B', 'C']) {
      await upsertCustomer(db, { key: id, origin, customerId: id, context: {}, sourceUrl: '', now: seenAt });
    }
    await setCustomerDue(db, 'A', { at: '2026-11-25T23:59:59+08:00', kind: 'new-contract' });
    await setCustomerDue(db, 'B', { at: '2026-12-10T00:00:00Z', kind: 'continuous' });
    await finishCall(
      db,
      makeDraft('C', 'c1', { outcome: 'call-back-later', callBackAt: '2026-11-27T14:00:00+08:00' }),
      { endedAt: null, now: seenAt },
    );
    const now = new Date('2026-11-27T07:00:00Z');
    const queue = await listQueue(db, { now, horizon: new Date('2026-11-30T00:00:00Z') });
    expect(queue.map((q) => [q.customer.key, q.at, q.overdue, q.reasons[0]?.type])).toEqual([
      ['A', '2026-11-25T15:59:59.000Z', true, 'deadline'],
      ['C', '2026-11-27T06:00:00.000Z', true, 'call-back'],
    ]);
    await finishCall(
      db,
      { ...makeDraft('A', 'a1', { outcome: 'reached', kind: 'new-contract' }), startedAt: '2026-11-27T06:30:00.000Z' },
      { endedAt: null, now },
    );
    await finishCall(
      db,
      { ...makeDraft('C', 'c2', { outcome: 'reached' }), startedAt: '2026-11-27T06:40:00.000Z' },
      { endedAt: null, now },
    );
    expect(await listQueue(db, { now, horizon: new Date('2026-11-30T00:00:00Z') })).toEqual([]);
    expect((await getCustomer(db, 'A'))?.dueAt).toBeNull();
  });

  it('counts attempts per customer and within a window', async () => {
    const db = openTestDb();
    const times = ['2026-11-20T01:00:00.000Z', '2026-11-20T06:00:00.000Z', '2026-11-21T02:00:00.000Z'];
    for (const [i, t] of times.entries()) {
      await finishCall(
        db,
        { ...makeDraft('A', `a${i}`, { outcome: 'no-answer' }), startedAt: t },
        { endedAt: null, now: seenAt },
      );
    }
    await finishCall(db, makeDraft('B', 'b0', { outcome: 'busy' }), { endedAt: null, now: seenAt });
    expect(await countAttemptsByCustomer(db)).toEqual(
      new Map([
        ['A', 3],
        ['B', 1],
      ]),
    );
    expect(
      await countAttemptsInWindow(db, 'A', { from: '2026-11-20T00:00:00.000Z', to: '2026-11-21T00:00:00.000Z' }),
    ).toBe(2);
  });
});

describe('scripts and site adapters', () => {
  it('keeps every script version and never overwrites one', async () => {
    const db = openTestDb();
    const row = {
      id: 's1',
      version: 1,
      origin: 'builtin' as const,
      savedAt: seenAt.toISOString(),
      script: { title: 'v1' },
    };
    await saveScriptVersion(db, row);
    await saveScriptVersion(db, { ...row, version: 2, origin: 'edited', script: { title: 'v2' } });
    await expect(saveScriptVersion(db, { ...row, script: { title: 'changed' } })).rejects.toThrow(/already stored/);
    expect((await getScript(db, 's1'))?.script).toEqual({ title: 'v2' });
    expect((await getScript(db, 's1', 1))?.script).toEqual({ title: 'v1' });
    expect((await listScriptVersions(db, 's1')).map((s) => s.version)).toEqual([1, 2]);
  });

  it('stores one validated adapter per origin, refusing one that is not an adapter', async () => {
    const db = openTestDb();
    const adapter = (name: string) => ({
      id: `site:${origin}`,
      urlPatterns: [`${origin}/c/*`],
      fields: { name: [{ selector: name }] },
    });
    await saveSiteAdapter(db, { origin, adapter: adapter('#name'), updatedAt: seenAt.toISOString() });
    await saveSiteAdapter(db, { origin, adapter: adapter('.cust-name'), updatedAt: seenAt.toISOString() });
    expect((await getSiteAdapter(db, origin))?.adapter.fields.name?.[0]?.selector).toBe('.cust-name');
    const notAdapter = JSON.parse('{"id":"x","urlPatterns":[],"fields":{}}');
    await expect(
      saveSiteAdapter(db, { origin, adapter: notAdapter, updatedAt: seenAt.toISOString() }),
    ).rejects.toThrow();
    expect((await getSiteAdapter(db, origin))?.adapter.fields.name?.[0]?.selector).toBe('.cust-name');
  });
});
