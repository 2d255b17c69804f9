import type { Translate } from '@/utils/ui/i18n';
import { keyLegend, outcomeKey } from '@/utils/ui/keymap';
import { barOutcomes } from './outcome-bar';

/** The key list ("?" toggles it). */
export function KeyHelp({ t }: { t: Translate }) {
  const rows: [string, string][] = [
    [keyLegend.answer, t('keyAnswer')],
    [`${keyLegend.yes} / ${keyLegend.no}`, t('keyYesNo')],
    [keyLegend.next, t('next')],
    [keyLegend.back, t('back')],
    [keyLegend.reveal, t('revealHint')],
    [keyLegend.teach, t('keyTeach')],
    [keyLegend.timer, t('timerStart')],
    [keyLegend.notes, t('notes')],
    [keyLegend.kind, t('kind')],
    [keyLegend.escalate, t('escalate')],
    [keyLegend.confirmIdentity, t('confirmButton')],
    [keyLegend.nextContact, t('contactChange')],
    ...barOutcomes.map((o): [string, string] => [outcomeKey(o) ?? '', `${t('outcome')} · ${t(`outcome.${o}`)}`]),
    ['Esc', t('keyLeave')],
  ];
  return (
    <section class="key-help" data-testid="key-help" aria-label={t('keyHelp')}>
      <h3>{t('keyHelp')}</h3>
      <dl>
        {rows.map(([k, label]) => (
          <div key={k} class="field-row">
            <dt>
              <kbd>{k}</kbd>
            </dt>
            <dd>{label}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
