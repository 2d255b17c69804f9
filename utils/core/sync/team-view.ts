import { z } from '../zod';

// What the views show of team sync (the call snapshot's `team`): in every build, beside the call protocol. The lease
// keeper that fills it (lease-keeper.ts) and everything that talks to the server are only in the team build
// (wxt.config.ts, docs/team-sync.md "Zero network in the store build").

/** What the panel shows about the customer of the open call. */
export type LeaseState =
  | { kind: 'idle' }
  | { kind: 'held'; customerKey: string; seq: number; until: string }
  | { kind: 'held-by-other'; customerKey: string; owner: string; until: string | null }
  | { kind: 'lost'; customerKey: string }
  /** 离线：无法锁定，仍可记录 — the call is recorded, sent later, flagged no-lease. */
  | { kind: 'offline'; customerKey: string };

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
