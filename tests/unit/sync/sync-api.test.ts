import { describe, expect, it } from 'vitest';
import { createSyncApi, SyncRefusal, syncDocuments } from '@/utils/core/sync/sync-api';

const leaseReply = {
  ok: true,
  reason: 'granted',
  customerKey: 'c1',
  leaseOwner: 'wang',
  leaseSeq: '7',
  leaseUntil: '2026-11-29T01:10:00.000Z',
  serverNow: '2026-11-29T01:00:00.000Z',
};

describe('the server calls', () => {
  it('sends the document with its variables and parses the lease (bigint strings become numbers)', async () => {
    const sent: unknown[] = [];
    const api = createSyncApi(async (query, variables) => {
      sent.push([query, variables]);
      return { data: { renewLease: { result: leaseReply } } };
    });
    const l = await api.renewLease('c1', 7);
    expect(l.leaseSeq).toBe(7);
    expect(sent).toEqual([[syncDocuments.renewLease, { key: 'c1', seq: '7' }]]);
  });

  it('reads the team day, and names a reply it cannot read', async () => {
    const day = {
      serverNow: '2026-11-29T06:00:00+00:00',
      day: '2026-11-29',
      timeZone: 'Asia/Shanghai',
      agents: [{ agent: null, due: 1, overdue: 0, claimed: 0, attempts: 0, reached: 0, done: 0, flagged: 0 }],
      totals: { overdue: 0, due_today: 1, claimed: 0, done_today: 0, open: 1 },
    };
    const ok = createSyncApi(async (query) => {
      expect(query).toBe(syncDocuments.teamDay);
      return { data: { teamDay: day } };
    });
    expect((await ok.teamDay()).agents[0]?.agent).toBeNull();
    const bad = createSyncApi(async () => ({ data: { teamDay: { ...day, agents: [{ agent: 'w', due: -1 }] } } }));
    await expect(bad.teamDay()).rejects.toThrow(/teamDay replied/);
  });

  it('a refusal from the server names its reason and SQLSTATE', async () => {
    const api = createSyncApi(async () => ({
      data: null,
      errors: [{ message: 'role agent may not do this', extensions: { sqlstate: '42501' } }],
    }));
    const err = await api.claimNext().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SyncRefusal);
    expect(err).toMatchObject({ message: 'role agent may not do this', sqlstate: '42501' });
  });

  it('refuses a reply of the wrong shape instead of trusting it', async () => {
    const api = createSyncApi(async () => ({ data: { claimNext: { result: { ...leaseReply, reason: 'yes' } } } }));
    await expect(api.claimNext()).rejects.toThrow(/claimNext replied/);
    const html = createSyncApi(async () => '<html>502</html>');
    await expect(html.pullQueue(null)).rejects.toThrow(/not GraphQL/);
  });

  it('parses a pull with its checkpoint', async () => {
    const api = createSyncApi(async () => ({
      data: { pullQueue: { checkpoint: '812', serverNow: '2026-11-29T01:00:00+00:00', full: true, items: [] } },
    }));
    expect(await api.pullQueue(null)).toEqual({
      checkpoint: '812',
      serverNow: '2026-11-29T01:00:00+00:00',
      full: true,
      items: [],
    });
  });
});
