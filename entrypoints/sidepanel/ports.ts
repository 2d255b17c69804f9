import { createWorkingCalendar } from '@/utils/core/calendar/working-calendar';
import { calendarOverridesSchema, type CalendarOverrides } from '@/utils/core/calendar/calendar-data';
import { defaultTimeZone } from '@/utils/core/calendar/zoned-time';
import { callWindowConfigSchema, defaultCallWindows, type CallWindowConfig } from '@/utils/core/rules/call-windows';
import { builtinPlaybooks } from '@/utils/core/playbooks';
import { scriptSchema, type Script } from '@/utils/core/script/schema';
import { db } from '@/utils/db/db';
import {
  customerHistory,
  discardDraft,
  exportRecords,
  finishCall,
  getCustomer,
  getSetting,
  importFile,
  listQueue,
  loadDraft,
  saveDraft,
  setCustomerDue,
  upsertCustomer,
} from '@/utils/db';
import { contextValues } from '@/utils/ui/compose-draft';
import type { PanelPorts } from '@/utils/ui/panel-ports';

const DAY = 86_400_000;

/** UI settings kept in extension storage (not in the records database): windows and calendar overrides. */
export const callWindowsItem = storage.defineItem<CallWindowConfig>('local:callWindows', {
  fallback: defaultCallWindows,
});
export const calendarOverridesItem = storage.defineItem<CalendarOverrides>('local:calendarOverrides', {
  fallback: { extraHolidays: [], extraWorkdays: [] },
});
export const disabledScriptsItem = storage.defineItem<string[]>('local:disabledScripts', { fallback: [] });

/** Built-in playbooks plus the newest version of each imported script, minus those the user disabled. */
export async function loadScripts(): Promise<Script[]> {
  const disabled = new Set(await disabledScriptsItem.getValue());
  const stored = new Map<string, Script>();
  // Without the database (blocked in some framed contexts) the built-in playbooks still run.
  for (const row of await db.scripts.toArray().catch(() => [])) {
    const parsed = scriptSchema.safeParse(row.script);
    if (!parsed.success) continue;
    const old = stored.get(parsed.data.id);
    if (!old || old.version < parsed.data.version) stored.set(parsed.data.id, parsed.data);
  }
  const builtin = builtinPlaybooks.filter((s) => !stored.has(s.id));
  return [...builtin, ...stored.values()].filter((s) => !disabled.has(s.id));
}

function describeProblems(problems: { message: string }[]): string {
  return (
    problems
      .slice(0, 3)
      .map((p) => p.message)
      .join('; ') || 'unknown'
  );
}

export async function createPanelPorts(): Promise<PanelPorts> {
  const windows = callWindowConfigSchema.safeParse(await callWindowsItem.getValue());
  const overrides = calendarOverridesSchema.safeParse(await calendarOverridesItem.getValue());
  const agent = () => getSetting(db, 'agent');
  return {
    now: () => new Date(),
    newId: () => crypto.randomUUID(),
    timeZone: defaultTimeZone,
    calendar: createWorkingCalendar(overrides.success ? overrides.data : undefined),
    windows: windows.success ? windows.data : defaultCallWindows,
    setTimer: (fn, ms) => window.setTimeout(fn, ms),
    clearTimer: (handle) => typeof handle === 'number' && window.clearTimeout(handle),
    agent,
    scripts: loadScripts,
    async seeCustomer(key, context, due) {
      const signDate = context.fields.signDate?.value;
      await upsertCustomer(db, {
        key,
        origin: context.origin,
        customerId: context.fields.customerId?.value ?? null,
        context: contextValues(context),
        sourceUrl: context.url,
        events: signDate ? { 'contract-signed': signDate } : {},
        now: new Date(),
      });
      const row = await getCustomer(db, key);
      if (due && row && !row.dueAt && row.stats.lastReachedAt === null) await setCustomerDue(db, key, due);
      return getCustomer(db, key);
    },
    history: async (key) => (await customerHistory(db, key)).attempts,
    otherCustomers: async () =>
      (await db.customers.toArray()).map((row) => ({ customerKey: row.key, values: row.context })),
    queue: () => listQueue(db, { now: new Date(), horizon: new Date(Date.now() + 7 * DAY) }),
    loadDraft: (key) => loadDraft(db, key),
    saveDraft: async (draft) => void (await saveDraft(db, draft)),
    discardDraft: (key) => discardDraft(db, key),
    finishCall: (draft, outcome, endedAt) => finishCall(db, draft, { outcome, endedAt, now: new Date() }),
    async exportFile(format, locale) {
      const result = await exportRecords(db, { format, agent: await agent(), now: new Date(), lang: locale });
      return result.ok ? result : { ok: false, message: describeProblems(result.problems) };
    },
    async importFile(file) {
      const result = await importFile(db, file, { agent: await agent(), now: new Date() });
      return result.ok
        ? { ok: true, added: result.report.added }
        : { ok: false, message: describeProblems(result.problems) };
    },
  };
}

/** Hands a built file to the browser's download (a click on a temporary link). */
export function saveFile(file: { text: string; fileName: string; mimeType: string }) {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.mimeType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
