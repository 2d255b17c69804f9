import type { PanelTranslate } from '@/utils/ui/i18n';
import { SafeText } from './safe-text';
import type { RecordCorrection, CorrectionChanges, CorrectionValues } from './record-correction';
import { SyncBadge } from './sync-badge';
import type { TeamView } from '@/utils/core/sync/team-view';

export type HistoryItemView = {
  id: string;
  when: string;
  outcome: string;
  kind: string;
  notes: string;
  path: string[];
  answers: string[];
  /** What the record checks stored: the reason required items stayed open, a confirmed short ring. */
  checks: string[];
  /** What a correction starts from (the record's outcome, overall rating and notes). */
  current: CorrectionValues;
};

export function HistoryList({
  t,
  items,
  onCorrect,
  Correction,
  synced,
}: {
  t: PanelTranslate;
  items: HistoryItemView[];
  /** Team sync on: each record's sync state by id (components/sync-badge.tsx). */
  synced?: TeamView['records'];
  /** Saves a correction as a new revision; resolves to an error text, or null. Absent: no correcting here. */
  onCorrect?: (id: string, changes: CorrectionChanges, reason: string) => Promise<string | null>;
  /** The correction form (components/record-correction.tsx), passed in: the panel loads it after the first answer. */
  Correction?: typeof RecordCorrection;
}) {
  return (
    <section class="history" data-testid="history" aria-label={t('history')}>
      <h3>{t('history')}</h3>
      {items.length === 0 ? (
        <p class="empty">{t('noHistory')}</p>
      ) : (
        <ul>
          {items.map((item) => (
            <li key={item.id}>
              <details>
                <summary>
                  {item.when} · {item.kind} · <strong>{item.outcome}</strong>
                  <SyncBadge t={t} state={synced?.[item.id]} />
                  {item.notes && (
                    <>
                      {' '}
                      · <SafeText value={item.notes.slice(0, 80)} />
                    </>
                  )}
                </summary>
                {item.answers.length > 0 && (
                  <ul>
                    {item.answers.map((a, i) => (
                      <li key={i}>
                        <SafeText value={a} />
                      </li>
                    ))}
                  </ul>
                )}
                {item.checks.map((line, i) => (
                  <p key={`check-${i}`} class="history-check">
                    <SafeText value={line} />
                  </p>
                ))}
                {onCorrect && Correction && (
                  <Correction
                    key={item.id}
                    t={t}
                    current={item.current}
                    onSave={(changes, reason) => onCorrect(item.id, changes, reason)}
                  />
                )}
                {item.path.length > 0 && <p class="path-line">{item.path.join(' → ')}</p>}
                {item.notes && (
                  <p class="history-notes">
                    <SafeText value={item.notes} />
                  </p>
                )}
              </details>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
