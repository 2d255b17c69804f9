import { Notice } from '@/components/notice';
import type { CallMirror } from '@/utils/call/call-mirror';
import type { QueueRow } from '@/utils/core/worklist/work-queue';
import { keyOfContext } from '@/utils/core/schemas/customer';

/** "Next customer" opened a list entry: when the page shows someone else, say so before the call (issue #12). */
export function ExpectedCustomerNotice({
  c,
  expected,
  onDismiss,
}: {
  c: CallMirror;
  expected: QueueRow | null;
  onDismiss: () => void;
}) {
  const context = c.call.customer.value;
  if (!expected || !context) return null;
  if (c.customerKey.value === expected.customerKey || keyOfContext(context) === expected.customerKey) return null;
  const f = context.fields;
  const samePhone = expected.phone !== null && [f.mobile?.value, f.phone?.value].includes(expected.phone);
  const sameName = !!expected.name && f.name?.value === expected.name;
  if (samePhone && sameName) return null;
  const t = c.t.value;
  return (
    <div data-testid="list-mismatch">
      <Notice
        tone="warn"
        text={t('qMismatch', { page: f.name?.value ?? '—', listed: expected.name || '—' })}
        actions={[{ label: t('qDismiss'), onClick: onDismiss }]}
      />
    </div>
  );
}
