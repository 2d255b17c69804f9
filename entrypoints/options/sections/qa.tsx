import { useState } from 'preact/hooks';
import { drawQaSample, type QaSample } from '@/utils/core/qa/sample';
import { scoreReview, type Review } from '@/utils/core/qa/review';
import { formatLocalTime } from '@/utils/core/report/report-sheets';
import { getKindRule } from '@/utils/core/rules/kind-rules';
import type { CallbackRecord } from '@/utils/core/schemas/callback-record';
import { pickText, type Locale } from '@/utils/core/script/localized';
import { toZonedDate } from '@/utils/core/calendar/zoned-time';
import { ReviewSheet } from '@/components/review-sheet';
import type { Translate } from '@/utils/ui/i18n';
import { dataClient } from '../services';

const maskName = (name: string | undefined) => (name ? [...name].map((ch, i) => (i === 0 ? ch : '*')).join('') : '');

/** 抽检 (docs/report.md, QA): a seeded sample of the month's reached calls of all imported agents, and a sheet each. */
export function QaSection({ t, locale }: { t: Translate; locale: Locale }) {
  const [month, setMonth] = useState(toZonedDate(Date.now()).slice(0, 7));
  const [seed, setSeed] = useState('');
  const [sample, setSample] = useState<{ sample: QaSample; records: Map<string, CallbackRecord> } | null>(null);
  const [reviews, setReviews] = useState<Map<string, Review>>(new Map());
  const [open, setOpen] = useState<string | null>(null);
  const draw = async () => {
    const [{ records }, supervision] = await Promise.all([
      dataClient.callLarge('reportData', {}),
      dataClient.call('supervisionData', {}),
    ]);
    const drawn = drawQaSample(records, { month, seed: seed || month });
    setSample({ sample: drawn, records: new Map(records.map((r) => [r.id, r])) });
    setReviews(new Map(supervision.reviews.filter((r) => r.month === month).map((r) => [r.recordId, r])));
  };
  return (
    <section aria-labelledby="sec-qa">
      <h2 id="sec-qa">{t('secQa')}</h2>
      <label>
        {t('qaMonth')}{' '}
        <input type="month" value={month} data-testid="qa-month" onInput={(e) => setMonth(e.currentTarget.value)} />
      </label>{' '}
      <label>
        {t('qaSeed')}{' '}
        <input value={seed} placeholder={month} data-testid="qa-seed" onInput={(e) => setSeed(e.currentTarget.value)} />
      </label>{' '}
      <button type="button" data-testid="qa-draw" onClick={() => void draw()}>
        {t('qaDraw')}
      </button>
      {sample && sample.sample.recordIds.length === 0 && <p>{t('qaNone')}</p>}
      {sample &&
        sample.sample.kinds.map((k) => (
          <p key={k.kind}>
            {t('qaKindLine', {
              kind: pickText(getKindRule(k.kind).label, locale),
              population: k.population,
              size: k.size,
              rate: k.rate,
            })}
          </p>
        ))}
      {sample && (
        <ul class="qa-sample" data-testid="qa-sample">
          {sample.sample.recordIds.map((id) => {
            const r = sample.records.get(id);
            if (!r) return null;
            const done = reviews.get(id);
            const total = done ? scoreReview(done.scores) : null;
            return (
              <li key={id} data-testid="qa-call">
                {formatLocalTime(r.startedAt)} · {pickText(getKindRule(r.kind).label, locale)} · {r.agent} ·{' '}
                {maskName(r.context.name)} {total?.ok && <span>{t('qaReviewed', { total: total.total })}</span>}{' '}
                <button type="button" data-testid="qa-open" onClick={() => setOpen(open === id ? null : id)}>
                  {t('qaReview')}
                </button>
                {open === id && (
                  <ReviewSheet
                    t={t}
                    locale={locale}
                    initial={done ? { scores: done.scores, comment: done.comment, reviewer: done.reviewer } : undefined}
                    onSave={async (draft) => {
                      try {
                        const saved = await dataClient.call('saveReview', {
                          id: done?.id ?? crypto.randomUUID(),
                          recordId: r.id,
                          customerKey: r.customerKey,
                          kind: r.kind,
                          agent: r.agent,
                          reviewer: draft.reviewer.trim(),
                          month,
                          seed: sample.sample.seed,
                          scores: draft.scores,
                          comment: draft.comment,
                        });
                        setReviews(new Map(reviews).set(id, saved));
                        const score = scoreReview(saved.scores);
                        return t('qaSaved', { total: score.ok ? score.total : 0 });
                      } catch (err) {
                        return t('error', { error: String(err) });
                      }
                    }}
                  />
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
