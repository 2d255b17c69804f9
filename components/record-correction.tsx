import { useState } from 'preact/hooks';
import type { Outcome, Satisfaction } from '@/utils/core/schemas/callback-record';
import type { PanelTranslate } from '@/utils/ui/i18n';

const outcomes: Outcome[] = [
  'reached',
  'no-answer',
  'busy',
  'refused',
  'wrong-number',
  'no-such-number',
  'call-back-later',
  'message-sent',
];
const levels: Satisfaction[] = ['satisfied', 'fairly-satisfied', 'basically-satisfied', 'dissatisfied'];

export type CorrectionValues = { outcome: Outcome; satisfaction: Satisfaction | null; notes: string };
export type CorrectionChanges = Partial<CorrectionValues>;

/**
 * Corrects a recorded call (docs/report.md, "Which records count"): outcome, overall rating and notes, with the reason
 * the new revision keeps. The original record stays; resolves to an error text, or null once saved.
 */
export function RecordCorrection(props: {
  t: PanelTranslate;
  current: CorrectionValues;
  onSave: (changes: CorrectionChanges, reason: string) => Promise<string | null>;
}) {
  const { t, current } = props;
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState<CorrectionValues>(current);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  if (!open)
    return (
      <button type="button" class="link" data-testid="correct-record" onClick={() => setOpen(true)}>
        {t('correctRecord')}
      </button>
    );
  const changes: CorrectionChanges = {};
  if (values.outcome !== current.outcome) changes.outcome = values.outcome;
  if (values.satisfaction !== current.satisfaction) changes.satisfaction = values.satisfaction;
  if (values.notes !== current.notes) changes.notes = values.notes;
  const unchanged = Object.keys(changes).length === 0;
  return (
    <form
      class="correction"
      data-testid="correction-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (unchanged || !reason.trim()) return;
        void props.onSave(changes, reason.trim()).then((err) => {
          setError(err);
          if (!err) setOpen(false);
        });
      }}
    >
      <label>
        {t('outcome')}{' '}
        <select
          data-testid="correct-outcome"
          value={values.outcome}
          onChange={(e) => {
            const picked = e.currentTarget.value;
            setValues({ ...values, outcome: outcomes.find((o) => o === picked) ?? values.outcome });
          }}
        >
          {outcomes.map((o) => (
            <option key={o} value={o}>
              {t(`outcome.${o}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('correctSatisfaction')}{' '}
        <select
          data-testid="correct-satisfaction"
          value={values.satisfaction ?? ''}
          onChange={(e) => {
            const picked = e.currentTarget.value;
            setValues({ ...values, satisfaction: levels.find((l) => l === picked) ?? null });
          }}
        >
          <option value="">—</option>
          {levels.map((l) => (
            <option key={l} value={l}>
              {t(`satisfaction.${l}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('notes')}{' '}
        <textarea
          data-testid="correct-notes"
          value={values.notes}
          maxLength={20_000}
          onInput={(e) => setValues({ ...values, notes: e.currentTarget.value })}
        />
      </label>
      <label>
        {t('correctReason')}{' '}
        <input
          type="text"
          data-testid="correct-reason"
          maxLength={2000}
          value={reason}
          onInput={(e) => setReason(e.currentTarget.value)}
        />
      </label>
      {error && (
        <p class="warning" role="alert">
          {error}
        </p>
      )}
      <p class="buttons">
        <button type="submit" data-testid="correct-save" disabled={unchanged || !reason.trim()}>
          {t('correctSave')}
        </button>{' '}
        <button type="button" onClick={() => setOpen(false)}>
          {t('cancel')}
        </button>
      </p>
    </form>
  );
}
