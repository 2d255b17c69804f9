import type { Translate } from '@/utils/ui/i18n';
import { SafeText } from './safe-text';

export type QueueItemView = {
  key: string;
  name: string;
  kind: string;
  due: string;
  overdue: boolean;
  attemptsLeft: number;
  nextWindow: string | null;
  url: string | null;
};

export function QueueList({
  t,
  items,
  onOpen,
}: {
  t: Translate;
  items: QueueItemView[];
  onOpen: (url: string) => void;
}) {
  return (
    <section class="queue" data-testid="queue" aria-label={t('queue')}>
      <h3>{t('queue')}</h3>
      {items.length === 0 && <p class="empty">{t('queueEmpty')}</p>}
      <ul>
        {items.map((item) => (
          <li key={item.key} class={item.overdue ? 'queue-item overdue' : 'queue-item'} data-testid="queue-item">
            <button
              type="button"
              disabled={!item.url}
              onClick={() => item.url && onOpen(item.url)}
              title={item.url ? t('openCrm') : undefined}
            >
              <strong>
                <SafeText value={item.name} />
              </strong>{' '}
              · {item.kind}
              <span class="due">{item.due}</span>
              <span>{t('attemptsLeft', { n: item.attemptsLeft })}</span>
              {item.nextWindow && <span>{t('nextWindow', { time: item.nextWindow })}</span>}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
