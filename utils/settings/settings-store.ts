import { storedSettings } from '@/utils/core/compiled/first-frame';
import { FAIL } from '@/utils/core/compiled/runtime';
import type { Settings, SettingsPatch } from '@/utils/core/schemas/settings';

/** Where settings are kept: browser.storage.local in the extension, a Map in tests (see docs/architecture.md). */
export type SettingsArea = {
  get(keys: string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
};
type ChangeListener = (changes: Record<string, { newValue?: unknown }>, areaName: string) => void;
export type SettingsEvents = {
  addListener(listener: ChangeListener): void;
  removeListener(listener: ChangeListener): void;
};

/** The one storage key holding every setting. */
export const settingsKey = 'settings';

export type SettingsStore = {
  read(): Promise<Settings>;
  /** Validates the changed keys (a bad value is refused with its key named) and stores them with the others. */
  update(patch: SettingsPatch): Promise<Settings>;
  /** Calls back with the whole set after every change, from any page. Returns the cleanup. */
  watch(onChange: (settings: Settings) => void): () => void;
};

/**
 * Reads stored settings of any shape (or none) as a complete, valid set; each key falls back to its default on its own,
 * so one bad value never resets the rest. The settings schema compiled (utils/core/compiled/first-frame.ts): the
 * panel reads settings before its first frame, which loads no zod.
 */
export function parseSettings(raw: unknown): Settings {
  const parsed = storedSettings(typeof raw === 'object' && raw !== null ? raw : {});
  return parsed === FAIL ? (storedSettings({}) as Settings) : parsed;
}

export function createSettingsStore(area: SettingsArea, events?: SettingsEvents): SettingsStore {
  const read = async () => parseSettings((await area.get(settingsKey))[settingsKey]);
  // Each update reads, merges and writes the whole set: two quick changes on one page (language, then back) run one
  // after the other, so the second never overwrites the first with a stale read.
  let writing: Promise<unknown> = Promise.resolve();
  return {
    read,
    async update(patch) {
      // The schemas with their messages load with the first change (after the panel's first frame).
      const { settingsPatchSchema } = await import('@/utils/core/schemas/settings');
      const parsed = settingsPatchSchema.safeParse(patch);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new Error(`Setting "${issue?.path.join('.') ?? '?'}" rejected: ${issue?.message ?? 'invalid'}`);
      }
      const done = writing.then(async () => {
        const next: Settings = { ...(await read()), ...parsed.data };
        await area.set({ [settingsKey]: next });
        return next;
      });
      writing = done.catch(() => undefined);
      return done;
    },
    watch(onChange) {
      if (!events) return () => undefined;
      const listener: ChangeListener = (changes, areaName) => {
        if (areaName === 'local' && settingsKey in changes) onChange(parseSettings(changes[settingsKey]?.newValue));
      };
      events.addListener(listener);
      return () => events.removeListener(listener);
    },
  };
}

/** A store over a Map, for tests and the CLIs. */
export function createMemorySettingsStore(initial: Record<string, unknown> = {}): SettingsStore {
  const map = new Map<string, unknown>([[settingsKey, initial]]);
  const listeners = new Set<ChangeListener>();
  return createSettingsStore(
    {
      get: async (keys) =>
        Object.fromEntries((Array.isArray(keys) ? keys : [keys]).filter((k) => map.has(k)).map((k) => [k, map.get(k)])),
      set: async (items) => {
        for (const [k, v] of Object.entries(items)) map.set(k, v);
        const changes = Object.fromEntries(Object.entries(items).map(([k, v]) => [k, { newValue: v }]));
        for (const l of listeners) l(changes, 'local');
      },
    },
    { addListener: (l) => listeners.add(l), removeListener: (l) => listeners.delete(l) },
  );
}

/**
 * Before #10 settings lived in three places: the database's `settings` table, and the storage keys
 * `callWindows`, `calendarOverrides`, `disabledScripts`. Copies them once into the one store (nothing is lost).
 */
export async function migrateLegacySettings(
  area: SettingsArea,
  legacyRows: () => Promise<{ key: string; value: unknown }[]>,
): Promise<boolean> {
  const legacyKeys = ['callWindows', 'calendarOverrides', 'disabledScripts'];
  const stored = await area.get([settingsKey, ...legacyKeys]);
  if (stored[settingsKey] !== undefined) return false;
  const raw: Record<string, unknown> = {};
  for (const row of await legacyRows().catch(() => [])) raw[row.key] = row.value;
  for (const key of legacyKeys) if (stored[key] !== undefined) raw[key] = stored[key];
  await area.set({ [settingsKey]: parseSettings(raw) });
  return true;
}
