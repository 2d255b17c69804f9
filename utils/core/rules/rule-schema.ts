import { z } from 'zod';
import { callbackKindSchema } from '../callback-kinds';
import { standardFieldKeySchema } from '../schemas/customer-context';
import { localizedTextSchema } from '../script/localized';

/** What starts the clock of a callback. */
export const triggerSchema = z.enum([
  'contract-signed',
  'last-callback',
  'complaint-closed',
  'agreement-changed',
  'contract-terminated',
  'policy-delivered',
  'product-use',
  'installation-archived',
  'repair-archived',
  'letter-received',
  'period-start',
  'sales-visit',
  'none',
]);
export type Trigger = z.infer<typeof triggerSchema>;

export const deadlineSchema = z.discriminatedUnion('type', [
  /** The end of the Nth working day after the event's day (day 0). */
  z.object({ type: z.literal('working-days'), days: z.number().int().positive() }),
  /** N hours after the event instant; `disasterHours` when a disaster has been declared. */
  z.object({
    type: z.literal('hours'),
    hours: z.number().int().positive(),
    disasterHours: z.number().int().positive().optional(),
  }),
  /** The Nth calendar day after the event's day; negative: before it (a reminder before use). */
  z.object({ type: z.literal('calendar-days'), days: z.number().int(), configurable: z.boolean().optional() }),
  /** The same day N months later (clamped to the month's end). */
  z.object({ type: z.literal('calendar-months'), months: z.number().int().positive() }),
  /** By the end of the month / half-year / year that holds the event, `times` times in it. */
  z.object({
    type: z.literal('period'),
    period: z.enum(['month', 'half-year', 'year']),
    times: z.number().int().positive(),
  }),
  /** The source sets no deadline. */
  z.object({ type: z.literal('none') }),
]);
export type Deadline = z.infer<typeof deadlineSchema>;

export const clauseSchema = z.object({
  /** 篇一 … 篇十二 of the source texts. */
  text: z.string(),
  article: z.string(),
  label: localizedTextSchema,
});
export type Clause = z.infer<typeof clauseSchema>;

/** A required field, or a list of fields any one of which will do (phone or mobile). */
export const requiredFieldSchema = z.union([standardFieldKeySchema, z.array(standardFieldKeySchema).min(1)]);
export type RequiredField = z.infer<typeof requiredFieldSchema>;

export const kindRuleSchema = z.object({
  kind: callbackKindSchema,
  label: localizedTextSchema,
  trigger: triggerSchema,
  triggerLabel: localizedTextSchema,
  deadline: deadlineSchema,
  /** A second, looser limit (new-contract: done within one calendar month of signing). */
  limit: deadlineSchema.nullable(),
  /** Share of the customers who must get this callback, in percent; null when the source sets none. */
  coverageTarget: z.number().min(0).max(100).nullable(),
  /** How the deadline reads to an agent, with the clause. */
  summary: localizedTextSchema,
  clause: clauseSchema,
  requiredFields: z.array(requiredFieldSchema),
});
export type KindRule = z.infer<typeof kindRuleSchema>;
