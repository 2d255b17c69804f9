import type { PanelTranslate } from '@/utils/ui/i18n';
import { countByOutcome, type DayCall } from '@/utils/core/worklist/my-day';
import { SafeText } from './safe-text';
import { barOutcomes } from './outcome-bar';

export type MyDayProps = {
  t: PanelTranslate;
  date: string;
  calls: DayCall[];
  error: string | null;
  /** "14:05", in the deployment's time zone. */
  timeOf: (iso: string) => string;
  kindLabel: (kind: DayCall['kind']) => string;
  /** Opens the customer's page in this tab; absent when the record has no page address. */
  onOpen: (call: DayCall) => void;
};

/** The agent's own calls of the day: how many ended how, and each call (opens its customer's page). */
export function MyDay({ t, date, calls, error, timeOf, kindLabel, onOpen }: MyDayProps) {
  const { counts, total } = countByOutcome(calls, [...barOutcomes, 'message-sent']);
  return (
    <section class="my-day" data-testid="my-day" aria-label={t('myDayTitle')}>
      <h3>
        {t('myDayTitle')} <small>{date}</small>
      </h3>
      {error && <p class="warning">{t('myDayError', { error })}</p>}
      {total === 0 ? (
        <p class="empty">{t('myDayNone')}</p>
      ) : (
        <>
          <p class="my-day-counts" data-testid="my-day-counts">
            <strong>{t('myDayTotal', { n: total })}</strong>
            {counts.map((c) => (
              <span key={c.outcome} class="chip" data-outcome={c.outcome}>
                {t(`outcome.${c.outcome}`)} {c.n}
              </span>
            ))}
          </p>
          <ul class="my-day-list">
            {calls.map((call) => (
              <li key={call.id} data-testid="my-day-call">
                <span class="when">{timeOf(call.startedAt)}</span> <SafeText value={call.name || '—'} /> ·{' '}
                {kindLabel(call.kind)} · <strong>{t(`outcome.${call.outcome}`)}</strong>
                {call.notes && (
                  <>
                    {' '}
                    · <SafeText class="muted" value={call.notes.slice(0, 60)} />
                  </>
                )}{' '}
                {/^https?:\/\//.test(call.sourceUrl) && (
                  <button type="button" class="link" data-testid="my-day-open" onClick={() => onOpen(call)}>
                    {t('myDayOpen')}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
