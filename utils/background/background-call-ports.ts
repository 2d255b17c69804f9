import { createWorkingCalendar, type WorkingCalendar } from '@/utils/core/calendar/working-calendar';
import { defaultTimeZone } from '@/utils/core/calendar/zoned-time';
import type { Settings } from '@/utils/core/schemas/settings';
import type { CallPorts } from '@/utils/call/call-ports';
import { contextValues } from '@/utils/call/compose-draft';
import type { ServiceEnv } from '@/utils/service/define-call';
import { identityOf } from '@/utils/core/schemas/customer';
import type { TeamSync } from './team-sync';

/** The call sessions' ports over the database, for the background (utils/call/call-hub.ts). */
export function createBackgroundCallPorts(
  env: ServiceEnv,
  settings: () => Settings,
  teamSync?: Pick<TeamSync, 'syncFor' | 'flush'>,
): CallPorts {
  const { db, data } = env;
  let calendar: { for: Settings['calendarOverrides']; value: WorkingCalendar } | null = null;
  return {
    now: env.now,
    newId: () => crypto.randomUUID(),
    timeZone: defaultTimeZone,
    calendar() {
      const overrides = settings().calendarOverrides;
      if (calendar?.for !== overrides) calendar = { for: overrides, value: createWorkingCalendar(overrides) };
      return calendar.value;
    },
    windows: () => settings().callWindows,
    setTimer: (fn, ms) => setTimeout(fn, ms),
    clearTimer: (handle) => {
      if (typeof handle === 'number') clearTimeout(handle);
    },
    agent: async () => settings().agent,
    profile: async () => {
      const { companyName, servicePhone } = settings().profile;
      return { companyName, servicePhone };
    },
    scripts: env.scripts,
    async seeCustomer(pageKey, context, due) {
      // The customer stored under an older key (a code, a work list's entry) keeps it (utils/db/customer-aliases.ts).
      const id = identityOf(context);
      const key = id ? await data.resolveCustomerKey(db, id) : pageKey;
      const signDate = context.fields.signDate?.value;
      await data.upsertCustomer(db, {
        key,
        origin: context.origin,
        customerId: context.fields.customerId?.value ?? null,
        context: contextValues(context),
        sourceUrl: context.url,
        events: signDate ? { 'contract-signed': signDate } : {},
        now: env.now(),
      });
      const row = await data.getCustomer(db, key);
      if (due && row && !row.dueAt && row.stats.lastReachedAt === null) await data.setCustomerDue(db, key, due);
      return data.getCustomer(db, key);
    },
    history: async (key) => (await data.customerHistory(db, key)).attempts,
    otherCustomers: async () =>
      (await db.customers.toArray()).map((row) => ({ customerKey: row.key, values: row.context })),
    loadDraft: (key) => data.loadDraft(db, key),
    saveDraft: async (draft) => void (await data.saveDraft(db, draft)),
    discardDraft: (key) => data.discardDraft(db, key),
    async finishCall(draft, outcome, endedAt) {
      // Team sync on: the record goes to the outbox in its own transaction, with the lease the call held.
      const sync = teamSync?.syncFor(draft.customerKey);
      const record = await data.finishCall(db, draft, { outcome, endedAt, now: env.now(), sync });
      if (sync) void teamSync?.flush();
      return record;
    },
  };
}
