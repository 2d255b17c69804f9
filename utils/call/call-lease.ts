import { effect, untracked, type ReadonlySignal, type Signal } from '@preact/signals-core';
import type { LeaseKeeper } from '@/utils/core/sync/lease-keeper';
import type { LeaseState, TeamView } from '@/utils/core/sync/team-view';

/** The parts of a call session the lease follows (utils/call/call-session.ts). */
export type LeasedSession = {
  call: { inCall: ReadonlySignal<boolean> };
  customerKey: ReadonlySignal<string | null>;
  history: ReadonlySignal<readonly { id: string }[]>;
  team: Signal<TeamView | null>;
};

/** What the call hub needs of team sync (utils/background/team-sync.ts): who we are, and a lease keeper. */
export type TeamSyncForCalls = {
  /** The server's host and this agent while sync is on; null while it is off (then nothing is sent). */
  identity: ReadonlySignal<{ server: string; agent: string } | null>;
  keeper(onChange: (state: LeaseState) => void): LeaseKeeper;
  /** Bumped whenever the outbox changes (a record queued, sent, refused). */
  outboxChanges: ReadonlySignal<number>;
  recordStates(ids: readonly string[]): Promise<TeamView['records']>;
};

/**
 * Holds the team lease on the customer of an open call (docs/team-sync.md, "The lease protocol"): claimed when the
 * call begins, renewed every 3 minutes, released when it is recorded or the customer changes. The session's `team`
 * signal carries what the views show. Returns the cleanup.
 */
export function followLease(session: LeasedSession, team: TeamSyncForCalls): () => void {
  let keeper: LeaseKeeper | null = null;
  let held: string | null = null;
  let lease: LeaseState = { kind: 'idle' };
  let records: TeamView['records'] = {};
  const show = () => {
    const id = team.identity.peek();
    session.team.value = id ? { ...id, lease, records } : null;
  };
  const stopRecords = effect(() => {
    const ids = session.history.value.map((r) => r.id);
    const on = team.identity.value !== null;
    void team.outboxChanges.value;
    if (!on) return;
    void team.recordStates(ids).then(
      (states) => {
        records = states;
        show();
      },
      () => undefined,
    );
  });
  const stop = effect(() => {
    const id = team.identity.value;
    const key = session.call.inCall.value ? session.customerKey.value : null;
    const target = id ? key : null;
    untracked(() => {
      if (target !== held) {
        const old = keeper;
        keeper = null;
        held = target;
        lease = { kind: 'idle' };
        if (old) void old.finish();
        if (target) {
          const next: LeaseKeeper = team.keeper((s) => {
            if (keeper !== next) return;
            lease = s;
            show();
          });
          keeper = next;
          void next.start(target);
        }
      }
      show();
    });
  });
  return () => {
    stop();
    stopRecords();
    const old = keeper;
    keeper = null;
    if (old) void old.finish();
  };
}
