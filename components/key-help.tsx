import type { PanelTranslate } from '@/utils/ui/i18n';
import { keyLegend, outcomeKey } from '@/utils/ui/keymap';
import { barOutcomes } from './outcome-bar';

type Row = [keys: string, label: string];

/** The key list in groups, over the panel ("?" or Esc closes it); the same keys are shown next to each button. */
export function KeyHelp({ t, onClose }: { t: PanelTranslate; onClose: () => void }) {
  const groups: [title: string, rows: Row[]][] = [
    [
      t('keyGroupScript'),
      [
        [keyLegend.answer, t('keyAnswer')],
        [`${keyLegend.yes} / ${keyLegend.no}`, t('keyYesNo')],
        [keyLegend.typedAnswer, t('keyTypedAnswer')],
        [keyLegend.next, t('next')],
        [keyLegend.back, t('back')],
      ],
    ],
    [
      t('keyGroupChecklist'),
      [
        [keyLegend.tickNext, t('keyTickNext')],
        [keyLegend.checklist, t('keyChecklist')],
      ],
    ],
    [
      t('keyGroupCall'),
      [
        [keyLegend.kind, t('keyKind')],
        [keyLegend.timer, t('keyTimer')],
        [keyLegend.notes, t('keyNotes')],
        [keyLegend.reveal, t('keyReveal')],
        [keyLegend.confirmIdentity, t('keyConfirmIdentity')],
        [keyLegend.nextContact, t('keyNextContact')],
        [keyLegend.teach, t('keyTeach')],
        [keyLegend.escalate, t('keyEscalate')],
        [keyLegend.nextCustomer, t('keyNextCustomer')],
      ],
    ],
    [t('keyGroupOutcome'), barOutcomes.map((o): Row => [outcomeKey(o) ?? '', t(`outcome.${o}`)])],
    [
      t('keyGroupOther'),
      [
        ['?', t('keyHelpToggle')],
        ['Esc', t('keyLeave')],
      ],
    ],
  ];
  return (
    <div class="key-help-backdrop" onClick={(e) => e.target === e.currentTarget && onClose()}>
      <section
        class="key-help"
        role="dialog"
        aria-modal="false"
        aria-labelledby="key-help-title"
        data-testid="key-help"
      >
        <header>
          <h3 id="key-help-title">{t('keyHelp')}</h3>
          <button type="button" class="icon" data-testid="key-help-close" onClick={onClose} aria-label={t('keyClose')}>
            ×
          </button>
        </header>
        {groups.map(([title, rows]) => (
          <div class="key-group" key={title}>
            <h4>{title}</h4>
            <dl>
              {rows.map(([k, label]) => (
                <div key={k} class="key-row">
                  <dt>
                    {k.split(' / ').map((part, i) => (
                      <span key={part}>
                        {i > 0 && ' / '}
                        <kbd>{part}</kbd>
                      </span>
                    ))}
                  </dt>
                  <dd>{label}</dd>
                </div>
              ))}
            </dl>
          </div>
        ))}
      </section>
    </div>
  );
}
