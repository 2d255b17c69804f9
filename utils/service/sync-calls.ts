import { z } from '@/utils/core/zod';
import { teamDaySchema } from '@/utils/core/sync/team-day';
import { callbackRecordSchema } from '@/utils/core/schemas/callback-record';
import { customerSchema } from '@/utils/core/schemas/customer';
import { defineCall, type ServiceEnv } from './define-call';

// Team sync (#16, docs/team-sync.md): what the options page and the panel ask of the background's sync engine
// (utils/background/team-sync.ts). Spread into calls.ts. In a build without sync every call answers "off". No request
// is made here: the engine holds every server call, so the store build, which does not bundle it, has none
// (docs/team-sync.md, "Zero network in the store build").

const stamp = z.nullable(z.object({ at: z.string(), error: z.nullable(z.string()) }));

/** What a page may see of the sync state: never the token itself. */
export const syncStatusSchema = z.object({
  buildOrigin: z.string(),
  active: z.boolean(),
  problem: z.nullable(z.string()),
  origin: z.nullable(z.string()),
  agent: z.nullable(z.string()),
  tenant: z.nullable(z.string()),
  role: z.nullable(z.string()),
  policyServer: z.boolean(),
  policyEnabled: z.nullable(z.boolean()),
  server: z.string(),
  enabled: z.boolean(),
  hasToken: z.boolean(),
  /** Logged in with an enrolment code: the token renews itself (a pasted token does not). */
  enrolled: z.boolean(),
  lastLogin: stamp,
  counts: z.object({ pending: z.number(), sent: z.number(), rejected: z.number() }),
  lastFlush: stamp,
  lastPull: stamp,
});
export type SyncStatusView = z.infer<typeof syncStatusSchema>;

const off: SyncStatusView = {
  buildOrigin: '',
  active: false,
  problem: 'build-without-sync',
  origin: null,
  agent: null,
  tenant: null,
  role: null,
  policyServer: false,
  policyEnabled: null,
  server: '',
  enabled: false,
  hasToken: false,
  enrolled: false,
  lastLogin: null,
  counts: { pending: 0, sent: 0, rejected: 0 },
  lastFlush: null,
  lastPull: null,
};

async function statusOf(env: ServiceEnv): Promise<SyncStatusView> {
  const sync = env.teamSync;
  if (!sync) return off;
  const s = await sync.status();
  const st = s.state;
  return {
    buildOrigin: s.buildOrigin,
    active: st.active,
    problem: st.active ? null : st.problem,
    origin: st.active ? st.origin : null,
    agent: st.active ? st.claims.sub : null,
    tenant: st.active ? st.claims.tenant : null,
    role: st.active ? st.claims.role : null,
    policyServer: st.policyServer,
    policyEnabled: s.policy.teamSyncEnabled ?? null,
    server: s.policy.teamSyncServer ?? s.config.server,
    enabled: s.config.enabled,
    hasToken: s.config.token.trim() !== '',
    enrolled: !!s.config.refreshToken?.trim(),
    lastLogin: s.lastLogin,
    counts: s.counts,
    lastFlush: s.lastFlush,
    lastPull: s.lastPull,
  };
}

export const syncCalls = {
  /** Whether sync is on, for whom, against which server, and what waits in the outbox. */
  teamSyncStatus: defineCall({ input: z.object({}), output: syncStatusSchema, run: (env) => statusOf(env) }),
  /** The settings or the permission changed (options page), or "同步" was pressed: re-read, send, pull. */
  teamSyncNow: defineCall({
    input: z.object({}),
    output: syncStatusSchema,
    run: async (env) => {
      await env.teamSync?.refresh();
      await env.teamSync?.flush(true);
      await env.teamSync?.pull();
      return statusOf(env);
    },
  }),
  /**
   * Log in with the supervisor's enrolment code (the options page has asked for access to the server inside the
   * click): the one request before login. Errors are keys the page translates (syncEnrolError-…) or the server's words.
   */
  teamSyncEnrol: defineCall({
    input: z.object({ server: z.string().check(z.maxLength(300)), code: z.string().check(z.maxLength(100)) }),
    output: syncStatusSchema,
    run: async (env, { server, code }) => {
      if (!env.teamSync) throw new Error('build-without-sync');
      await env.teamSync.enrol(server, code, globalThis.navigator?.userAgent ?? '');
      await env.teamSync.flush(true);
      await env.teamSync.pull();
      return statusOf(env);
    },
  }),
  /** Log out: drop the token and session secret (nothing is sent from then on), then end the session on the server. */
  teamSyncLogout: defineCall({
    input: z.object({}),
    output: syncStatusSchema,
    run: async (env) => {
      await env.teamSync?.logout();
      return statusOf(env);
    },
  }),
  /**
   * The supervisor's team day from the server (team_day(): due, held, done per agent). Supervisors and auditors;
   * the server refuses anyone else, and while sync is off there is nothing to ask.
   */
  teamDay: defineCall({
    input: z.object({}),
    output: teamDaySchema,
    run: async (env) => {
      const sync = env.teamSync;
      if (!sync || !(await statusOf(env)).active) throw new Error('team sync is off');
      return sync.teamDay();
    },
  }),
  /** Each record's sync state (absent: recorded while sync was off), for the "已同步" badge in History. */
  recordSyncStates: defineCall({
    input: z.object({ ids: z.array(z.string().check(z.minLength(1), z.maxLength(200))).check(z.maxLength(500)) }),
    output: z.array(
      z.object({
        recordId: z.string(),
        state: z.enum(['pending', 'sent', 'rejected']),
        leaseFlag: z.nullable(z.enum(['no-lease', 'lease-lost'])),
        rejected: z.nullable(z.string()),
        sentAt: z.nullable(z.string()),
      }),
    ),
    run: (env, { ids }) => env.data.recordSyncStates(env.db, ids),
  }),
  /**
   * One month of the team's records from the server (`monthly_export`, supervisors and auditors: the server checks
   * the role), checked as our export envelope, for the 月报 on the options page (utils/core/report).
   */
  teamMonthExport: defineCall({
    input: z.object({ month: z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/)) }),
    output: z.object({ records: z.array(callbackRecordSchema), customers: z.array(customerSchema) }),
    run: async (env, { month }) => {
      const sync = env.teamSync;
      if (!sync || !(await statusOf(env)).active) throw new Error('team sync is off');
      return sync.monthExport(month);
    },
  }),
};
