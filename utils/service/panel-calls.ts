import { browser } from 'wxt/browser';
import { z } from '@/utils/core/zod';
import { customerKeySchema } from '@/utils/core/schemas/customer';
import { createWorkingCalendar } from '@/utils/core/calendar/working-calendar';
import { escalationSchema, escalationSeveritySchema } from '@/utils/core/rules/escalations';
import { scriptFlagSchema } from '@/utils/core/script/flags';
import { callbackRecordSchema, outcomeSchema, satisfactionSchema } from '@/utils/core/schemas/callback-record';
import { teamQueueItemSchema } from '@/utils/core/sync/team-queue-item';
import { defineCall } from './define-call';
import { worklistCalls } from './worklist-calls';

// The data calls the agent's panel and overlay make: the panel's client knows only these (utils/panel/boot.tsx), so
// the options page's and the supervisor's calls — their schemas and implementations — stay out of the panel
// (docs/architecture.md, "What the panel loads first"). Spread into calls.ts with the others; a call the panel starts
// making moves here (the type check of the panel's client.call names the missing one).

const failure = z.object({ ok: z.literal(false), message: z.string() });
/** An export file as the page saves it (also backupNow's result, without `ok`). */
export const exportedFile = z.object({
  ok: z.literal(true),
  text: z.string(),
  fileName: z.string(),
  mimeType: z.string(),
});
const problemsText = (problems: { message: string }[]) =>
  problems
    .slice(0, 3)
    .map((p) => p.message)
    .join('; ') || 'unknown';
const newId = () => crypto.randomUUID();

export const panelCalls = {
  ...worklistCalls,
  /** The agent showed the masked numbers of a customer: logged in the audit (the key only, no personal data). */
  recordReveal: defineCall({
    input: z.object({ customerKey: customerKeySchema }),
    output: z.null(),
    run: async ({ db, data, now, settings }, { customerKey }) => {
      const { agent } = await settings.read();
      await data.recordAudit(db, { action: 'reveal', at: now().toISOString(), agent, counts: {}, ids: [customerKey] });
      return null;
    },
  }),
  /** Compares the database with the marker kept outside it: a database that came back empty raises the alarm. */
  checkDataMarker: defineCall({
    input: z.object({}),
    output: z.discriminatedUnion('status', [
      z.object({ status: z.literal('ok'), records: z.number() }),
      z.object({ status: z.literal('data-missing'), expectedRecords: z.number(), markedAt: z.string() }),
    ]),
    run: ({ db, data, now }) =>
      data.checkDataMarker(
        db,
        {
          get: async (k) => (await browser.storage.local.get(k))[k],
          set: (k, value) => browser.storage.local.set({ [k]: value }),
        },
        now(),
      ),
  }),
  /** An export file (JSON envelope, optionally encrypted, or CSV), logged in the audit. A big call (callLarge). */
  exportFile: defineCall({
    input: z.object({
      format: z.enum(['json', 'csv']),
      locale: z.enum(['zh-CN', 'en']),
      passphrase: z.optional(z.string().check(z.maxLength(1000))),
    }),
    output: z.discriminatedUnion('ok', [exportedFile, failure]),
    run: async ({ db, data, now, settings, progress }, input) => {
      const { agent, exportMaskPersonal } = await settings.read();
      const result = await data.exportRecords(db, {
        onProgress: progress,
        format: input.format,
        passphrase: input.passphrase || undefined,
        agent,
        now: now(),
        lang: input.locale,
        maskPersonal: exportMaskPersonal,
      });
      return result.ok
        ? { ok: true as const, text: result.text, fileName: result.fileName, mimeType: result.mimeType }
        : { ok: false as const, message: problemsText(result.problems) };
    },
  }),
  /** Imports an export file whole or not at all (an encrypted one with its passphrase). A big call (callLarge). */
  importFile: defineCall({
    input: z.object({ text: z.string(), passphrase: z.optional(z.string().check(z.maxLength(1000))) }),
    output: z.discriminatedUnion('ok', [z.object({ ok: z.literal(true), added: z.number() }), failure]),
    run: async ({ db, data, now, settings, progress }, input) => {
      const { agent } = await settings.read();
      const text = input.text;
      const result = await data.importFile(
        db,
        { size: text.length, text: async () => text },
        { agent, now: now(), passphrase: input.passphrase || undefined, onProgress: progress },
      );
      return result.ok
        ? { ok: true as const, added: result.report.added }
        : { ok: false as const, message: problemsText(result.problems) };
    },
  }),
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
  /** The team queue as last pulled (every 30 s while sync is on); empty while it is off. */
  teamQueue: defineCall({
    input: z.object({}),
    output: z.object({ me: z.nullable(z.string()), items: z.array(teamQueueItemSchema) }),
    run: async (env) => {
      const state = (await env.teamSync?.status())?.state;
      if (!state?.active) return { me: null, items: [] };
      return { me: state.claims.sub, items: await env.data.listTeamQueue(env.db) };
    },
  }),
};
export type PanelCalls = typeof panelCalls;
