import { z } from '@/utils/core/zod';
import { reviewSchema } from '@/utils/core/qa/review';
import { escalationSchema } from '@/utils/core/rules/escalations';
import { dueItemSchema, listWorklistDueItems } from '@/utils/core/report/due-items';
import { defineCall } from './define-call';

// The supervisor's data calls (#13, docs/report.md): escalations, QA reviews, the audit chain, unmasking the report.
// Spread into utils/service/calls.ts; escalating and correcting a record, which the panel does, are in panel-calls.ts.

export const supervisorCalls = {
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
