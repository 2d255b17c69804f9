import type { Locale } from '@/utils/core/script/localized';
import type { Industry } from '@/utils/core/kind-groups';
import { cellText } from '@/utils/core/worklist/cell-values';
import { worklistFieldLabels, worklistFields } from '@/utils/core/worklist/columns';
import { kindRules } from '@/utils/core/rules/kind-rules';
import type { PanelKey, PanelTranslate } from '@/utils/ui/i18n';
import { formatMessage, type Params } from '@/utils/ui/i18n/format';
import { zhCNWorklist } from '@/utils/ui/i18n/zh-cn-worklist';
import { enWorklist } from '@/utils/ui/i18n/en-worklist';
import { maskField } from '@/utils/ui/mask';
import type { WorklistImportState } from '@/utils/ui/worklist-import-state';
import { KindSelect } from './kind-select';
import { SafeText } from './safe-text';

const worklistTexts = { 'zh-CN': zhCNWorklist, en: enWorklist } as const;
type WorklistKey = keyof typeof zhCNWorklist;
type ImportTranslate = (key: WorklistKey | PanelKey, params?: Params) => string;
const isWorklistKey = (key: string): key is WorklistKey => Object.hasOwn(zhCNWorklist, key);

const shownIssues = 30;
const shownRows = 5;

/** Work-list import: file, site, columns with a sample value each, live preview, every bad cell, then one import. */
export function WorklistImport({
  t: panelT,
  locale,
  s,
  origins,
  industry,
}: {
  t: PanelTranslate;
  locale: Locale;
  s: WorklistImportState;
  origins: readonly string[];
  industry: Industry | null;
}) {
  // The dialog's own texts come with it (it loads when first opened, not with the panel: utils/ui/i18n/panel.ts).
  const t: ImportTranslate = (key, params) =>
    isWorklistKey(key) ? formatMessage(worklistTexts[locale][key], params) : panelT(key, params);
  const f = s.file.value;
  const preview = s.preview.value;
  const sample = f?.table[1] ?? [];
  return (
    <section class="worklist-import" data-testid="worklist-import" aria-label={t('wlTitle')}>
      <h3>{t('wlTitle')}</h3>
      <p class="hint">{t('wlHint')}</p>
      <label class="file-pick">
        {t('wlFile')}{' '}
        <input
          type="file"
          accept=".xlsx,.csv,.txt,.tsv"
          data-testid="worklist-file"
          onChange={async (e) => {
            const picked = e.currentTarget.files?.[0];
            if (picked) await s.load(picked.name, new Uint8Array(await picked.arrayBuffer()));
            e.currentTarget.value = '';
          }}
        />
      </label>
      {s.error.value && (
        <p class="error" role="alert" data-testid="worklist-error">
          {s.error.value[locale]}
        </p>
      )}
      {s.done.value && (
        <p class="ok" role="status" data-testid="worklist-done">
          {t('wlDone', { name: s.done.value.fileName, n: s.done.value.entries, merged: s.done.value.merged })}
        </p>
      )}
      {f && (
        <div class="worklist-form">
          <p>
            {t('wlFileRead', {
              name: f.name,
              encoding: f.encoding.toUpperCase(),
              rows: Math.max(0, f.table.length - 1),
            })}
          </p>
          {f.remembered && <p class="hint">{t('wlRemembered')}</p>}
          <label>
            {t('wlSite')}{' '}
            {origins.length ? (
              <select
                data-testid="worklist-site"
                value={s.origin.value}
                onChange={(e) => void s.setOrigin(e.currentTarget.value)}
              >
                {!s.origin.value && <option value="">{t('wlChooseKind')}</option>}
                {origins.map((o) => (
                  <option key={o} value={o}>
                    {o}
                  </option>
                ))}
              </select>
            ) : (
              <span class="error">{t('wlNoSite')}</span>
            )}
          </label>
          {s.mapping.value.kind === null && (
            <label>
              {t('wlDefaultKind')}{' '}
              <KindSelect
                label={t('wlDefaultKind')}
                testId="worklist-kind"
                value={s.defaultKind.value}
                locale={locale}
                industry={industry}
                placeholder={t('wlChooseKind')}
                onChange={(k) => (s.defaultKind.value = k)}
              />
            </label>
          )}
          <label>
            {t('wlLink')}{' '}
            <input
              type="url"
              data-testid="worklist-link"
              value={s.linkTemplate.value}
              placeholder="https://crm.example.com/customer/{id}"
              onInput={(e) => (s.linkTemplate.value = e.currentTarget.value)}
            />
          </label>
          <p class="hint">{t('wlLinkHint')}</p>
          {s.linkProblem.value && <p class="error">{s.linkProblem.value[locale]}</p>}
          <fieldset class="mapping">
            <legend>{t('wlMapping')}</legend>
            {worklistFields.map((field) => {
              const index = s.mapping.value[field];
              return (
                <label key={field} class="mapping-row">
                  <span>{worklistFieldLabels[field][locale]}</span>
                  <select
                    data-testid={`map-${field}`}
                    value={index === null ? '' : String(index)}
                    onChange={(e) =>
                      s.setColumn(field, e.currentTarget.value === '' ? null : Number(e.currentTarget.value))
                    }
                  >
                    <option value="">{t('wlNoColumn')}</option>
                    {s.headers.value.map((h, i) => (
                      <option key={i} value={String(i)}>
                        {h || `#${i + 1}`}
                      </option>
                    ))}
                  </select>
                  <small class="sample">
                    {index === null ? '' : <SafeText value={maskField(field, cellText(sample[index]))} />}
                  </small>
                </label>
              );
            })}
          </fieldset>
          {preview && <WorklistPreview t={t} locale={locale} preview={preview} />}
          <div class="actions">
            <button
              type="button"
              class="primary"
              data-testid="worklist-confirm"
              disabled={!s.canImport.value}
              onClick={() => void s.confirm()}
            >
              {t('wlImport', { n: preview?.entries.length ?? 0 })}
            </button>{' '}
            <button type="button" onClick={s.reset}>
              {t('wlCancel')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}

function WorklistPreview({
  t,
  locale,
  preview,
}: {
  t: ImportTranslate;
  locale: Locale;
  preview: NonNullable<WorklistImportState['preview']['value']>;
}) {
  if (preview.issues.length)
    return (
      <div class="worklist-issues" role="alert" data-testid="worklist-issues">
        <p>{t('wlIssues', { n: preview.issues.length })}</p>
        <ul>
          {preview.issues.slice(0, shownIssues).map((issue, i) => (
            <li key={i}>
              {issue.row > 0
                ? t('wlIssueAt', { row: issue.row, column: issue.column ?? '—', message: issue.message[locale] })
                : t('wlIssueFile', { message: issue.message[locale] })}
            </li>
          ))}
        </ul>
        {preview.issues.length > shownIssues && <p>{t('wlMoreIssues', { n: preview.issues.length - shownIssues })}</p>}
      </div>
    );
  return (
    <div class="worklist-preview" data-testid="worklist-preview">
      <p>{t('wlPreview', { n: preview.entries.length, merged: preview.mergedRows })}</p>
      <table>
        <tbody>
          {preview.entries.slice(0, shownRows).map((e) => (
            <tr key={e.id}>
              <td>
                <SafeText value={e.name || e.customerId || '—'} />
              </td>
              <td>{maskField('mobile', e.mobiles[0] ?? e.landlines[0] ?? '')}</td>
              <td>{kindRules[e.kind].label[locale]}</td>
              <td>{e.due ? e.due.slice(0, 10) : t('qNoDeadline')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
