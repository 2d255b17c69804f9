import { z } from '../zod';
import { callbackKindSchema } from '../callback-kinds';
import { standardFieldKeySchema } from './customer-context';
import { outcomes, satisfactions } from './outcomes';

export const channelSchema = z.enum(['phone', 'sms', 'email', 'visit', 'letter', 'wechat']);
export type Channel = z.infer<typeof channelSchema>;

export { outcomes, satisfactions, type Outcome, type Satisfaction } from './outcomes';
export const outcomeSchema = z.enum(outcomes);
export const satisfactionSchema = z.enum(satisfactions);

const isoDateTime = z.iso.datetime({ offset: true });
const answerValueSchema = z.union([
  z.string().check(z.maxLength(20_000)),
  z.number(),
  z.boolean(),
  z.array(z.string().check(z.maxLength(500))).check(z.maxLength(100)),
  z.null(),
]);

/** One attempt at one callback. Finished records are immutable; a correction is a new revision. */
export const callbackRecordSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  customerKey: z.string().check(z.minLength(1), z.maxLength(500)),
  kind: callbackKindSchema,
  scriptId: z.nullable(z.string().check(z.maxLength(200))),
  scriptVersion: z.nullable(z.int().check(z.nonnegative())),
  channel: channelSchema,
  startedAt: isoDateTime,
  endedAt: z.nullable(isoDateTime),
  ringSeconds: z.nullable(z.number().check(z.nonnegative(), z.lte(3600))),
  outcome: outcomeSchema,
  callBackAt: z.nullable(isoDateTime),
  answers: z.record(z.string().check(z.maxLength(200)), answerValueSchema),
  path: z.array(z.string().check(z.maxLength(200))).check(z.maxLength(5000)),
  ticks: z.record(z.string().check(z.maxLength(200)), isoDateTime),
  flags: z.array(z.string().check(z.maxLength(100))).check(z.maxLength(100)),
  satisfaction: z.nullable(satisfactionSchema),
  notes: z.string().check(z.maxLength(20_000)),
  agent: z.string().check(z.maxLength(200)),
  sourceUrl: z.string().check(z.maxLength(4000)),
  context: z.partialRecord(standardFieldKeySchema, z.string().check(z.maxLength(4000))),
  /** The deadline this attempt served (YYYY-MM-DD or ISO datetime), when a rule set one. */
  dueAt: z.nullable(z.string().check(z.maxLength(40))),
  revision: z.int().check(z.nonnegative()),
  supersedes: z.nullable(z.string().check(z.maxLength(100))),
  /** Why a "reached" record was saved with required checklist items of its path still open (docs/report.md). */
  openItemsReason: z.optional(z.string().check(z.maxLength(2000))),
  /** The agent confirmed a no-answer that rang under 20 seconds (篇六 第十二条); such attempts do not count. */
  shortRingConfirmed: z.optional(z.boolean()),
  /** Why a revision corrected the record it supersedes (absent on first versions). */
  revisionReason: z.optional(z.string().check(z.maxLength(2000))),
  recordedAt: isoDateTime,
});
export type CallbackRecord = z.infer<typeof callbackRecordSchema>;
