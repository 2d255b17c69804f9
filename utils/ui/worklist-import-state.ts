import { computed, signal } from '@preact/signals';
import type { CallbackKind } from '@/utils/core/callback-kinds';
import type { WorkingCalendar } from '@/utils/core/calendar/working-calendar';
import type { LocalizedText } from '@/utils/core/script/localized';
import { type BuildResult, buildWorklist } from '@/utils/core/worklist/build-worklist';
import type { Table } from '@/utils/core/worklist/cell-values';
import { cellText } from '@/utils/core/worklist/cell-values';
import {
  type ColumnMapping,
  type WorklistField,
  emptyMapping,
  guessMapping,
  layoutKey,
} from '@/utils/core/worklist/columns';
import { checkRecordLinkTemplate } from '@/utils/core/worklist/record-link';
import type { Worklist, WorklistEntry } from '@/utils/core/worklist/worklist-entry';

export type ReadTable = (
  fileName: string,
  bytes: Uint8Array,
) => Promise<{ ok: true; table: Table; format: string; encoding: string } | { ok: false; message: LocalizedText }>;

/** What the import needs from the world: file reading, the stored mappings and links, and the all-or-nothing save. */
export type WorklistImportPorts = {
  readTable: ReadTable;
  loadMapping(layout: string): Promise<ColumnMapping | null>;
  saveMapping(layout: string, mapping: ColumnMapping): Promise<void>;
  loadRecordLink(origin: string): Promise<string | null>;
  saveRecordLink(origin: string, template: string): Promise<void>;
  save(input: { list: Worklist; entries: WorklistEntry[] }): Promise<void>;
  now(): Date;
  newId(): string;
  calendar: WorkingCalendar;
  timeZone: string;
};

type LoadedFile = { name: string; table: Table; encoding: string; layout: string; remembered: boolean };

/**
 * The import dialog's state: a file read into a table, a column mapping (remembered per layout, else guessed), the
 * site and the kind for rows without one, a live preview with every bad cell, and the save — only when nothing is bad.
 */
export function createWorklistImportState(ports: WorklistImportPorts) {
  const file = signal<LoadedFile | null>(null);
  const mapping = signal<ColumnMapping>(emptyMapping());
  const origin = signal('');
  const defaultKind = signal<CallbackKind | null>(null);
  const linkTemplate = signal('');
  const error = signal<LocalizedText | null>(null);
  const busy = signal(false);
  const done = signal<{ entries: number; merged: number; fileName: string } | null>(null);
  const listId = signal(ports.newId());

  const headers = computed(() => (file.value?.table[0] ?? []).map((c) => cellText(c)));
  const linkProblem = computed(() => (linkTemplate.value.trim() ? checkRecordLinkTemplate(linkTemplate.value) : null));
  const preview = computed<BuildResult | null>(() => {
    const f = file.value;
    if (!f || !origin.value) return null;
    return buildWorklist({
      table: f.table,
      mapping: mapping.value,
      origin: origin.value,
      defaultKind: defaultKind.value,
      calendar: ports.calendar,
      timeZone: ports.timeZone,
      listId: listId.value,
      recordLinkTemplate: linkTemplate.value.trim() && !linkProblem.value ? linkTemplate.value.trim() : null,
    });
  });
  const canImport = computed(
    () =>
      !busy.value &&
      !linkProblem.value &&
      !!preview.value &&
      preview.value.issues.length === 0 &&
      preview.value.entries.length > 0,
  );

  async function setOrigin(next: string) {
    origin.value = next;
    linkTemplate.value = (await ports.loadRecordLink(next).catch(() => null)) ?? '';
  }

  return {
    file,
    mapping,
    origin,
    defaultKind,
    linkTemplate,
    linkProblem,
    error,
    busy,
    done,
    headers,
    preview,
    canImport,
    setOrigin,
    async load(name: string, bytes: Uint8Array) {
      error.value = null;
      done.value = null;
      const read = await ports.readTable(name, bytes);
      if (!read.ok) {
        file.value = null;
        error.value = read.message;
        return;
      }
      const header = (read.table[0] ?? []).map((c) => cellText(c));
      if (!header.some(Boolean)) {
        file.value = null;
        error.value = {
          'zh-CN': '文件是空的（第一行应为列名）。',
          en: 'The file is empty (the first row should name the columns).',
        };
        return;
      }
      const layout = layoutKey(header);
      const remembered = await ports.loadMapping(layout).catch(() => null);
      mapping.value = remembered ?? guessMapping(header);
      listId.value = ports.newId();
      file.value = { name, table: read.table, encoding: read.encoding, layout, remembered: remembered !== null };
    },
    setColumn(field: WorklistField, index: number | null) {
      mapping.value = { ...mapping.value, [field]: index };
    },
    async confirm(): Promise<boolean> {
      const f = file.value;
      const result = preview.value;
      if (!f || !result || !canImport.value) return false;
      busy.value = true;
      try {
        const list: Worklist = {
          id: listId.value,
          fileName: f.name.slice(0, 300),
          importedAt: ports.now().toISOString(),
          encoding: f.encoding,
          layoutKey: f.layout,
          origin: origin.value,
          entryCount: result.entries.length,
          mergedRows: result.mergedRows,
        };
        await ports.save({ list, entries: result.entries });
        await ports.saveMapping(f.layout, mapping.value).catch(() => undefined);
        if (linkTemplate.value.trim())
          await ports.saveRecordLink(origin.value, linkTemplate.value.trim()).catch(() => undefined);
        done.value = { entries: result.entries.length, merged: result.mergedRows, fileName: f.name };
        file.value = null;
        return true;
      } catch (err) {
        const text = err instanceof Error ? err.message : String(err);
        error.value = {
          'zh-CN': `导入失败，未写入任何内容：${text}`,
          en: `Import failed; nothing was written: ${text}`,
        };
        return false;
      } finally {
        busy.value = false;
      }
    },
    reset() {
      file.value = null;
      error.value = null;
      done.value = null;
    },
  };
}
export type WorklistImportState = ReturnType<typeof createWorklistImportState>;
