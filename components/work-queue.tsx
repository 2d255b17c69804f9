import { kindRules } from '@/utils/core/rules/kind-rules';
import type { Locale } from '@/utils/core/script/localized';
import type { QueueBucket, QueueRow, WorkQueue } from '@/utils/core/worklist/work-queue';
import { formatDateTime } from '@/utils/ui/format';
import type { PanelTranslate } from '@/utils/ui/i18n';
import { maskField } from '@/utils/ui/mask';
import { SafeText } from './safe-text';

const bucketTitles = { overdue: 'qOverdue', today: 'qToday', upcoming: 'qUpcoming' } as const;

/** The agent's day: overdue, today and upcoming callbacks with counts, and one key for the next customer. */
export function WorkQueueView({
  t,
  locale,
  queue,
  timeZone,
  currentKey,
  onOpen,
  onNext,
  more = 0,
  onMore,
}: {
  t: PanelTranslate;
  locale: Locale;
  queue: WorkQueue;
  timeZone: string;
  currentKey: string | null;
  onOpen: (row: QueueRow) => void;
  onNext: () => void;
  /** Customers the queue holds beyond those read (the call reads them a page at a time). */
  more?: number;
  onMore?: () => void;
}) {
  const total = queue.counts.overdue + queue.counts.today + queue.counts.upcoming;
  return (
    <section class="work-queue" data-testid="work-queue" aria-label={t('queue')}>
      <div class="work-queue-head">
        <p class="counts" data-testid="queue-counts">
          {t('qCounts', queue.counts)}
        </p>
        <button type="button" class="primary" data-testid="next-customer" disabled={total === 0} onClick={onNext}>
          {t('qNext')} <kbd>{t('qNextKey')}</kbd>
        </button>
      </div>
      {total === 0 && <p class="empty">{t('qEmptyAll')}</p>}
      {(['overdue', 'today', 'upcoming'] as const).map(
        (bucket) =>
          queue[bucket].length > 0 && (
            <QueueGroup
              key={bucket}
              t={t}
              locale={locale}
              bucket={bucket}
              rows={queue[bucket]}
              timeZone={timeZone}
              currentKey={currentKey}
              onOpen={onOpen}
            />
          ),
      )}
      {more > 0 && (
        <p class="queue-more" data-testid="queue-more">
          {t('qMore', { n: more })}{' '}
          {onMore && (
            <button type="button" onClick={onMore}>
              {t('qShowMore')}
            </button>
          )}
        </p>
      )}
    </section>
  );
}

function QueueGroup(props: {
  t: PanelTranslate;
  locale: Locale;
  bucket: QueueBucket;
  rows: QueueRow[];
  timeZone: string;
  currentKey: string | null;
  onOpen: (row: QueueRow) => void;
}) {
  const { t, locale, bucket, rows } = props;
  return (
    <div class={`queue-group queue-${bucket}`} data-testid={`queue-${bucket}`}>
      <h4>
        {t(bucketTitles[bucket])} <span class="count">{rows.length}</span>
      </h4>
      <ul>
        {rows.map((row) => (
          <li
            key={row.id}
            class={row.customerKey === props.currentKey ? 'queue-row current' : 'queue-row'}
            data-testid="queue-row"
          >
            <button
              type="button"
              onClick={() => props.onOpen(row)}
              title={row.recordUrl ? row.recordUrl : t('qNoLink')}
              aria-current={row.customerKey === props.currentKey ? 'true' : undefined}
            >
              <span class="queue-name">
                <strong>
                  <SafeText value={row.name || '—'} />
                </strong>
                {row.escalated && <span class="badge warn">{t('qEscalated')}</span>}
                {row.heldBy && (
                  <span class="badge warn" data-testid="queue-held-by">
                    <SafeText value={t('teamQueueHeldBy', { owner: row.heldBy })} />
                  </span>
                )}
                {row.source === 'team' && <span class="badge">{t('teamQueueTitle')}</span>}
              </span>
              <span class="queue-meta">
                {row.phone ? maskField('mobile', row.phone) : ''}
                {row.product && (
                  <>
                    {' · '}
                    <SafeText value={row.product} />
                  </>
                )}
              </span>
              <span class="queue-meta">
                {row.kind ? kindRules[row.kind].label[locale] : t('outcome.call-back-later')}
                {' · '}
                <span class="due">{row.at ? formatDateTime(row.at, props.timeZone) : t('qNoDeadline')}</span>
                {' · '}
                {row.attemptsLeft > 0 ? t('qAttemptsLeft', { n: row.attemptsLeft }) : t('qNoAttemptsLeft')}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
