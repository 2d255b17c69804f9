import { createMemorySettingsStore, migrateLegacySettings, settingsKey } from '@/utils/settings/settings-store';
import { settingDefaults, settingsPatchSchema } from '@/utils/core/schemas/settings';

function memoryArea(initial: Record<string, unknown> = {}) {
  const map = new Map(Object.entries(initial));
  return {
    map,
    get: async (keys: string | string[]) =>
      Object.fromEntries((Array.isArray(keys) ? keys : [keys]).filter((k) => map.has(k)).map((k) => [k, map.get(k)])),
    set: async (items: Record<string, unknown>) => {
      for (const [k, v] of Object.entries(items)) map.set(k, v);
    },
  };
}

describe('the settings store', () => {
  it('keeps both of two quick changes made on one page (the second does not overwrite the first)', async () => {
    const store = createMemorySettingsStore();
    await Promise.all([
      store.update({ locale: 'en' }),
      store.update({ agent: '王芳' }),
      store.update({ locale: 'zh-CN' }),
    ]);
    expect(await store.read()).toMatchObject({ locale: 'zh-CN', agent: '王芳' });
  });

  it('refuses a bad value without blocking the changes after it', async () => {
    const store = createMemorySettingsStore();
    await expect(store.update({ retentionYears: -1 } as never)).rejects.toThrow(/retentionYears/);
    await store.update({ agent: '李伟' });
    expect((await store.read()).agent).toBe('李伟');
  });

  it('has defaults that pass their own schemas', () => {
    expect(settingsPatchSchema.safeParse(settingDefaults).success).toBe(true);
  });

  it('reads defaults, stores a change, and tells every watcher', async () => {
    const store = createMemorySettingsStore();
    expect(await store.read()).toEqual(settingDefaults);
    const seen: string[] = [];
    const stop = store.watch((s) => seen.push(s.agent));
    await store.update({ agent: '王芳' });
    stop();
    await store.update({ agent: '李雷' });
    expect(seen).toEqual(['王芳']);
    expect((await store.read()).agent).toBe('李雷');
  });

  it('refuses a bad value naming its key, and a bad stored value reads as its default alone', async () => {
    const store = createMemorySettingsStore({ agent: 'a', retentionYears: 1 });
    await expect(store.update({ retentionYears: 2 })).rejects.toThrow(/retentionYears/);
    const read = await store.read();
    expect(read.retentionYears).toBe(3);
    expect(read.agent).toBe('a');
  });

  it('moves the settings of the three old places into the one store once', async () => {
    const area = memoryArea({
      callWindows: { windows: [{ start: '09:00', end: '12:00' }], workingDaysOnly: false },
      disabledScripts: ['power-callback'],
    });
    const rows = async () => [
      { key: 'agent', value: '王芳' },
      { key: 'locale', value: 'en' },
      { key: 'retentionYears', value: 1 },
    ];
    expect(await migrateLegacySettings(area, rows)).toBe(true);
    expect(area.map.get(settingsKey)).toMatchObject({
      agent: '王芳',
      locale: 'en',
      retentionYears: 3,
      disabledScripts: ['power-callback'],
      callWindows: { workingDaysOnly: false },
    });
    expect(await migrateLegacySettings(area, rows)).toBe(false);
  });
});
