import { z } from '../zod';
import type { Lease, SyncApi } from './sync-api';

export const renewEveryMs = 3 * 60_000;

/** What the panel shows about the customer of the open call. */
export type LeaseState =
  | { kind: 'idle' }
  | { kind: 'held'; customerKey: string; seq: number; until: string }
  | { kind: 'held-by-other'; customerKey: string; owner: string; until: string | null }
  | { kind: 'lost'; customerKey: string }
  /** 离线：无法锁定，仍可记录 — the call is recorded, sent later, flagged no-lease. */
  | { kind: 'offline'; customerKey: string };

export type Timers = {
  setInterval: (fn: () => void, ms: number) => unknown;
  clearInterval: (handle: unknown) => void;
};

/**
 * Holds the lease on one customer while the call is open: claim on start, renew every 3 minutes, release on finish.
 * A network fault never stops the call; it only changes what the panel says. `onChange` gets every state.
 */
export function createLeaseKeeper(api: SyncApi, timers: Timers, onChange: (s: LeaseState) => void) {
  let state: LeaseState = { kind: 'idle' };
  let timer: unknown = null;
  const set = (s: LeaseState) => {
    state = s;
    onChange(s);
  };
  const stopTimer = () => {
    if (timer !== null) timers.clearInterval(timer);
    timer = null;
  };
  const fromLease = (key: string, l: Lease): LeaseState =>
    l.ok && l.leaseSeq !== null && l.leaseUntil !== null
      ? { kind: 'held', customerKey: key, seq: l.leaseSeq, until: l.leaseUntil }
      : l.reason === 'held-by-other' && l.leaseOwner
        ? { kind: 'held-by-other', customerKey: key, owner: l.leaseOwner, until: l.leaseUntil }
        : l.reason === 'stale'
          ? { kind: 'lost', customerKey: key }
          : { kind: 'idle' };

  async function renew(): Promise<void> {
    if (state.kind !== 'held' && state.kind !== 'offline') return;
    const key = state.customerKey;
    try {
      const l = state.kind === 'held' ? await api.renewLease(key, state.seq) : await api.claimCustomer(key);
      set(fromLease(key, l));
    } catch {
      if (state.kind === 'held' || state.kind === 'offline') set({ kind: 'offline', customerKey: key });
    }
  }

  return {
    get state() {
      return state;
    },
    /** The lease number to send with the call's record (null when none was held at the end). */
    get seq(): number | null {
      return state.kind === 'held' ? state.seq : null;
    },
    async start(customerKey: string): Promise<LeaseState> {
      stopTimer();
      try {
        set(fromLease(customerKey, await api.claimCustomer(customerKey)));
      } catch {
        set({ kind: 'offline', customerKey });
      }
      timer = timers.setInterval(() => void renew(), renewEveryMs);
      return state;
    },
    renew,
    async finish(): Promise<void> {
      stopTimer();
      const s = state;
      set({ kind: 'idle' });
      if (s.kind !== 'held') return;
      try {
        await api.releaseLease(s.customerKey, s.seq);
      } catch {
        // The lease runs out by itself within 10 minutes; nothing is lost.
      }
    },
  };
}
export type LeaseKeeper = ReturnType<typeof createLeaseKeeper>;

/** What a view shows of team sync for the open call (the call snapshot's `team`, utils/call/call-protocol.ts). */
export const teamViewSchema = z.object({
  /** The server's host, for "已同步到 <server>". */
  server: z.string().check(z.maxLength(300)),
  agent: z.string().check(z.maxLength(200)),
  lease: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('idle') }),
    z.object({ kind: z.literal('held'), customerKey: z.string(), seq: z.number(), until: z.string() }),
    z.object({
      kind: z.literal('held-by-other'),
      customerKey: z.string(),
      owner: z.string(),
      until: z.nullable(z.string()),
    }),
    z.object({ kind: z.literal('lost'), customerKey: z.string() }),
    z.object({ kind: z.literal('offline'), customerKey: z.string() }),
  ]),
  /** The sync state of this customer's records on show, by record id (absent: recorded while sync was off). */
  records: z._default(
    z.record(
      z.string(),
      z.object({
        state: z.enum(['pending', 'sent', 'rejected']),
        flag: z.nullable(z.enum(['no-lease', 'lease-lost'])),
        reason: z.nullable(z.string()),
      }),
    ),
    {},
  ),
});
export type TeamView = z.infer<typeof teamViewSchema>;
