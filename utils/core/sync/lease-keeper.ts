import type { Lease, SyncApi } from './sync-api';
import type { LeaseState } from './team-view';

export type { LeaseState, TeamView } from './team-view';

export const renewEveryMs = 3 * 60_000;

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
