import { z } from 'zod';

/** Records are kept at least this long (篇六 第二条: not less than three years). */
export const minRetentionYears = 3;

/** One schema per settings key; a stored value that fails its schema reads as the default. */
export const settingSchemas = {
  agent: z.string().max(200),
  locale: z.enum(['zh-CN', 'en']),
  retentionYears: z.number().int().min(minRetentionYears).max(100),
  exportMaskPersonal: z.boolean(),
  backup: z.object({
    enabled: z.boolean(),
    intervalDays: z.number().int().min(1).max(90),
    lastBackupAt: z.iso.datetime({ offset: true }).nullable(),
  }),
} as const;

export type SettingKey = keyof typeof settingSchemas;
export type SettingValue<K extends SettingKey> = z.infer<(typeof settingSchemas)[K]>;

export const settingDefaults: { [K in SettingKey]: SettingValue<K> } = {
  agent: '',
  locale: 'zh-CN',
  retentionYears: minRetentionYears,
  exportMaskPersonal: false,
  backup: { enabled: false, intervalDays: 7, lastBackupAt: null },
};

export const settingRowSchema = z.object({ key: z.string().max(100), value: z.unknown() });
export type SettingRow = z.infer<typeof settingRowSchema>;

export function isSettingKey(key: string): key is SettingKey {
  return Object.hasOwn(settingSchemas, key);
}
