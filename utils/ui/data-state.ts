import { signal } from '@preact/signals';
import type { QueueItem } from '@/utils/db';
import type { Locale, Translate } from './i18n';
import type { PanelPorts } from './panel-ports';

export type SaveFile = (file: { text: string; fileName: string; mimeType: string }) => void;

/** Queue, export and import: what the panel shows beside the call. */
export function createDataState(ports: Pick<PanelPorts, 'queue' | 'exportFile' | 'importFile'>, saveFile: SaveFile) {
  const queue = signal<QueueItem[]>([]);
  const message = signal<string | null>(null);
  const busy = signal(false);

  return {
    queue,
    message,
    busy,
    async refreshQueue() {
      queue.value = await ports.queue();
    },
    async exportAs(format: 'json' | 'csv', locale: Locale, t: Translate) {
      busy.value = true;
      try {
        const result = await ports.exportFile(format, locale);
        if (result.ok) saveFile(result);
        else message.value = t('error', { error: result.message });
      } finally {
        busy.value = false;
      }
    },
    async importFrom(file: { size: number; text(): Promise<string> }, t: Translate): Promise<boolean> {
      busy.value = true;
      try {
        const result = await ports.importFile(file);
        message.value = result.ok ? t('imported', { n: result.added }) : t('importFailed', { error: result.message });
        return result.ok;
      } finally {
        busy.value = false;
      }
    },
  };
}
export type DataState = ReturnType<typeof createDataState>;
