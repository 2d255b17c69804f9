import { z } from '@/utils/core/zod';
import { createWorkingCalendar } from '@/utils/core/calendar/working-calendar';
import { reviewSchema } from '@/utils/core/qa/review';
import { escalationSchema, escalationSeveritySchema } from '@/utils/core/rules/escalations';
import { scriptFlagSchema } from '@/utils/core/script/flags';
import { dueItemSchema, listWorklistDueItems } from '@/utils/core/report/due-items';
import { callbackRecordSchema, outcomeSchema, satisfactionSchema } from '@/utils/core/schemas/callback-record';
import { defineCall } from './define-call';

// The supervisor's data calls (#13, docs/report.md): escalations, QA reviews, the audit chain, unmasking the report.
// Spread into utils/service/calls.ts.

const newId = () => crypto.randomUUID();

export const supervisorCalls = {
  /** Escalates a finished call with severity and reason; the second callback goes into the queue. */
  escalate: defineCall({
    input: z.object({
      recordId: z.string().check(z.minLength(1), z.maxLength(100)),
      type: scriptFlagSchema,
      severity: z.optional(escalationSeveritySchema),
      reason: z.string().check(z.maxLength(2000)),
    }),
    output: escalationSchema,
    run: async ({ db, data, now, settings }, input) => {
      const { agent, calendarOverrides } = await settings.read();
      return data.escalateRecord(db, {
        ...input,
        agent,
        now: now(),
        newId,
        calendar: createWorkingCalendar(calendarOverrides),
      });
    },
  }),
  /** Escalations (each settled against the stored records) and QA reviews, for the report and the QA sheet. */
  supervisionData: defineCall({
    input: z.object({}),
    output: z.object({ escalations: z.array(escalationSchema), reviews: z.array(reviewSchema) }),
    run: async ({ db, data }) => ({
      escalations: await data.listEscalationsSettled(db),
      reviews: await data.listReviews(db),
    }),
  }),
  /** The due callbacks the imported work lists name: the report's 应访 counts them with the rules' deadlines. */
  reportDueItems: defineCall({
    input: z.object({}),
    output: z.array(dueItemSchema),
    run: async ({ db, data }) => listWorklistDueItems(await data.listWorklistEntries(db)),
  }),
  /** Saves a review sheet of a sampled call, audited under the reviewer's name. */
  saveReview: defineCall({
    input: z.omit(reviewSchema, { reviewedAt: true }),
    output: reviewSchema,
    run: ({ db, data, now }, review) => data.saveReview(db, { ...review, reviewedAt: now().toISOString() }, now()),
  }),
  /** Walks the audit chain; says where it breaks. */
  verifyAudit: defineCall({
    input: z.object({}),
    output: z.discriminatedUnion('ok', [
      z.object({ ok: z.literal(true), entries: z.number() }),
      z.object({ ok: z.literal(false), brokenAtSeq: z.number(), reason: z.string() }),
    ]),
    run: ({ db, data }) => data.verifyAuditChain(db),
  }),
  /**
   * Corrects a finished record from History (docs/report.md, "Which records count"): a new revision with the reason;
   * the original stays, the audit chain records both ids; the report counts the newest revision once.
   */
  correctRecord: defineCall({
    input: z.object({
      id: z.string().check(z.minLength(1), z.maxLength(100)),
      changes: z.partial(
        z.object({
          outcome: outcomeSchema,
          satisfaction: z.nullable(satisfactionSchema),
          notes: z.string().check(z.maxLength(20_000)),
        }),
      ),
      reason: z.string().check(z.trim(), z.minLength(1), z.maxLength(2000)),
    }),
    output: callbackRecordSchema,
    run: async ({ db, data, now, settings }, { id, changes, reason }) => {
      const { agent } = await settings.read();
      return data.reviseRecord(db, id, changes, agent, reason, { now: now(), newId });
    },
  }),
  /** The supervisor showed names and phones in the report: logged (month only, no personal data). */
  auditUnmask: defineCall({
    input: z.object({ month: z.string().check(z.regex(/^\d{4}-\d{2}$/)) }),
    output: z.null(),
    run: async ({ db, data, now, settings }, { month }) => {
      const { agent } = await settings.read();
      await data.recordAudit(db, { action: 'unmask-report', at: now().toISOString(), agent, counts: {}, ids: [month] });
      return null;
    },
  }),
};
