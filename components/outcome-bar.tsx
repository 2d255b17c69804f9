import type { Outcome } from '@/utils/core/schemas/callback-record';
import type { PanelTranslate } from '@/utils/ui/i18n';
import { outcomeKey } from '@/utils/ui/keymap';

export const barOutcomes: Outcome[] = [
  'reached',
  'no-answer',
  'busy',
  'refused',
  'wrong-number',
  'no-such-number',
  'call-back-later',
];

export type OutcomeBarProps = {
  t: PanelTranslate;
  busy: boolean;
  escalated: boolean;
  /** Set while the agent picks the call-back time. */
  laterValue: string | null;
  onOutcome: (outcome: Outcome) => void;
  onLaterValue: (value: string) => void;
  onLaterConfirm: () => void;
  onLaterCancel: () => void;
  onEscalate: () => void;
};

export function OutcomeBar(props: OutcomeBarProps) {
  const { t } = props;
  return (
    <div class="outcome-bar" role="group" aria-label={t('outcome')}>
      {barOutcomes.map((o) => (
        <button
          type="button"
          key={o}
          data-testid={`outcome-${o}`}
          disabled={props.busy}
          onClick={() => props.onOutcome(o)}
        >
          {t(`outcome.${o}`)} <kbd>{outcomeKey(o)}</kbd>
        </button>
      ))}
      <button
        type="button"
        class="escalate"
        aria-pressed={props.escalated}
        data-testid="escalate"
        onClick={props.onEscalate}
      >
        ⚑ {t('escalate')} <kbd>E</kbd>
      </button>
      {props.escalated && <p class="warning">{t('escalated')}</p>}
      {props.laterValue !== null && (
        <form
          class="later"
          onSubmit={(e) => {
            e.preventDefault();
            props.onLaterConfirm();
          }}
        >
          <label>
            {t('callBackAt')}{' '}
            <input
              type="datetime-local"
              data-testid="call-back-at"
              value={props.laterValue}
              onInput={(e) => props.onLaterValue(e.currentTarget.value)}
            />
          </label>
          <button type="submit">{t('confirm')}</button>
          <button type="button" onClick={props.onLaterCancel}>
            {t('cancel')}
          </button>
        </form>
      )}
    </div>
  );
}
