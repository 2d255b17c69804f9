import { computed, signal } from '@preact/signals-core';
import { z } from 'zod';
import type { HuifangDb } from '@/utils/db/app-db';
import * as data from '@/utils/db';
import { customerSchema, type Customer } from '@/utils/core/schemas/customer';
import {
  effectiveSync,
  managedPolicySchema,
  originOf,
  buildAllows,
  renewalDue,
  syncConfigDefaults,
  syncConfigKey,
  syncConfigSchema,
  type EffectiveSync,
  type ManagedPolicy,
  type SyncConfig,
} from '@/utils/core/sync/sync-config';
import { AuthRefusal, deviceLabel, normaliseCode, postAuth } from '@/utils/core/sync/enrolment';
import { createSyncApi, SyncRefusal, type GraphqlPost, type SyncApi } from '@/utils/core/sync/sync-api';
import { readResults, scheduleRetry, singleFlight, takeBatch } from '@/utils/core/sync/outbox';
import { createLeaseKeeper, renewEveryMs, type LeaseState } from '@/utils/core/sync/lease-keeper';
import type { TeamSyncForCalls } from '@/utils/call/call-lease';
import { exportEnvelopeSchema } from '@/utils/core/export/envelope';
import type { CallbackRecord } from '@/utils/core/schemas/callback-record';

// Team sync in the background (docs/team-sync.md, "The extension"): nothing here sends anything until the settings,
// the managed policy, the build and the host permission all say so. Then: the outbox is flushed on an alarm every
// 30 s, on `online` and after each record; the team queue is pulled from its checkpoint on the same alarm; each open
// call holds its customer's lease (utils/call/call-lease.ts).

export const syncAlarmName = 'huifang-team-sync';
const requestTimeoutMs = 15_000;
const monthPageSize = 5000;

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
  /** The last login, renewal or logout problem (a refused code, an ended session), or null. */
  lastLogin: { at: string; error: string | null } | null;
};

/** The parts of `browser` this uses (tests pass fakes). */
export type TeamSyncApis = {
  storage: {
    local: { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> };
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

  async function readConfig(): Promise<SyncConfig> {
    const local = await apis.storage.local.get(syncConfigKey).catch(() => ({}) as Record<string, unknown>);
    return syncConfigSchema.safeParse(local[syncConfigKey]).data ?? syncConfigDefaults;
  }
  async function writeConfig(next: SyncConfig): Promise<void> {
    await apis.storage.local.set({ [syncConfigKey]: next });
    config.value = next;
  }
  const hasPermission = (origin: string) => apis.permissions.contains({ origins: [`${origin}/*`] }).catch(() => false);

  /**
   * A new access token from the session secret when the current one nears its end (docs/team-sync.md, "Logging
   * in"). Only while everything else says "send" (renewalDue): a policy switch-off or a logout stops it too.
   */
  const renew = singleFlight(async (): Promise<void> => {
    const due = renewalDue(config.peek(), policy.peek(), buildOrigin, Date.now());
    if (!due || !(await hasPermission(due.origin))) return;
    try {
      const reply = await postAuth(fetch, due.origin, 'refresh', { refreshToken: due.refreshToken });
      // A logout (or a new login) while the request was out wins: write only onto the session it was asked for.
      const current = await readConfig();
      if (reply && current.refreshToken === due.refreshToken)
        await writeConfig({ ...current, token: reply.accessToken });
      await note('lastLogin', null);
    } catch (err) {
      if (err instanceof AuthRefusal) {
        // The session ended (revoked, idle too long): drop it; the agent needs a new code.
        const current = await readConfig();
        if (current.refreshToken === due.refreshToken) await writeConfig({ ...current, token: '', refreshToken: '' });
      }
      await note('lastLogin', message(err));
    }
  });

  async function refresh(): Promise<void> {
    config.value = await readConfig();
    // Managed storage exists only where a policy can be set (Chrome with managed_schema); elsewhere it throws.
    const managed = await apis.storage.managed?.get().catch(() => ({}));
    policy.value = managedPolicySchema.safeParse(managed ?? {}).data ?? {};
    await renew();
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
    // A session whose token ran out while the server was unreachable keeps the alarm, to renew it when it is back.
    if (now.active || renewalDue(config.peek(), policy.peek(), buildOrigin, Date.now()))
      await apis.alarms.create(syncAlarmName, { periodInMinutes: 0.5, delayInMinutes: 0.5 });
    else await apis.alarms.clear(syncAlarmName);
  }

  const note = (key: 'lastFlush' | 'lastPull' | 'lastLogin', error: string | null) =>
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
      await renew();
      tick.value = Date.now();
      for (const k of keepers) if (Date.now() - k.lastRenew >= renewEveryMs) void k.renew();
      await flush();
      await pull();
    },
    /** The lease the open call on this customer holds, for its record; undefined while sync is off. */
    syncFor(customerKey: string): { leaseSeq: number | null } | undefined {
      return state.peek().active ? { leaseSeq: seqs.get(customerKey) ?? null } : undefined;
    },
    /** The supervisor's team day, fresh from the server (the options page asks every 30 s while it is open). */
    teamDay: () => api.teamDay(),
    /**
     * One month of the team's records from the server for the 月报 (supervisors and auditors), page by page
     * (monthly_export_page, server/migrations/0005: one JSON value caps near 400,000 records), each page checked as
     * our export envelope.
     */
    async monthExport(month: string): Promise<{ records: CallbackRecord[]; customers: Customer[] }> {
      const records: CallbackRecord[] = [];
      const customers = new Map<string, Customer>();
      let after: string | null = null;
      for (let page = 0; page < 1000; page++) {
        const value = await api.monthlyExportPage(month, after, monthPageSize);
        const next = z.object({ next: z.string().nullable() }).safeParse(value);
        const envelope = exportEnvelopeSchema.safeParse(value);
        if (!envelope.success || !next.success)
          throw new Error(
            `the server's month is not an export envelope: ${envelope.error?.issues[0]?.message ?? 'no next'}`,
          );
        records.push(...envelope.data.records);
        for (const c of envelope.data.customers) customers.set(c.key, c);
        after = next.data.next;
        if (after === null) break;
      }
      return { records, customers: [...customers.values()] };
    },
    /**
     * Logs in with a supervisor's enrolment code: the only request made before login, to the build's server, after
     * the agent granted access to it (the options page asks inside the click). Throws a message for the agent.
     */
    async enrol(server: string, typedCode: string, userAgent: string): Promise<void> {
      const code = normaliseCode(typedCode);
      if (!code) throw new Error('enrolment-code-format');
      const current = await readConfig();
      const pol = policy.peek();
      if (pol.teamSyncEnabled === false) throw new Error('policy-off');
      const origin = originOf(pol.teamSyncServer ?? server);
      if (!origin) throw new Error('bad-server');
      if (!buildAllows(buildOrigin, origin)) throw new Error('server-not-allowed');
      if (!(await hasPermission(origin))) throw new Error('no-permission');
      const reply = await postAuth(fetch, origin, 'enrol', { code, device: deviceLabel(userAgent) }).catch(
        (err: unknown) => {
          // Unknown, expired or used: the server says which of them on purpose not (server/migrations/0007).
          throw err instanceof AuthRefusal && err.status === 401 ? new Error('enrol-refused') : err;
        },
      );
      if (!reply?.refreshToken) throw new Error('the server sent no session secret');
      await writeConfig({
        ...current,
        enabled: true,
        server: origin,
        token: reply.accessToken,
        refreshToken: reply.refreshToken,
      });
      await note('lastLogin', null);
      await refresh();
    },
    /**
     * Logout: the token and the session secret are dropped first (nothing else is sent from then on), then the server
     * is told once to end the session, so the secret is useless even if this computer's copy was taken.
     */
    async logout(): Promise<void> {
      const current = await readConfig();
      const due = current.refreshToken?.trim() ? originOf(policy.peek().teamSyncServer ?? current.server) : null;
      await writeConfig({ ...current, enabled: false, token: '', refreshToken: '' });
      await refresh();
      if (due && current.refreshToken && buildAllows(buildOrigin, due) && (await hasPermission(due))) {
        await postAuth(fetch, due, 'logout', { refreshToken: current.refreshToken }).catch((err: unknown) =>
          note('lastLogin', message(err)),
        );
      }
    },
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
        lastLogin: await meta('lastLogin'),
      };
    },
  };
}
export type TeamSync = ReturnType<typeof createTeamSync>;
