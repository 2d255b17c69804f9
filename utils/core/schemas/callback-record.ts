import { z } from 'zod';
import { callbackKindSchema } from '../callback-kinds';
import { standardFieldKeySchema } from './customer-context';

export const channelSchema = z.enum(['phone', 'sms', 'email', 'visit', 'letter', 'wechat']);
export type Channel = z.infer<typeof channelSchema>;

export const outcomeSchema = z.enum([
  'reached',
  'no-answer',
  'busy',
  'refused',
  'wrong-number',
  /** 空号: the number does not exist (the operator says so), distinct from a wrong person at a real number. */
  'no-such-number',
  'call-back-later',
  'message-sent',
]);
export type Outcome = z.infer<typeof outcomeSchema>;

/** The 4-level scale of the utility questionnaire: 满意 / 比较满意 / 基本满意 / 不满意. */
export const satisfactionSchema = z.enum(['satisfied', 'fairly-satisfied', 'basically-satisfied', 'dissatisfied']);
export type Satisfaction = z.infer<typeof satisfactionSchema>;

const isoDateTime = z.iso.datetime({ offset: true });
const answerValueSchema = z.union([
  z.string().max(20_000),
  z.number(),
  z.boolean(),
  z.array(z.string().max(500)).max(100),
  z.null(),
]);

/** One attempt at one callback. Finished records are immutable; a correction is a new revision. */
export const callbackRecordSchema = z.object({
  id: z.string().min(1).max(100),
  customerKey: z.string().min(1).max(500),
  kind: callbackKindSchema,
  scriptId: z.string().max(200).nullable(),
  scriptVersion: z.number().int().nonnegative().nullable(),
  channel: channelSchema,
  startedAt: isoDateTime,
  endedAt: isoDateTime.nullable(),
  ringSeconds: z.number().nonnegative().max(3600).nullable(),
  outcome: outcomeSchema,
  callBackAt: isoDateTime.nullable(),
  answers: z.record(z.string().max(200), answerValueSchema),
  path: z.array(z.string().max(200)).max(5000),
  ticks: z.record(z.string().max(200), isoDateTime),
  flags: z.array(z.string().max(100)).max(100),
  satisfaction: satisfactionSchema.nullable(),
  notes: z.string().max(20_000),
  agent: z.string().max(200),
  sourceUrl: z.string().max(4000),
  context: z.partialRecord(standardFieldKeySchema, z.string().max(4000)),
  /** The deadline this attempt served (YYYY-MM-DD or ISO datetime), when a rule set one. */
  dueAt: z.string().max(40).nullable(),
  revision: z.number().int().nonnegative(),
  supersedes: z.string().max(100).nullable(),
  /** Why a "reached" record was saved with required checklist items of its path still open (docs/report.md). */
  openItemsReason: z.string().max(2000).optional(),
  /** The agent confirmed a no-answer that rang under 20 seconds (篇六 第十二条); such attempts do not count. */
  shortRingConfirmed: z.boolean().optional(),
  /** Why a revision corrected the record it supersedes (absent on first versions). */
  revisionReason: z.string().max(2000).optional(),
  recordedAt: isoDateTime,
});
export type CallbackRecord = z.infer<typeof callbackRecordSchema>;
