import { signal } from '@preact/signals-core';
import type { DataClient } from '@/utils/service/call-client';
import type { Locale, Translate } from './i18n';

export type SaveFile = (file: { text: string; fileName: string; mimeType: string }) => void;

/** Biggest import file read into the page (the data layer checks it again). */
export const maxImportBytes = 512 * 1024 * 1024;

/** Export and import: what the panel shows beside the call, through the background's data calls. */
export function createDataState(client: DataClient, saveFile: SaveFile) {
  const message = signal<string | null>(null);
  const busy = signal(false);
  const describe = (err: unknown) => (err instanceof Error ? err.message : String(err));

  return {
    message,
    busy,
    async exportAs(format: 'json' | 'csv', locale: Locale, t: Translate) {
      busy.value = true;
      try {
        const result = await client.call('exportFile', { format, locale });
        if (result.ok) saveFile(result);
        else message.value = t('error', { error: result.message });
      } catch (err) {
        message.value = t('error', { error: describe(err) });
      } finally {
        busy.value = false;
      }
    },
    async importFrom(file: { size: number; text(): Promise<string> }, t: Translate): Promise<boolean> {
      busy.value = true;
      try {
        if (file.size > maxImportBytes) throw new Error(`file larger than ${maxImportBytes / 1024 / 1024} MB`);
        const result = await client.call('importFile', { text: await file.text() });
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
