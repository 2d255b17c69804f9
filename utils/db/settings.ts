import {
  isSettingKey,
  settingDefaults,
  settingSchemas,
  type SettingKey,
  type SettingValue,
} from '../core/schemas/settings';
import type { HuifangDb } from './app-db';

/** Whether a value passes its key's schema (a real check, so the narrowing is earned). */
export function isValidSetting<K extends SettingKey>(key: K, value: unknown): value is SettingValue<K> {
  return settingSchemas[key].safeParse(value).success;
}

/** A setting's value, or its default when unset or stored in a shape that no longer validates. */
export async function getSetting<K extends SettingKey>(db: HuifangDb, key: K): Promise<SettingValue<K>> {
  const row = await db.settings.get(key);
  if (!row) return settingDefaults[key];
  return isValidSetting(key, row.value) ? row.value : settingDefaults[key];
}

/** Stores a setting after validating it against its key's schema; throws with the reason when invalid. */
export async function setSetting<K extends SettingKey>(db: HuifangDb, key: K, value: SettingValue<K>): Promise<void> {
  if (!isSettingKey(key)) throw new Error(`Unknown setting "${String(key)}".`);
  const parsed = settingSchemas[key].safeParse(value);
  if (!parsed.success)
    throw new Error(`Setting "${key}" rejected: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
  await db.settings.put({ key, value: parsed.data });
}
