import type { WorkingCalendar } from '@/utils/core/calendar/working-calendar';
import type { DataClient } from '@/utils/service/call-client';
import type { PanelCalls } from '@/utils/service/panel-calls';
import type { SettingsStore } from '@/utils/settings/settings-store';
import type { WorklistImportPorts } from './worklist-import-state';

/**
 * The work-list import's ports over the one settings store and the data calls: the same for the panel's queue tab and
 * the options page (issue #12). The XLSX reader (read-excel-file + fflate, ≈20 KB gzip) loads when a file is chosen,
 * not with the page (docs/benchmarks.md, panel weight).
 */
export function createWorklistImportPorts(deps: {
  store: SettingsStore;
  client: DataClient<PanelCalls>;
  calendar: () => WorkingCalendar;
  timeZone: string;
}): WorklistImportPorts {
  const { store, client } = deps;
  return {
    readTable: async (name, bytes) => (await import('@/utils/worklist/read-table')).readTable(name, bytes),
    loadMapping: async (layout) => (await store.read()).worklistMappings[layout] ?? null,
    saveMapping: async (layout, mapping) =>
      void (await store.update({ worklistMappings: { ...(await store.read()).worklistMappings, [layout]: mapping } })),
    loadRecordLink: async (origin) => (await store.read()).recordLinks[origin] ?? null,
    saveRecordLink: async (origin, template) =>
      void (await store.update({ recordLinks: { ...(await store.read()).recordLinks, [origin]: template } })),
    save: async (input) => void (await client.call('saveWorklist', input)),
    now: () => new Date(),
    newId: () => crypto.randomUUID(),
    get calendar() {
      return deps.calendar();
    },
    timeZone: deps.timeZone,
  };
}
