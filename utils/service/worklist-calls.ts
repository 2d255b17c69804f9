import { z } from '@/utils/core/zod';
import { customerKeySchema } from '@/utils/core/schemas/customer';
import { callbackKindSchema } from '@/utils/core/callback-kinds';
import { createWorkingCalendar } from '@/utils/core/calendar/working-calendar';
import { defaultTimeZone } from '@/utils/core/calendar/zoned-time';
import { worklistEntrySchema, worklistSchema } from '@/utils/core/worklist/worklist-entry';
import { outcomeSchema } from '@/utils/core/schemas/callback-record';
import { dayBounds } from '@/utils/core/worklist/my-day';
import { defineCall } from './define-call';

// The agent's day (#12): imported work lists and the queue read from all its sources. Spread into calls.ts.

const DAY = 86_400_000;

const queueEntrySchema = z.object({
  id: z.string(),
  source: z.string(),
  customerKey: customerKeySchema,
  name: z.string(),
  phone: z.nullable(z.string()),
  product: z.string(),
  kind: z.nullable(callbackKindSchema),
  dueAt: z.nullable(z.string()),
  callBackAt: z.nullable(z.string()),
  recordUrl: z.nullable(z.string()),
});

export const worklistCalls = {
  /** Stores an imported work list whole (entries, customers' events and deadlines, audit) or not at all. */
  saveWorklist: defineCall({
    input: z.object({ list: worklistSchema, entries: z.array(worklistEntrySchema).check(z.maxLength(20_000)) }),
    output: z.object({ entries: z.number() }),
    run: async ({ db, data, now, settings }, { list, entries }) => {
      const { agent } = await settings.read();
      await data.saveWorklist(db, { list, entries, agent, now: now() });
      return { entries: entries.length };
    },
  }),
  /**
   * THE queue (the panel's queue tab, "next customer"): the agent's day from every source — the work lists whole,
   * the customers seen on pages one page at a time (`limit` from `offset`, earliest first, with the source's totals)
   * — with attempts and open escalations. A team queue (#16) is another `QueueSource` merged here.
   */
  workQueue: defineCall({
    input: z.object({
      limit: z.optional(z.int().check(z.gte(1), z.lte(1000))),
      offset: z.optional(z.int().check(z.gte(0))),
    }),
    output: z.object({
      entries: z.array(queueEntrySchema),
      attempts: z.array(
        z.object({
          customerKey: customerKeySchema,
          kind: z.nullable(callbackKindSchema),
          counted: z.number(),
          state: z.string(),
        }),
      ),
      escalated: z.array(customerKeySchema),
      seen: z.object({ total: z.number(), overdue: z.number(), offset: z.number(), shown: z.number() }),
    }),
    run: async ({ db, data, now, settings }, { limit, offset }) => {
      const { calendarOverrides } = await settings.read();
      return data.readWorkQueue(db, {
        now: now(),
        horizon: new Date(now().getTime() + 31 * DAY),
        calendar: createWorkingCalendar(calendarOverrides),
        timeZone: defaultTimeZone,
        limit,
        offset,
      });
    },
  }),
  /**
   * "My calls today" (the History tab): this agent's calls of the local day in the deployment's time zone, newest
   * first, each the latest revision, summarised (the record itself opens from the customer's history).
   */
  myDay: defineCall({
    input: z.object({}),
    output: z.object({
      date: z.string(),
      calls: z.array(
        z.object({
          id: z.string(),
          customerKey: customerKeySchema,
          name: z.string(),
          startedAt: z.string(),
          kind: callbackKindSchema,
          outcome: outcomeSchema,
          notes: z.string(),
          sourceUrl: z.string(),
        }),
      ),
    }),
    run: async ({ db, data, now, settings }) => {
      const { agent } = await settings.read();
      const day = dayBounds(now().getTime(), defaultTimeZone);
      const rows = await data.listAgentCalls(db, { agent, from: day.from, to: day.to });
      return {
        date: day.date,
        calls: rows.slice(0, 500).map((r) => ({
          id: r.id,
          customerKey: r.customerKey,
          name: r.context.name ?? '',
          startedAt: r.startedAt,
          kind: r.kind,
          outcome: r.outcome,
          notes: r.notes.slice(0, 200),
          sourceUrl: r.sourceUrl,
        })),
      };
    },
  }),
};
