import { z } from '../zod';
import { callbackRecordSchema } from '../schemas/callback-record';
import { customerSchema } from '../schemas/customer';
import { teamQueueItemSchema, type TeamQueueItem } from './team-queue-item';
import { teamDaySchema } from './team-day';

/**
 * The team-sync server's calls as the extension makes them (server/migrations, GraphQL names from PostGraphile:
 * docs/team-sync.md). Transport injected: `post(query, variables)` returns the parsed JSON reply or throws on a
 * network fault, so this module stays pure and its replies are zod-checked at the boundary.
 */
export type GraphqlPost = (query: string, variables: Record<string, unknown>) => Promise<unknown>;

const isoInstant = z.string().check(z.refine((s) => !Number.isNaN(Date.parse(s)), 'not a date-time'));

export const leaseSchema = z.object({
  ok: z.boolean(),
  reason: z.enum(['granted', 'held', 'renewed', 'released', 'held-by-other', 'stale', 'done', 'not-in-queue', 'empty']),
  customerKey: z.nullable(z.string()),
  leaseOwner: z.nullable(z.string()),
  // bigint arrives as a string from PostGraphile.
  leaseSeq: z.pipe(
    z.nullable(z.union([z.string(), z.number()])),
    z.transform((v) => (v === null ? null : Number(v))),
  ),
  leaseUntil: z.nullable(isoInstant),
  serverNow: isoInstant,
});
export type Lease = z.infer<typeof leaseSchema>;

export const submitResultSchema = z.object({
  rowId: z.nullable(z.string()),
  status: z.enum(['inserted', 'duplicate', 'rejected']),
  reason: z.nullable(z.string()),
  leaseFlag: z.nullable(z.enum(['no-lease', 'lease-lost'])),
});
export type SubmitResult = z.infer<typeof submitResultSchema>;

export { teamQueueItemSchema, type TeamQueueItem };

export const pullReplySchema = z.object({
  checkpoint: z.string().check(z.regex(/^\d{1,20}$/)),
  serverNow: isoInstant,
  full: z.boolean(),
  items: z.array(teamQueueItemSchema).check(z.maxLength(100_000)),
});
export type PullReply = z.infer<typeof pullReplySchema>;

/** One record of the outbox as the server takes it: the record and the lease its call held (null: none). */
export type OutgoingRecord = { record: z.infer<typeof callbackRecordSchema>; leaseSeq: number | null };

const leaseFields = 'ok reason customerKey leaseOwner leaseSeq leaseUntil serverNow';
export const syncDocuments = {
  claimNext: `mutation { claimNext(input: {}) { result { ${leaseFields} } } }`,
  claimCustomer: `mutation($key: String!) { claimCustomer(input: { customerKey: $key }) { result { ${leaseFields} } } }`,
  renewLease: `mutation($key: String!, $seq: BigInt!) { renewLease(input: { customerKey: $key, leaseSeq: $seq }) { result { ${leaseFields} } } }`,
  releaseLease: `mutation($key: String!, $seq: BigInt!) { releaseLease(input: { customerKey: $key, leaseSeq: $seq }) { result { ${leaseFields} } } }`,
  submitRecords: `mutation($records: JSON!, $customers: JSON!) { submitRecords(input: { records: $records, customers: $customers }) { result { rowId status reason leaseFlag } } }`,
  pullQueue: `query($checkpoint: String) { pullQueue(checkpoint: $checkpoint) }`,
  teamDay: `query { teamDay }`,
  monthlyExportPage: `mutation($month: String!, $after: String, $size: Int) { monthlyExportPage(input: { month: $month, afterId: $after, pageSize: $size }) { result } }`,
} as const;

/** A reply the server gave but refused (GraphQL errors): not worth retrying unchanged. */
export class SyncRefusal extends Error {
  constructor(
    message: string,
    readonly sqlstate: string | null,
  ) {
    super(message);
    this.name = 'SyncRefusal';
  }
}

const replySchema = z.object({
  data: z.optional(z.nullable(z.record(z.string(), z.unknown()))),
  errors: z.optional(
    z.array(z.object({ message: z.string(), extensions: z.optional(z.object({ sqlstate: z.optional(z.string()) })) })),
  ),
});

function dataOf(reply: unknown, field: string): unknown {
  const r = replySchema.safeParse(reply);
  if (!r.success) throw new Error(`team sync: the server's reply is not GraphQL (${r.error.issues[0]?.message})`);
  const first = r.data.errors?.[0];
  if (first) throw new SyncRefusal(first.message, first.extensions?.sqlstate ?? null);
  const value = r.data.data?.[field];
  if (value === undefined) throw new Error(`team sync: the reply has no ${field}`);
  return value;
}

function resultOf<T>(reply: unknown, field: string, schema: z.ZodMiniType<T>): T {
  const payload = z.object({ result: z.unknown() }).safeParse(dataOf(reply, field));
  if (!payload.success) throw new Error(`team sync: ${field} has no result`);
  const parsed = schema.safeParse(payload.data.result);
  if (!parsed.success) throw new Error(`team sync: ${field} replied ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}

export function createSyncApi(post: GraphqlPost) {
  return {
    claimNext: async () => resultOf(await post(syncDocuments.claimNext, {}), 'claimNext', leaseSchema),
    claimCustomer: async (key: string) =>
      resultOf(await post(syncDocuments.claimCustomer, { key }), 'claimCustomer', leaseSchema),
    renewLease: async (key: string, seq: number) =>
      resultOf(await post(syncDocuments.renewLease, { key, seq: String(seq) }), 'renewLease', leaseSchema),
    releaseLease: async (key: string, seq: number) =>
      resultOf(await post(syncDocuments.releaseLease, { key, seq: String(seq) }), 'releaseLease', leaseSchema),
    submitRecords: async (records: readonly OutgoingRecord[], customers: readonly z.infer<typeof customerSchema>[]) =>
      resultOf(
        await post(syncDocuments.submitRecords, { records, customers }),
        'submitRecords',
        z.array(submitResultSchema),
      ),
    pullQueue: async (checkpoint: string | null) => {
      const parsed = pullReplySchema.safeParse(
        dataOf(await post(syncDocuments.pullQueue, { checkpoint }), 'pullQueue'),
      );
      if (!parsed.success) throw new Error(`team sync: pullQueue replied ${parsed.error.issues[0]?.message}`);
      return parsed.data;
    },
    /** The supervisor's team day (server/migrations/0008_team_day.sql; supervisors and auditors). */
    teamDay: async () => {
      const raw = dataOf(await post(syncDocuments.teamDay, {}), 'teamDay');
      const parsed = teamDaySchema.safeParse(typeof raw === 'string' ? JSON.parse(raw) : raw);
      if (!parsed.success) throw new Error(`team sync: teamDay replied ${parsed.error.issues[0]?.message}`);
      return parsed.data;
    },
    /** One page of the month as our export envelope plus `next` (supervisors and auditors; server checks the role). */
    monthlyExportPage: async (month: string, after: string | null, size: number): Promise<unknown> => {
      const raw = resultOf(
        await post(syncDocuments.monthlyExportPage, { month, after, size }),
        'monthlyExportPage',
        z.unknown(),
      );
      return typeof raw === 'string' ? JSON.parse(raw) : raw;
    },
  };
}
export type SyncApi = ReturnType<typeof createSyncApi>;
