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
