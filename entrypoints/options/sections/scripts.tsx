import { useEffect, useState } from 'preact/hooks';
import { builtinPlaybooks } from '@/utils/core/playbooks';
import { pickText, type Locale } from '@/utils/core/script/localized';
import type { Script } from '@/utils/core/script/schema';
import type { Translate } from '@/utils/ui/i18n';
import { saveFile } from '@/utils/ui/save-file';
import { groupScriptVersions, type ScriptRowView, type StoredVersion } from '@/utils/ui/script-versions-view';
import { dataClient, settingsStore } from '../services';
import { ScriptChecker } from './script-checker';

const statusKey = {
  draft: 'scriptStatusDraft',
  published: 'scriptStatusPublished',
  builtin: 'scriptStatusBuiltin',
} as const;

/** The scripts with their versions: what agents use (published), drafts to open or publish, and the editor. */
export function ScriptsSection({ t, locale }: { t: Translate; locale: Locale }) {
  const [stored, setStored] = useState<StoredVersion[]>([]);
  const [disabled, setDisabled] = useState<string[]>([]);
  const [note, setNote] = useState<string | null>(null);
  const [opened, setOpened] = useState<{ text: string; n: number } | null>(null);
  const refresh = () => dataClient.call('storedScripts', {}).then(setStored);
  useEffect(() => {
    void refresh();
    void settingsStore.read().then((s) => setDisabled(s.disabledScripts));
  }, []);
  const rows = groupScriptVersions(builtinPlaybooks, stored);
  const toggle = (id: string) => {
    const next = disabled.includes(id) ? disabled.filter((d) => d !== id) : [...disabled, id];
    setDisabled(next);
    void settingsStore.update({ disabledScripts: next });
  };
  // The note comes with the list it speaks of: "draft saved" while the table still shows the old versions misleads.
  const report = (p: Promise<unknown>, done: string) =>
    p.then(refresh).then(
      () => setNote(done),
      (err: unknown) => setNote(err instanceof Error ? err.message : String(err)),
    );
  const params = (script: Script) => ({ title: pickText(script.title, locale), version: script.version });
  const saveDraft = (script: Script, source: string) =>
    report(dataClient.call('saveScript', { script, status: 'draft', source }), t('scriptDraftSaved', params(script)));
  const publish = (script: Script, source: string) =>
    report(
      dataClient
        .call('saveScript', { script, status: 'draft', source })
        .then(() => dataClient.call('publishScript', { id: script.id, version: script.version })),
      t('scriptPublished', params(script)),
    );
  const exportScript = (script: Script, source?: string) =>
    saveFile({
      text: source ?? JSON.stringify(script, null, 2),
      fileName: `${script.id}-v${script.version}.json`,
      mimeType: 'application/json',
    });
  const inUseOf = (id: string): Script | null => rows.find((r) => r.id === id)?.inUse ?? null;
  return (
    <section aria-labelledby="sec-scripts">
      <h2 id="sec-scripts">{t('secScripts')}</h2>
      <table data-testid="scripts">
        <tbody>
          {rows.map((row) => (
            <ScriptRow
              key={row.id}
              row={row}
              t={t}
              locale={locale}
              enabled={!disabled.includes(row.id)}
              onToggle={() => toggle(row.id)}
              onExport={() => {
                const shown = row.inUse ?? row.draft?.script;
                if (shown) exportScript(shown, row.inUse ? undefined : row.draft?.source);
              }}
              onOpen={(text) => setOpened({ text, n: (opened?.n ?? 0) + 1 })}
              onPublish={(draft) =>
                report(
                  dataClient.call('publishScript', { id: draft.script.id, version: draft.script.version }),
                  t('scriptPublished', params(draft.script)),
                )
              }
            />
          ))}
        </tbody>
      </table>
      <ScriptChecker
        key={opened?.n ?? 0}
        t={t}
        locale={locale}
        initialText={opened?.text ?? ''}
        inUseOf={inUseOf}
        onSaveDraft={saveDraft}
        onPublish={publish}
      />
      {note && (
        <p role="status" data-testid="scripts-status">
          {note}
        </p>
      )}
    </section>
  );
}

function ScriptRow(props: {
  row: ScriptRowView;
  t: Translate;
  locale: Locale;
  enabled: boolean;
  onToggle: () => void;
  onExport: () => void;
  onOpen: (text: string) => void;
  onPublish: (draft: StoredVersion) => void;
}) {
  const { row, t, locale } = props;
  const title = row.inUse?.title ?? row.draft?.script.title;
  const draft = row.draft;
  return (
    <tr data-script-id={row.id}>
      <td>
        <label>
          <input type="checkbox" checked={props.enabled} onChange={props.onToggle} /> {t('scriptEnabled')}
        </label>
      </td>
      <td>
        {title ? pickText(title, locale) : row.id}{' '}
        <small>({row.origin === 'builtin' ? t('scriptBuiltin') : t('scriptImported')})</small>
      </td>
      <td>
        {row.inUse ? t('scriptInUse', { version: row.inUse.version }) : t('scriptNoneInUse')}
        <br />
        <small>
          {t('scriptVersions', {
            versions: row.versions.map((v) => `v${v.version} ${t(statusKey[v.status])}`).join(', '),
          })}
        </small>
      </td>
      <td>
        <button type="button" onClick={props.onExport}>
          {t('scriptExport')}
        </button>{' '}
        {draft && (
          <>
            <button type="button" onClick={() => props.onOpen(draft.source ?? JSON.stringify(draft.script, null, 2))}>
              {t('scriptOpenDraft', { version: draft.script.version })}
            </button>{' '}
            <button type="button" onClick={() => props.onPublish(draft)}>
              {t('scriptPublishDraft', { version: draft.script.version })}
            </button>
          </>
        )}
      </td>
    </tr>
  );
}
