import { SetupForm, type SetupValues } from '@/components/setup-form';
import type { CallMirror } from '@/utils/call/call-mirror';
import type { Settings } from '@/utils/core/schemas/settings';
import { formatWindowsText } from '@/utils/ui/windows-format';

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
