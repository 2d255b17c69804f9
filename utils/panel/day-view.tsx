import { SetupForm, type SetupValues } from '@/components/setup-form';
import { Notice } from '@/components/notice';
import type { CallMirror } from '@/utils/call/call-mirror';
import type { Settings } from '@/utils/core/schemas/settings';
import type { QueueRow } from '@/utils/core/worklist/work-queue';
import { keyOfContext } from '@/utils/core/schemas/customer';
import { formatWindowsText } from '@/utils/ui/windows-text';

/** The setup screen's values from the stored settings. */
export function setupValuesOf(settings: Settings, locale: 'zh-CN' | 'en'): SetupValues {
  return {
    agentName: settings.agent,
    agentId: settings.profile.agentId,
    companyName: settings.profile.companyName,
    servicePhone: settings.profile.servicePhone,
    industry: settings.profile.industry,
    windows: formatWindowsText(settings.callWindows),
    locale,
  };
}

export function SetupScreen({
  c,
  settings,
  error,
  onSave,
  onLocale,
}: {
  c: CallMirror;
  settings: Settings;
  error: string | null;
  onSave: (values: SetupValues) => void;
  onLocale: (locale: 'zh-CN' | 'en') => void;
}) {
  return (
    <SetupForm
      key={c.locale.value}
      t={c.t.value}
      initial={setupValuesOf(settings, c.locale.value)}
      error={error}
      onSave={onSave}
      onLocale={onLocale}
    />
  );
}

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
