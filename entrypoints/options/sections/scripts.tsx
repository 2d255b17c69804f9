import { useEffect, useState } from 'preact/hooks';
import { builtinPlaybooks } from '@/utils/core/playbooks';
import { pickText, type Locale } from '@/utils/core/script/localized';
import type { Script } from '@/utils/core/script/schema';
import type { Translate } from '@/utils/ui/i18n';
import { saveFile } from '@/utils/ui/save-file';
import { dataClient, settingsStore } from '../services';
import { ScriptChecker } from './script-checker';

type Row = { script: Script; origin: 'builtin' | 'imported'; versions: number[] };

async function loadRows(): Promise<Row[]> {
  const rows = new Map<string, Row>(
    builtinPlaybooks.map((s) => [s.id, { script: s, origin: 'builtin', versions: [s.version] }]),
  );
  for (const script of await dataClient.call('storedScripts', {})) {
    const row = rows.get(script.id);
    const versions = [...new Set([...(row?.versions ?? []), script.version])].sort((a, b) => a - b);
    const newest = !row || row.script.version <= script.version ? script : row.script;
    rows.set(script.id, { script: newest, origin: row?.origin ?? 'imported', versions });
  }
  return [...rows.values()];
}

export function ScriptsSection({ t, locale }: { t: Translate; locale: Locale }) {
  const [rows, setRows] = useState<Row[]>([]);
  const [disabled, setDisabled] = useState<string[]>([]);
  const [note, setNote] = useState<string | null>(null);
  const refresh = () => void loadRows().then(setRows);
  useEffect(() => {
    refresh();
    void settingsStore.read().then((s) => setDisabled(s.disabledScripts));
  }, []);
  const toggle = (id: string) => {
    const next = disabled.includes(id) ? disabled.filter((d) => d !== id) : [...disabled, id];
    setDisabled(next);
    void settingsStore.update({ disabledScripts: next });
  };
  const save = (script: Script) =>
    dataClient.call('saveScript', { script }).then(
      () => {
        setNote(t('saved'));
        refresh();
      },
      (err: unknown) => setNote(err instanceof Error ? err.message : String(err)),
    );
  return (
    <section aria-labelledby="sec-scripts">
      <h2 id="sec-scripts">{t('secScripts')}</h2>
      <table data-testid="scripts">
        <tbody>
          {rows.map(({ script, origin, versions }) => (
            <tr key={script.id}>
              <td>
                <label>
                  <input type="checkbox" checked={!disabled.includes(script.id)} onChange={() => toggle(script.id)} />{' '}
                  {t('scriptEnabled')}
                </label>
              </td>
              <td>
                {pickText(script.title, locale)}{' '}
                <small>({origin === 'builtin' ? t('scriptBuiltin') : t('scriptImported')})</small>
              </td>
              <td>{t('scriptVersions', { versions: versions.map((v) => `v${v}`).join(', ') })}</td>
              <td>
                <button
                  type="button"
                  onClick={() =>
                    saveFile({
                      text: JSON.stringify(script, null, 2),
                      fileName: `${script.id}-v${script.version}.json`,
                      mimeType: 'application/json',
                    })
                  }
                >
                  {t('scriptExport')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ScriptChecker t={t} locale={locale} onSave={save} />
      {note && <p role="status">{note}</p>}
    </section>
  );
}
