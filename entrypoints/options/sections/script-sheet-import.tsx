import { useState } from 'preact/hooks';
import type { Locale } from '@/utils/core/script/localized';
import type { Translate } from '@/utils/ui/i18n';
import { importScriptSheet } from '@/utils/ui/script-sheet-io';

const MAX_FILE = 5 * 1024 * 1024;

/** Import a script from a spreadsheet (docs/script-sheet.md): its JSON goes to the editor; unreadable cells are listed. */
export function SheetImport({
  t,
  locale,
  onScript,
}: {
  t: Translate;
  locale: Locale;
  onScript: (json: string) => void;
}) {
  const [errors, setErrors] = useState<string[]>([]);
  return (
    <>
      <label class="file">
        {t('scriptImportSheet')}
        <input
          type="file"
          accept=".xlsx,.csv,.txt,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
          data-testid="script-import-sheet"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (!file || file.size > MAX_FILE) return;
            void file
              .arrayBuffer()
              .then((buffer) => importScriptSheet(file.name, new Uint8Array(buffer), locale))
              .then((read) => {
                if (read.ok) {
                  setErrors([]);
                  onScript(read.json);
                } else
                  setErrors(
                    read.errors.map((err) =>
                      'row' in err
                        ? t('sheetCellError', { row: err.row, column: err.column, message: err.message })
                        : err.message,
                    ),
                  );
              });
          }}
        />
      </label>
      {errors.length > 0 && (
        <div class="warning" data-testid="sheet-errors">
          <p>{t('sheetErrors', { n: errors.length })}</p>
          <ul>
            {errors.slice(0, 100).map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
