import { signal } from '@preact/signals-core';
import type { DataClient } from '@/utils/service/call-client';
import type { PanelCalls } from '@/utils/service/panel-calls';
import type { StreamProgress } from '@/utils/service/stream-port';
import type { Locale, PanelTranslate } from './i18n';

export type SaveFile = (file: { text: string; fileName: string; mimeType: string }) => void;

/** Biggest import file read into the page (the data layer checks it again). */
export const maxImportBytes = 512 * 1024 * 1024;

/** What a long export or import is doing, in words ("写入中… 40%"); phases of utils/db/export-records.ts and import-records.ts. */
export function progressText(t: PanelTranslate, p: StreamProgress): string {
  const percent = p.total > 0 ? Math.min(100, Math.floor((p.done / p.total) * 100)) : 0;
  const key = p.phase === 'read' ? 'progressRead' : p.phase === 'write' ? 'progressWrite' : 'progressCheck';
  return t(key, { percent });
}

/** Export and import: what the panel shows beside the call, through the background's data calls. */
export function createDataState(client: DataClient<PanelCalls>, saveFile: SaveFile) {
  const message = signal<string | null>(null);
  const busy = signal(false);
  const describe = (err: unknown) => (err instanceof Error ? err.message : String(err));

  return {
    message,
    busy,
    async exportAs(format: 'json' | 'csv', locale: Locale, t: PanelTranslate) {
      busy.value = true;
      try {
        // Over the port of big calls: a few years of records is more than one message can carry.
        const result = await client.callLarge('exportFile', { format, locale }, (p) => {
          message.value = progressText(t, p);
        });
        message.value = null;
        if (result.ok) saveFile(result);
        else message.value = t('error', { error: result.message });
      } catch (err) {
        message.value = t('error', { error: describe(err) });
      } finally {
        busy.value = false;
      }
    },
    async importFrom(file: { size: number; text(): Promise<string> }, t: PanelTranslate): Promise<boolean> {
      busy.value = true;
      try {
        if (file.size > maxImportBytes) throw new Error(`file larger than ${maxImportBytes / 1024 / 1024} MB`);
        const result = await client.callLarge('importFile', { text: await file.text() }, (p) => {
          message.value = progressText(t, p);
        });
        message.value = result.ok ? t('imported', { n: result.added }) : t('importFailed', { error: result.message });
        return result.ok;
      } catch (err) {
        message.value = t('importFailed', { error: describe(err) });
        return false;
      } finally {
        busy.value = false;
      }
    },
  };
}
export type DataState = ReturnType<typeof createDataState>;
