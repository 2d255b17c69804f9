import { useState } from 'preact/hooks';
import { qaSheet, scoreReview, type QaItemId } from '@/utils/core/qa/review';
import { pickText, type Locale } from '@/utils/core/script/localized';
import type { Translate } from '@/utils/ui/i18n';

export type ReviewDraft = { scores: Partial<Record<QaItemId, number>>; comment: string; reviewer: string };

/** The QA sheet of one sampled call: a score per item within its points, a comment, the reviewer. */
export function ReviewSheet(props: {
  t: Translate;
  locale: Locale;
  initial?: ReviewDraft;
  onSave: (draft: ReviewDraft) => Promise<string | null>;
}) {
  const { t, locale } = props;
  const [draft, setDraft] = useState<ReviewDraft>(props.initial ?? { scores: {}, comment: '', reviewer: '' });
  const [note, setNote] = useState<string | null>(null);
  const score = scoreReview(draft.scores);
  return (
    <form
      class="review-sheet"
      data-testid="review-sheet"
      onSubmit={(e) => {
        e.preventDefault();
        if (!score.ok) return setNote(pickText(score.message, locale));
        void props.onSave(draft).then(setNote);
      }}
    >
      {qaSheet.map((item) => (
        <label key={item.id}>
          {pickText(item.label, locale)} (0–{item.max}){' '}
          <input
            type="number"
            min={0}
            max={item.max}
            step={1}
            data-testid={`qa-${item.id}`}
            value={draft.scores[item.id] ?? ''}
            onInput={(e) => {
              const raw = e.currentTarget.value;
              setDraft({ ...draft, scores: { ...draft.scores, [item.id]: raw === '' ? undefined : Number(raw) } });
            }}
          />
        </label>
      ))}
      <label>
        {t('qaComment')}{' '}
        <textarea
          data-testid="qa-comment"
          value={draft.comment}
          onInput={(e) => setDraft({ ...draft, comment: e.currentTarget.value })}
        />
      </label>
      <label>
        {t('qaReviewer')}{' '}
        <input
          data-testid="qa-reviewer"
          required
          value={draft.reviewer}
          onInput={(e) => setDraft({ ...draft, reviewer: e.currentTarget.value })}
        />
      </label>
      {score.ok && <p>{t('qaTotal', { total: score.total, pass: score.passed ? t('qaPass') : t('qaFail') })}</p>}
      <button type="submit" data-testid="qa-save">
        {t('qaSave')}
      </button>
      {note && <p role="status">{note}</p>}
    </form>
  );
}
