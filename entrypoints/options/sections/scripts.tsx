import { useEffect, useState } from 'preact/hooks';
import { db } from '@/utils/db/db';
import { saveScriptVersion } from '@/utils/db';
import { builtinPlaybooks } from '@/utils/core/playbooks';
import { pickText, type Locale } from '@/utils/core/script/localized';
import { scriptSchema, type Script } from '@/utils/core/script/schema';
import type { Translate } from '@/utils/ui/i18n';
import { disabledScriptsItem, saveFile } from '../../sidepanel/ports';
import { ScriptChecker } from './script-checker';

type Row = { script: Script; origin: 'builtin' | 'imported'; versions: number[] };

async function loadRows(): Promise<Row[]> {
  const rows = new Map<string, Row>(
    builtinPlaybooks.map((s) => [s.id, { script: s, origin: 'builtin', versions: [s.version] }]),
  );
  for (const stored of await db.scripts.toArray()) {
    const parsed = scriptSchema.safeParse(stored.script);
    if (!parsed.success) continue;
    const row = rows.get(parsed.data.id);
    const versions = [...new Set([...(row?.versions ?? []), parsed.data.version])].sort((a, b) => a - b);
    const newest = !row || row.script.version <= parsed.data.version ? parsed.data : row.script;
    rows.set(parsed.data.id, { script: newest, origin: row?.origin ?? 'imported', versions });
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
    void disabledScriptsItem.getValue().then(setDisabled);
  }, []);
  const toggle = (id: string) => {
    const next = disabled.includes(id) ? disabled.filter((d) => d !== id) : [...disabled, id];
    setDisabled(next);
    void disabledScriptsItem.setValue(next);
  };
  const save = (script: Script) =>
    saveScriptVersion(db, {
      id: script.id,
      version: script.version,
      origin: 'imported',
      savedAt: new Date().toISOString(),
      script,
    }).then(
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
