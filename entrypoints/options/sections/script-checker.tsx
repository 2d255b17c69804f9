import { useMemo, useState } from 'preact/hooks';
import { lintScriptJson } from '@/utils/core/script/lint';
import { pickText, type Locale } from '@/utils/core/script/localized';
import type { Script } from '@/utils/core/script/schema';
import type { Translate } from '@/utils/ui/i18n';
import { locateJsonPath } from '@/utils/core/json-locate';
import { ScriptAuthoring } from './script-authoring';
import { exportScriptCsv, exportScriptXlsx } from '@/utils/ui/script-sheet-io';
import { SheetImport } from './script-sheet-import';
import { saveFile } from '@/utils/ui/save-file';
import { describePublish } from '@/utils/ui/script-versions-view';
import { PublishPreviewView } from '@/components/publish-preview';

const MAX_FILE = 5 * 1024 * 1024;

/**
 * Paste or import a script: the linter's errors show as you type; only a clean script can be saved as a draft or
 * published, and before publishing the page lists what changed since the version agents use now.
 */
export function ScriptChecker({
  t,
  locale,
  initialText,
  inUseOf,
  onSaveDraft,
  onPublish,
}: {
  t: Translate;
  locale: Locale;
  initialText: string;
  inUseOf: (id: string) => Script | null;
  onSaveDraft: (script: Script, source: string) => void;
  onPublish: (script: Script, source: string) => void;
}) {
  const [text, setText] = useState(initialText);
  const result = useMemo(() => (text.trim() ? lintScriptJson(text) : null), [text]);
  const valid = result && result.errors.length === 0 ? result.script : null;
  return (
    <div class="script-checker">
      <label class="file">
        {t('scriptImport')}
        <input
          type="file"
          accept=".json,application/json"
          data-testid="script-import"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (file && file.size <= MAX_FILE) void file.text().then(setText);
            e.currentTarget.value = '';
          }}
        />
      </label>
      <SheetImport t={t} locale={locale} onScript={setText} />
      <label>
        {t('scriptValidate')}
        <textarea
          rows={8}
          spellcheck={false}
          data-testid="script-text"
          value={text}
          onInput={(e) => setText(e.currentTarget.value)}
        />
      </label>
      {result && (
        <div aria-live="polite" data-testid="script-lint">
          {valid ? (
            <p class="ok">{t('scriptValid', { title: pickText(valid.title, locale), version: valid.version })}</p>
          ) : (
            <>
              <p class="warning">{t('scriptErrors', { n: result.errors.length })}</p>
              <ul>
                {result.errors.slice(0, 100).map((err, i) => {
                  // The line of the value the error names, so the author finds it in the text above.
                  const at = i < 30 ? locateJsonPath(text, err.path) : null;
                  return (
                    <li key={i}>
                      {at && <strong>{t('scriptLine', { line: at.line })} </strong>}
                      <code>{err.path || '/'}</code> {err.message}
                    </li>
                  );
                })}
              </ul>
            </>
          )}
        </div>
      )}
      {valid && <PublishPreviewView preview={describePublish(inUseOf(valid.id), valid, t)} t={t} />}
      <button type="button" disabled={!valid} onClick={() => valid && onSaveDraft(valid, text)}>
        {t('scriptSaveDraft')}
      </button>{' '}
      <button
        type="button"
        data-testid="script-publish"
        disabled={!valid || describePublish(inUseOf(valid.id), valid, t).kind === 'not-newer'}
        onClick={() => valid && onPublish(valid, text)}
      >
        {t('scriptPublish')}
      </button>{' '}
      <button
        type="button"
        disabled={!valid}
        onClick={() =>
          valid &&
          void exportScriptXlsx(valid).then((blob) =>
            saveFile({ blob, fileName: `${valid.id}-v${valid.version}.xlsx` }),
          )
        }
      >
        {t('scriptExportXlsx')}
      </button>{' '}
      <button
        type="button"
        disabled={!valid}
        onClick={() =>
          valid && saveFile({ blob: exportScriptCsv(valid), fileName: `${valid.id}-v${valid.version}.csv` })
        }
      >
        {t('scriptExportCsv')}
      </button>
      {valid && <ScriptAuthoring script={valid} t={t} locale={locale} />}
    </div>
  );
}
