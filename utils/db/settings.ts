import type { HuifangDb } from './app-db';

/**
 * The settings rows of the database's `settings` table, where settings lived before #10. Read once by the
 * background to move them into the settings store (utils/settings/settings-store.ts); nothing writes them now.
 */
export function readLegacySettingRows(db: HuifangDb): Promise<{ key: string; value: unknown }[]> {
  return db.settings.toArray();
}
