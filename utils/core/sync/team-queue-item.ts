import { z } from '../zod';

// One customer of the team queue as the server's pull_queue sends it (server/migrations/0002_leases.sql): cached in
// Dexie (teamQueue) and read by the panel's queue in every build; the calls that fetch it are in sync-api.ts, which
// only the team build bundles (docs/team-sync.md, "Zero network in the store build").

const isoInstant = z.string().check(z.refine((s) => !Number.isNaN(Date.parse(s)), 'not a date-time'));

export const teamQueueItemSchema = z.object({
  customerKey: z.string().check(z.minLength(1), z.maxLength(500)),
  name: z.string().check(z.maxLength(200)),
  phone: z.nullable(z.string().check(z.maxLength(100))),
  product: z.string().check(z.maxLength(500)),
  kind: z.nullable(z.string().check(z.maxLength(100))),
  dueAt: z.nullable(isoInstant),
  callBackAt: z.nullable(isoInstant),
  recordUrl: z.nullable(z.string().check(z.maxLength(4000))),
  assignedTo: z.nullable(z.string().check(z.maxLength(200))),
  status: z.enum(['open', 'done']),
  attempts: z.int().check(z.gte(0)),
  lastOutcome: z.nullable(z.string()),
  lastAttemptAt: z.nullable(isoInstant),
  leaseOwner: z.nullable(z.string()),
  leaseUntil: z.nullable(isoInstant),
  leaseSeq: z.int().check(z.gte(0)),
});
export type TeamQueueItem = z.infer<typeof teamQueueItemSchema>;
