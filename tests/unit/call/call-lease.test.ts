import { signal } from '@preact/signals-core';
import { followLease } from '@/utils/call/call-lease';
import type { LeaseKeeper, LeaseState, TeamView } from '@/utils/core/sync/lease-keeper';

function setup() {
  const log: string[] = [];
  const identity = signal<{ server: string; agent: string } | null>({ server: 'sync.example.com', agent: '王芳' });
  const session = {
    call: { inCall: signal(false) },
    customerKey: signal<string | null>('c-1'),
    history: signal<{ id: string }[]>([]),
    team: signal<TeamView | null>(null),
  };
  const outboxChanges = signal(0);
  const team = {
    identity,
    outboxChanges,
    recordStates: async (ids: readonly string[]) =>
      Object.fromEntries(ids.map((id) => [id, { state: 'sent' as const, flag: null, reason: null }])),
    keeper(onChange: (s: LeaseState) => void): LeaseKeeper {
      let state: LeaseState = { kind: 'idle' };
      return {
        get state() {
          return state;
        },
        get seq() {
          return state.kind === 'held' ? state.seq : null;
        },
        async start(key: string) {
          log.push(`claim ${key}`);
          state =
            key === 'busy'
              ? { kind: 'held-by-other', customerKey: key, owner: '张强', until: null }
              : { kind: 'held', customerKey: key, seq: 1, until: '2026-11-29T03:10:00Z' };
          onChange(state);
          return state;
        },
        async renew() {},
        async finish() {
          log.push('release');
          state = { kind: 'idle' };
          onChange(state);
        },
      };
    },
  };
  return { log, identity, session, team, outboxChanges };
}

describe('the lease follows the open call', () => {
  it('claims when the call begins, releases when it ends or the customer changes', async () => {
    const { log, session, team } = setup();
    const stop = followLease(session, team);
    expect(session.team.value).toMatchObject({ server: 'sync.example.com', lease: { kind: 'idle' } });
    session.call.inCall.value = true;
    expect(session.team.value?.lease).toMatchObject({ kind: 'held', customerKey: 'c-1', seq: 1 });
    session.customerKey.value = 'busy';
    expect(session.team.value?.lease).toMatchObject({ kind: 'held-by-other', owner: '张强' });
    session.call.inCall.value = false;
    expect(session.team.value?.lease).toEqual({ kind: 'idle' });
    expect(log).toEqual(['claim c-1', 'release', 'claim busy', 'release']);
    stop();
  });

  it('shows nothing and claims nothing while sync is off; logging out releases the held lease', () => {
    const { log, identity, session, team } = setup();
    identity.value = null;
    const stop = followLease(session, team);
    session.call.inCall.value = true;
    expect(session.team.value).toBeNull();
    expect(log).toEqual([]);
    identity.value = { server: 's', agent: 'a' };
    expect(log).toEqual(['claim c-1']);
    identity.value = null;
    expect(log).toEqual(['claim c-1', 'release']);
    expect(session.team.value).toBeNull();
    stop();
  });

  it('carries the sync state of the records on show', async () => {
    const { session, team } = setup();
    const stop = followLease(session, team);
    session.history.value = [{ id: 'r1' }];
    await Promise.resolve();
    await Promise.resolve();
    expect(session.team.value?.records).toEqual({ r1: { state: 'sent', flag: null, reason: null } });
    stop();
  });
});
