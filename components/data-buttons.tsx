import type { PanelTranslate } from '@/utils/ui/i18n';

export type DataButtonsProps = {
  t: PanelTranslate;
  status: string | null;
  onExportJson: () => void;
  onExportCsv: () => void;
  onImport: (file: File) => void;
};

export function DataButtons({ t, status, onExportJson, onExportCsv, onImport }: DataButtonsProps) {
  return (
    <section class="data-buttons" aria-label={t('data')}>
      <button type="button" data-testid="export-json" onClick={onExportJson}>
        {t('exportJson')}
      </button>
      <button type="button" data-testid="export-csv" onClick={onExportCsv}>
        {t('exportCsv')}
      </button>
      <label class="file">
        {t('importFile')}
        <input
          type="file"
          accept=".json,application/json"
          data-testid="import-file"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (file) onImport(file);
            e.currentTarget.value = '';
          }}
        />
      </label>
      {status && (
        <p role="status" data-testid="data-status">
          {status}
        </p>
      )}
    </section>
  );
}
