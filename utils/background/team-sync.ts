import { computed, signal } from '@preact/signals-core';
import type { HuifangDb } from '@/utils/db/app-db';
import * as data from '@/utils/db';
import { customerSchema, type Customer } from '@/utils/core/schemas/customer';
import {
  effectiveSync,
  managedPolicySchema,
  syncConfigDefaults,
  syncConfigKey,
  syncConfigSchema,
  type EffectiveSync,
  type ManagedPolicy,
  type SyncConfig,
} from '@/utils/core/sync/sync-config';
import { createSyncApi, SyncRefusal, type GraphqlPost, type SyncApi } from '@/utils/core/sync/sync-api';
import { readResults, scheduleRetry, singleFlight, takeBatch } from '@/utils/core/sync/outbox';
import { createLeaseKeeper, renewEveryMs, type LeaseState } from '@/utils/core/sync/lease-keeper';
import type { TeamSyncForCalls } from '@/utils/call/call-lease';

// Team sync in the background (docs/team-sync.md, "The extension"): nothing here sends anything until the settings,
// the managed policy, the build and the host permission all say so. Then: the outbox is flushed on an alarm every
// 30 s, on `online` and after each record; the team queue is pulled from its checkpoint on the same alarm; each open
// call holds its customer's lease (utils/call/call-lease.ts).

export const syncAlarmName = 'huifang-team-sync';
const requestTimeoutMs = 15_000;

/** The server origin this build may reach (its CSP's connect-src); empty in the store build: sync is off. */
export function buildSyncOrigin(): string {
  const value: unknown = import.meta.env.WXT_SYNC_ORIGIN;
  return typeof value === 'string' ? value : '';
}

export type SyncStatus = {
  buildOrigin: string;
  state: EffectiveSync | { active: false; problem: 'no-permission'; policyServer: boolean };
  config: SyncConfig;
  policy: ManagedPolicy;
  counts: { pending: number; sent: number; rejected: number };
  lastFlush: { at: string; error: string | null } | null;
  lastPull: { at: string; error: string | null } | null;
};

/** The parts of `browser` this uses (tests pass fakes). */
export type TeamSyncApis = {
  storage: {
    local: { get(key: string): Promise<Record<string, unknown>> };
    managed?: { get(): Promise<Record<string, unknown>> };
  };
  permissions: { contains(p: { origins: string[] }): Promise<boolean> };
  alarms: {
    create(name: string, info: { periodInMinutes: number; delayInMinutes?: number }): Promise<void>;
    clear(name: string): Promise<unknown>;
  };
};

export function createTeamSync(db: HuifangDb, apis: TeamSyncApis, buildOrigin = buildSyncOrigin()) {
  const config = signal<SyncConfig>(syncConfigDefaults);
  const policy = signal<ManagedPolicy>({});
  const permitted = signal(false);
  const tick = signal(Date.now());
  const state = computed((): SyncStatus['state'] => {
    const s = effectiveSync(config.value, policy.value, buildOrigin, tick.value);
    if (s.active && !permitted.value) return { active: false, problem: 'no-permission', policyServer: s.policyServer };
    return s;
  });
  const identity = computed(() => {
    const s = state.value;
    return s.active ? { server: new URL(s.origin).host, agent: s.claims.sub } : null;
  });
  /** Lease numbers held by open calls, by customer: the record of the call carries its lease. */
  const seqs = new Map<string, number>();
  const keepers = new Set<{ renew(): Promise<void>; lastRenew: number }>();
  const outboxChanges = signal(0);

  const post: GraphqlPost = async (query, variables) => {
    const s = state.peek();
    if (!s.active) throw new Error('team sync is off');
    const res = await fetch(`${s.origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${s.token}` },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(requestTimeoutMs),
      credentials: 'omit',
    });
    if (!(res.headers.get('content-type') ?? '').includes('json')) throw new Error(`HTTP ${res.status}`);
    return res.json();
  };
  const api: SyncApi = createSyncApi(post);

  async function refresh(): Promise<void> {
    const local = await apis.storage.local.get(syncConfigKey).catch(() => ({}) as Record<string, unknown>);
    config.value = syncConfigSchema.safeParse(local[syncConfigKey]).data ?? syncConfigDefaults;
    // Managed storage exists only where a policy can be set (Chrome with managed_schema); elsewhere it throws.
    const managed = await apis.storage.managed?.get().catch(() => ({}));
    policy.value = managedPolicySchema.safeParse(managed ?? {}).data ?? {};
    const s = effectiveSync(config.value, policy.value, buildOrigin, Date.now());
    permitted.value = s.active
      ? await apis.permissions.contains({ origins: [`${s.origin}/*`] }).catch(() => false)
      : false;
    tick.value = Date.now();
    const now = state.peek();
    const id = now.active ? `${now.origin} ${now.claims.tenant} ${now.claims.sub}` : null;
    // Another server or agent (or logout): the cached queue and checkpoint were the old one's.
    if ((await data.readSyncMeta(db, 'identity')) !== id) {
      await data.forgetTeamQueue(db);
      await data.writeSyncMeta(db, 'identity', id);
    }
    if (now.active) await apis.alarms.create(syncAlarmName, { periodInMinutes: 0.5, delayInMinutes: 0.5 });
    else await apis.alarms.clear(syncAlarmName);
  }

  const note = (key: 'lastFlush' | 'lastPull', error: string | null) =>
    data.writeSyncMeta(db, key, { at: new Date().toISOString(), error });
  const message = (err: unknown) =>
    err instanceof SyncRefusal ? err.message : err instanceof Error ? err.message : String(err);

  let ignoreBackoff = false;
  const flushOnce = singleFlight(() =>
    flushOutbox().finally(() => {
      // The panels re-read their records' sync states (queued, sent, refused).
      outboxChanges.value++;
    }),
  );
  /** `now`: back online or the agent asked — send what waits without waiting out the backoff. */
  const flush = (now = false) => {
    if (now) ignoreBackoff = true;
    return flushOnce();
  };
  async function flushOutbox(): Promise<void> {
    for (let round = 0; round < 50 && state.peek().active; round++) {
      const now = Date.now();
      const batch = takeBatch(await data.pendingOutbox(db), ignoreBackoff ? Infinity : now);
      ignoreBackoff = false;
      if (!batch.length) return;
      const records = await db.callbacks.bulkGet(batch.map((e) => e.recordId));
      const keys = [...new Set(records.flatMap((r) => (r ? [r.customerKey] : [])))];
      const customers = (await db.customers.bulkGet(keys)).flatMap((c): Customer[] => {
        const parsed = customerSchema.safeParse(c);
        return parsed.success ? [parsed.data] : [];
      });
      const missing = batch.filter((_, i) => !records[i]).map((e) => e.recordId);
      try {
        const results = await api.submitRecords(
          batch.flatMap((e, i) => {
            const record = records[i];
            return record ? [{ record, leaseSeq: e.leaseSeq }] : [];
          }),
          customers,
        );
        const outcome = readResults(batch, results);
        for (const id of missing) outcome.rejected.set(id, 'the record is no longer stored here');
        await data.applyFlushOutcome(db, outcome, new Date());
        await note('lastFlush', null);
        // An id the server did not answer for stays pending; stop rather than resend it in a tight loop.
        if (outcome.done.length + outcome.rejected.size < batch.length) return;
      } catch (err) {
        await data.postponeOutbox(db, scheduleRetry(batch, now, Math.random()));
        await note('lastFlush', message(err));
        return;
      }
    }
  }

  const pull = singleFlight(async (): Promise<void> => {
    if (!state.peek().active) return;
    try {
      const checkpoint = await data.readSyncMeta(db, 'checkpoint');
      await data.storePull(db, await api.pullQueue(typeof checkpoint === 'string' ? checkpoint : null));
    } catch (err) {
      await note('lastPull', message(err));
    }
  });

  const forCalls: TeamSyncForCalls = {
    identity,
    outboxChanges,
    async recordStates(ids) {
      const states = await data.recordSyncStates(db, ids);
      return Object.fromEntries(
        states.map((s) => [s.recordId, { state: s.state, flag: s.leaseFlag, reason: s.rejected }]),
      );
    },
    keeper(onChange) {
      let key: string | null = null;
      const entry = { lastRenew: Date.now(), renew: async () => undefined as void };
      const keeper = createLeaseKeeper(
        api,
        {
          setInterval: (fn, ms) => setInterval(fn, ms),
          clearInterval: (h) => {
            if (typeof h === 'number') clearInterval(h);
          },
        },
        (s: LeaseState) => {
          if (s.kind !== 'idle') key = s.customerKey;
          if (key !== null) {
            if (s.kind === 'held') seqs.set(key, s.seq);
            else seqs.delete(key);
          }
          if (s.kind === 'idle') keepers.delete(entry);
          else keepers.add(entry);
          entry.lastRenew = Date.now();
          onChange(s);
        },
      );
      entry.renew = keeper.renew;
      return keeper;
    },
  };

  return {
    forCalls,
    state,
    refresh,
    flush,
    pull,
    /** The alarm: send, pull, and renew leases a stopped worker's timers missed. */
    async onAlarm() {
      tick.value = Date.now();
      for (const k of keepers) if (Date.now() - k.lastRenew >= renewEveryMs) void k.renew();
      await flush();
      await pull();
    },
    /** The lease the open call on this customer holds, for its record; undefined while sync is off. */
    syncFor(customerKey: string): { leaseSeq: number | null } | undefined {
      return state.peek().active ? { leaseSeq: seqs.get(customerKey) ?? null } : undefined;
    },
    /** The supervisor's calls that are not the queue's (the 月报 from monthly_export). */
    post,
    async status(): Promise<SyncStatus> {
      const meta = async (k: string) => {
        const v = await data.readSyncMeta(db, k);
        return v && typeof v === 'object' && 'at' in v && 'error' in v
          ? { at: String(v.at), error: typeof v.error === 'string' ? v.error : null }
          : null;
      };
      return {
        buildOrigin,
        state: state.peek(),
        config: config.peek(),
        policy: policy.peek(),
        counts: await data.countOutbox(db),
        lastFlush: await meta('lastFlush'),
        lastPull: await meta('lastPull'),
      };
    },
  };
}
export type TeamSync = ReturnType<typeof createTeamSync>;
