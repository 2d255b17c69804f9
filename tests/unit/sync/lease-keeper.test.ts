import { describe, expect, it } from 'vitest';
import { createLeaseKeeper, renewEveryMs, type LeaseState } from '@/utils/core/sync/lease-keeper';
import type { Lease, SyncApi } from '@/utils/core/sync/sync-api';

const lease = (over: Partial<Lease>): Lease => ({
  ok: true,
  reason: 'granted',
  customerKey: 'c1',
  leaseOwner: 'wang',
  leaseSeq: 3,
  leaseUntil: '2026-11-29T01:10:00.000Z',
  serverNow: '2026-11-29T01:00:00.000Z',
  ...over,
});

function setup(replies: Partial<Record<keyof SyncApi, () => Promise<Lease>>>) {
  const calls: string[] = [];
  const api = {
    claimCustomer: async (k: string) => (
      calls.push(`claim ${k}`),
      (replies.claimCustomer ?? (async () => lease({})))()
    ),
    renewLease: async (k: string, s: number) => (calls.push(`renew ${k} ${s}`), replies.renewLease!()),
    releaseLease: async (k: string, s: number) => (calls.push(`release ${k} ${s}`), lease({ reason: 'released' })),
  } as unknown as SyncApi;
  let tick: (() => void) | null = null;
  const timers = {
    setInterval: (fn: () => void, ms: number) => {
      expect(ms).toBe(renewEveryMs);
      tick = fn;
      return 1;
    },
    clearInterval: () => {
      tick = null;
    },
  };
  const states: LeaseState['kind'][] = [];
  const keeper = createLeaseKeeper(api, timers, (s) => states.push(s.kind));
  return { keeper, calls, states, tick: () => tick?.() };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('the lease of the open call', () => {
  it('claims on start, renews on the timer with its number, releases on finish', async () => {
    const t = setup({ renewLease: async () => lease({ reason: 'renewed' }) });
    expect((await t.keeper.start('c1')).kind).toBe('held');
    expect(t.keeper.seq).toBe(3);
    t.tick();
    await settle();
    await t.keeper.finish();
    expect(t.calls).toEqual(['claim c1', 'renew c1 3', 'release c1 3']);
    expect(t.states).toEqual(['held', 'held', 'idle']);
    expect(t.keeper.seq).toBeNull();
  });

  it('says who holds it when another agent does, and releases nothing', async () => {
    const t = setup({
      claimCustomer: async () => lease({ ok: false, reason: 'held-by-other', leaseOwner: 'zhang' }),
    });
    const s = await t.keeper.start('c1');
    expect(s).toEqual({ kind: 'held-by-other', customerKey: 'c1', owner: 'zhang', until: '2026-11-29T01:10:00.000Z' });
    await t.keeper.finish();
    expect(t.calls).toEqual(['claim c1']);
  });

  it('offline: the call goes on without a lease, and the next tick claims again', async () => {
    let online = false;
    const t = setup({
      claimCustomer: async () => {
        if (!online) throw new TypeError('Failed to fetch');
        return lease({});
      },
    });
    expect((await t.keeper.start('c1')).kind).toBe('offline');
    expect(t.keeper.seq).toBeNull();
    online = true;
    t.tick();
    await settle();
    expect(t.keeper.state.kind).toBe('held');
  });

  it('a stale renew means the lease is lost (someone else was granted it)', async () => {
    const t = setup({
      renewLease: async () => lease({ ok: false, reason: 'stale', leaseOwner: 'zhang', leaseSeq: 4 }),
    });
    await t.keeper.start('c1');
    t.tick();
    await settle();
    expect(t.keeper.state).toEqual({ kind: 'lost', customerKey: 'c1' });
    expect(t.keeper.seq).toBeNull();
  });
});
