import { z } from 'zod';
import { callbackKindSchema } from '@/utils/core/callback-kinds';
import { createWorkingCalendar } from '@/utils/core/calendar/working-calendar';
import { defaultTimeZone } from '@/utils/core/calendar/zoned-time';
import { worklistEntrySchema, worklistSchema } from '@/utils/core/worklist/worklist-entry';
import { defineCall } from './define-call';

// The agent's day (#12): imported work lists and the queue read from all its sources. Spread into calls.ts.

const DAY = 86_400_000;
const key = z.string().min(1).max(500);
const none = z.object({});

const queueEntrySchema = z.object({
  id: z.string(),
  source: z.string(),
  customerKey: key,
  name: z.string(),
  phone: z.string().nullable(),
  product: z.string(),
  kind: callbackKindSchema.nullable(),
  dueAt: z.string().nullable(),
  callBackAt: z.string().nullable(),
  recordUrl: z.string().nullable(),
});

export const worklistCalls = {
  /** Stores an imported work list whole (entries, customers' events and deadlines, audit) or not at all. */
  saveWorklist: defineCall({
    input: z.object({ list: worklistSchema, entries: z.array(worklistEntrySchema).max(20_000) }),
    output: z.object({ entries: z.number() }),
    run: async ({ db, data, now, settings }, { list, entries }) => {
      const { agent } = await settings.read();
      await data.saveWorklist(db, { list, entries, agent, now: now() });
      return { entries: entries.length };
    },
  }),
  /** The agent's day from every queue source (work lists, customers seen), with attempts and open escalations. */
  workQueue: defineCall({
    input: none,
    output: z.object({
      entries: z.array(queueEntrySchema),
      attempts: z.array(
        z.object({ customerKey: key, kind: callbackKindSchema.nullable(), counted: z.number(), state: z.string() }),
      ),
      escalated: z.array(key),
    }),
    run: async ({ db, data, now, settings }) => {
      const { calendarOverrides } = await settings.read();
      return data.readWorkQueue(db, {
        now: now(),
        horizon: new Date(now().getTime() + 31 * DAY),
        calendar: createWorkingCalendar(calendarOverrides),
        timeZone: defaultTimeZone,
      });
    },
  }),
};
