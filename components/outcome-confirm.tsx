import { useEffect, useRef, useState } from 'preact/hooks';
import { checkRingTime } from '@/utils/core/rules/record-checks';
import { pickText, type Locale, type LocalizedText } from '@/utils/core/script/localized';
import type { Outcome } from '@/utils/core/schemas/callback-record';
import type { PanelTranslate } from '@/utils/ui/i18n';

export type OutcomeConfirmView = {
  outcome: Outcome;
  openItems: { id: string; text: LocalizedText }[];
  shortRingSeconds: number | null;
};

/**
 * What the call asks before it records (docs/report.md, "What a record proves"): required items of the path still
 * open on a "reached" call — tick them here or give the reason the record keeps — and a no-answer that rang under
 * 20 s, which is recorded marked only once confirmed.
 */
export function OutcomeConfirm(props: {
  t: PanelTranslate;
  locale: Locale;
  confirm: OutcomeConfirmView;
  onTick: (id: string) => void;
  onConfirm: (answers: { openItemsReason?: string; shortRingConfirmed?: boolean }) => void;
  onCancel: () => void;
}) {
  const { t, locale, confirm } = props;
  const [reason, setReason] = useState('');
  const first = useRef<HTMLElement | null>(null);
  const keep = (el: HTMLElement | null) => void (first.current = el);
  // The question takes the keyboard at once: the agent types the reason (or presses Enter) without reaching for it.
  useEffect(() => first.current?.focus(), []);
  const open = confirm.openItems;
  const ring = confirm.shortRingSeconds === null ? null : checkRingTime(confirm.outcome, confirm.shortRingSeconds);
  const needsReason = open.length > 0 && reason.trim() === '';
  return (
    <form
      class="notice warn outcome-confirm"
      aria-label={t('confirmOutcomeTitle', { outcome: t(`outcome.${confirm.outcome}`) })}
      data-testid="outcome-confirm"
      onSubmit={(e) => {
        e.preventDefault();
        if (needsReason) return;
        props.onConfirm({
          ...(open.length > 0 ? { openItemsReason: reason.trim() } : {}),
          ...(ring ? { shortRingConfirmed: true } : {}),
        });
      }}
    >
      <p role="alert">
        <strong>{t('confirmOutcomeTitle', { outcome: t(`outcome.${confirm.outcome}`) })}</strong>
      </p>
      {ring?.text && <p data-testid="short-ring-warning">{pickText(ring.text, locale)}</p>}
      {confirm.outcome === 'reached' && open.length === 0 && <p>{t('openItemsAllTicked')}</p>}
      {open.length > 0 && (
        <>
          <p>{t('openItemsAsk', { n: open.length })}</p>
          <ul class="open-items">
            {open.map((item) => (
              <li key={item.id}>
                <label>
                  <input type="checkbox" checked={false} onChange={() => props.onTick(item.id)} />{' '}
                  {pickText(item.text, locale)}
                </label>
              </li>
            ))}
          </ul>
          <label>
            {t('openItemsReason')}{' '}
            <input
              type="text"
              maxLength={2000}
              data-testid="open-items-reason"
              value={reason}
              ref={keep}
              onInput={(e) => setReason(e.currentTarget.value)}
            />
          </label>
        </>
      )}
      <p class="buttons">
        <button
          type="submit"
          data-testid="confirm-outcome"
          disabled={needsReason}
          ref={open.length === 0 ? keep : undefined}
        >
          {t('confirmOutcome')}
        </button>{' '}
        <button type="button" data-testid="cancel-outcome" onClick={props.onCancel}>
          {t('cancel')}
        </button>
      </p>
    </form>
  );
}
