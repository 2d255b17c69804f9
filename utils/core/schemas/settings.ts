import { z } from 'zod';
import { calendarOverridesSchema, type CalendarOverrides } from '../calendar/calendar-data';
import { callWindowConfigSchema, defaultCallWindows } from '../rules/call-windows';
import { industrySchema } from '../kind-groups';
import { columnMappingSchema } from '../worklist/columns';

/** Records are kept at least this long (篇六 第二条: not less than three years). */
export const minRetentionYears = 3;

/**
 * Every setting of Huifang, one schema per key. They live together in one place (extension local storage under
 * `settings`, see utils/settings/settings-store.ts); a stored value that fails its key's schema reads as the default.
 */
export const settingSchemas = {
  agent: z.string().max(200),
  /** null: follow the browser's language. */
  locale: z.enum(['zh-CN', 'en']).nullable(),
  retentionYears: z.number().int().min(minRetentionYears).max(100),
  exportMaskPersonal: z.boolean(),
  backup: z.object({
    enabled: z.boolean(),
    intervalDays: z.number().int().min(1).max(90),
    lastBackupAt: z.iso.datetime({ offset: true }).nullable(),
  }),
  /** 篇六 第十二条 call windows; the panel warns outside them. */
  callWindows: callWindowConfigSchema,
  /** The user's corrections to the bundled working-day calendar. */
  calendarOverrides: calendarOverridesSchema,
  /** Script ids the agent switched off on the options page. */
  disabledScripts: z.array(z.string().min(1).max(200)).max(1000),
  /** First-run setup: what the built-in scripts' placeholders need ({{companyName}}, {{servicePhone}}) and who calls. */
  profile: z.object({
    agentId: z.string().max(100),
    companyName: z.string().max(200),
    servicePhone: z.string().max(40),
    /** Narrows the kinds the panel offers first (utils/core/kind-groups.ts); null shows all. */
    industry: industrySchema.nullable(),
    /** Set when the agent finished the setup screen; null shows it on the panel's first run. */
    setupDoneAt: z.iso.datetime({ offset: true }).nullable(),
  }),
  /** The column mapping the agent confirmed, per column layout of a work-list file (layoutKey). */
  worklistMappings: z.record(z.string().max(100), columnMappingSchema),
  /** Record-link template per CRM site, e.g. https://crm.example.com/customer/{id}: "next customer" opens it. */
  recordLinks: z.record(z.string().max(500), z.string().max(2000)),
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
  agent: settingSchemas.agent.catch(settingDefaults.agent),
  locale: settingSchemas.locale.catch(settingDefaults.locale),
  retentionYears: settingSchemas.retentionYears.catch(settingDefaults.retentionYears),
  exportMaskPersonal: settingSchemas.exportMaskPersonal.catch(settingDefaults.exportMaskPersonal),
  backup: settingSchemas.backup.catch(settingDefaults.backup),
  callWindows: settingSchemas.callWindows.catch(settingDefaults.callWindows),
  calendarOverrides: settingSchemas.calendarOverrides.catch(settingDefaults.calendarOverrides),
  disabledScripts: settingSchemas.disabledScripts.catch(settingDefaults.disabledScripts),
  profile: settingSchemas.profile.catch(settingDefaults.profile),
  worklistMappings: settingSchemas.worklistMappings.catch(settingDefaults.worklistMappings),
  recordLinks: settingSchemas.recordLinks.catch(settingDefaults.recordLinks),
}) satisfies z.ZodType<Settings>;

/** A change to some settings, each checked by its key's schema (no fallback: a bad value is refused). */
export const settingsPatchSchema = z.object(settingSchemas).partial();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

/** Reads stored settings of any shape (or none) as a complete, valid set. */
export function parseSettings(raw: unknown): Settings {
  const parsed = settingsSchema.safeParse(typeof raw === 'object' && raw !== null ? raw : {});
  return parsed.success ? parsed.data : settingDefaults;
}

export const settingRowSchema = z.object({ key: z.string().max(100), value: z.unknown() });
export type SettingRow = z.infer<typeof settingRowSchema>;

export function isSettingKey(key: string): key is SettingKey {
  return Object.hasOwn(settingSchemas, key);
}
