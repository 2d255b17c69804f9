import { QueueList, type QueueItemView } from '@/components/queue-list';
import { pickText } from '@/utils/core/script/localized';
import { getKindRule } from '@/utils/core/rules/kind-rules';
import { formatDateTime } from '@/utils/ui/format';
import type { CallMirror } from '@/utils/call/call-mirror';
import type { DataState } from '@/utils/ui/data-state';
import { requiredAttempts } from '@/utils/core/rules/attempts';

const ZONE = 'Asia/Shanghai';

export function QueueView({ c, data }: { c: CallMirror; data: DataState }) {
  const t = c.t.value;
  const items: QueueItemView[] = data.queue.value.map((item) => {
    const kind = item.customer.dueKind ?? item.reasons.find((r) => r.kind)?.kind ?? null;
    const callBack = item.reasons.find((r) => r.type === 'call-back');
    return {
      key: item.customer.key,
      name: item.customer.context.name ?? item.customer.customerId ?? '—',
      kind: kind ? pickText(getKindRule(kind).label, c.locale.value) : t('outcome.call-back-later'),
      due: formatDateTime(item.at, ZONE),
      overdue: item.overdue,
      attemptsLeft: Math.max(0, requiredAttempts - item.customer.stats.attempts),
      nextWindow: callBack ? formatDateTime(callBack.at, ZONE) : null,
      url: /^https?:\/\//.test(item.customer.sourceUrl) ? item.customer.sourceUrl : null,
    };
  });
  return <QueueList t={t} items={items} onOpen={(url) => void browser.tabs.create({ url })} />;
}
