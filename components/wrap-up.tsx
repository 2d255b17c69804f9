import type { PanelTranslate } from '@/utils/ui/i18n';
import type { WrapUpView } from '@/utils/ui/wrap-up-view';

export type WrapUpProps = {
  t: PanelTranslate;
  view: WrapUpView;
  /** Null when the day has no next customer to offer (no work list). */
  onNext: (() => void) | null;
  onCallAgain: () => void;
  /** False when the page already shows another customer: only what was recorded is said. */
  showActions: boolean;
};

/** After "record": what was recorded and what is next, in place of the script (issue #12: no silent restart). */
export function WrapUpCard({ t, view, onNext, onCallAgain, showActions }: WrapUpProps) {
  return (
    <section class="wrap-up" data-testid="wrap-up" aria-live="polite" aria-label={t('wrapTitle')}>
      <p class="wrap-recorded" data-testid="wrap-recorded">
        {view.recorded}
      </p>
      {showActions && (
        <p class="wrap-next" data-testid="wrap-next">
          {view.next}
        </p>
      )}
      {showActions && (
        <div class="wrap-actions">
          {onNext && (
            <button type="button" class="primary" data-testid="wrap-next-customer" onClick={onNext}>
              {t('qNext')} <kbd>J</kbd>
            </button>
          )}
          <button type="button" data-testid="new-attempt" onClick={onCallAgain}>
            {view.canCallAgain ? t('wrapCallAgain') : t('wrapNewCall')}
          </button>
        </div>
      )}
    </section>
  );
}
