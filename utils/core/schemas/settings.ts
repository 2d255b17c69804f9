import { z } from '../zod';
import { calendarOverridesSchema, type CalendarOverrides } from '../calendar/calendar-data';
import { defaultCallWindows } from '../rules/call-windows';
import { callWindowConfigSchema } from '../rules/call-windows-schema';
import { industries } from '../kind-groups';
import { columnMappingSchema } from '../worklist/column-mapping';

/** Records are kept at least this long (篇六 第二条: not less than three years). */
export const minRetentionYears = 3;

/**
 * Every setting of Huifang, one schema per key. They live together in one place (extension local storage under
 * `settings`, see utils/settings/settings-store.ts); a stored value that fails its key's schema reads as the default.
 */
export const settingSchemas = {
  agent: z.string().check(z.maxLength(200)),
  /** null: follow the browser's language. */
  locale: z.nullable(z.enum(['zh-CN', 'en'])),
  retentionYears: z.int().check(z.gte(minRetentionYears), z.lte(100)),
  exportMaskPersonal: z.boolean(),
  backup: z.object({
    enabled: z.boolean(),
    intervalDays: z.int().check(z.gte(1), z.lte(90)),
    lastBackupAt: z.nullable(z.iso.datetime({ offset: true })),
  }),
  /** 篇六 第十二条 call windows; the panel warns outside them. */
  callWindows: callWindowConfigSchema,
  /** The user's corrections to the bundled working-day calendar. */
  calendarOverrides: calendarOverridesSchema,
  /** Script ids the agent switched off on the options page. */
  disabledScripts: z.array(z.string().check(z.minLength(1), z.maxLength(200))).check(z.maxLength(1000)),
  /** First-run setup: what the built-in scripts' placeholders need ({{companyName}}, {{servicePhone}}) and who calls. */
  profile: z.object({
    agentId: z.string().check(z.maxLength(100)),
    companyName: z.string().check(z.maxLength(200)),
    servicePhone: z.string().check(z.maxLength(40)),
    /** Narrows the kinds the panel offers first (utils/core/kind-groups.ts); null shows all. */
    industry: z.nullable(z.enum(industries)),
    /** Set when the agent finished the setup screen; null shows it on the panel's first run. */
    setupDoneAt: z.nullable(z.iso.datetime({ offset: true })),
  }),
  /** The column mapping the agent confirmed, per column layout of a work-list file (layoutKey). */
  worklistMappings: z.record(z.string().check(z.maxLength(100)), columnMappingSchema),
  /** Record-link template per CRM site, e.g. https://crm.example.com/customer/{id}: "next customer" opens it. */
  recordLinks: z.record(z.string().check(z.maxLength(500)), z.string().check(z.maxLength(2000))),
} as const;

export type SettingKey = keyof typeof settingSchemas;
export type SettingValue<K extends SettingKey> = z.infer<(typeof settingSchemas)[K]>;
export type Settings = { [K in SettingKey]: SettingValue<K> };

const noOverrides: CalendarOverrides = { extraHolidays: [], extraWorkdays: [] };

export const settingDefaults: Settings = {
  agent: '',
  locale: null,
  retentionYears: minRetentionYears,
  exportMaskPersonal: false,
  backup: { enabled: false, intervalDays: 7, lastBackupAt: null },
  callWindows: defaultCallWindows,
  calendarOverrides: noOverrides,
  disabledScripts: [],
  profile: { agentId: '', companyName: '', servicePhone: '', industry: null, setupDoneAt: null },
  worklistMappings: {},
  recordLinks: {},
};

/** All settings at once; each key falls back to its default on its own, so one bad value never resets the rest. */
export const settingsSchema = z.object({
  agent: z.catch(settingSchemas.agent, settingDefaults.agent),
  locale: z.catch(settingSchemas.locale, settingDefaults.locale),
  retentionYears: z.catch(settingSchemas.retentionYears, settingDefaults.retentionYears),
  exportMaskPersonal: z.catch(settingSchemas.exportMaskPersonal, settingDefaults.exportMaskPersonal),
  backup: z.catch(settingSchemas.backup, settingDefaults.backup),
  callWindows: z.catch(settingSchemas.callWindows, settingDefaults.callWindows),
  calendarOverrides: z.catch(settingSchemas.calendarOverrides, settingDefaults.calendarOverrides),
  disabledScripts: z.catch(settingSchemas.disabledScripts, settingDefaults.disabledScripts),
  profile: z.catch(settingSchemas.profile, settingDefaults.profile),
  worklistMappings: z.catch(settingSchemas.worklistMappings, settingDefaults.worklistMappings),
  recordLinks: z.catch(settingSchemas.recordLinks, settingDefaults.recordLinks),
}) satisfies z.ZodMiniType<Settings>;

/** A change to some settings, each checked by its key's schema (no fallback: a bad value is refused). */
export const settingsPatchSchema = z.partial(z.object(settingSchemas));
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

export const settingRowSchema = z.object({ key: z.string().check(z.maxLength(100)), value: z.unknown() });
export type SettingRow = z.infer<typeof settingRowSchema>;

export function isSettingKey(key: string): key is SettingKey {
  return Object.hasOwn(settingSchemas, key);
}
