import { useState } from 'preact/hooks';
import { industries, industryLabels, type Industry } from '@/utils/core/kind-groups';
import { locales, type Locale } from '@/utils/core/script/locale-text';
import type { PanelKey, PanelTranslate } from '@/utils/ui/i18n';

export type SetupValues = {
  agentName: string;
  agentId: string;
  companyName: string;
  servicePhone: string;
  industry: Industry | null;
  /** Call windows as the options page writes them (utils/ui/windows-text.ts), one per line: 10:00-11:00. */
  windows: string;
  locale: Locale;
};

const required: readonly [keyof SetupValues, PanelKey][] = [
  ['agentName', 'setupAgentName'],
  ['companyName', 'setupCompany'],
  ['servicePhone', 'setupServicePhone'],
];

/** Which required answers are blank, as the labels the agent sees. */
export function missingSetup(values: SetupValues, t: PanelTranslate): string[] {
  return required.filter(([key]) => String(values[key] ?? '').trim() === '').map(([, label]) => t(label));
}

/**
 * The one-screen first-run setup (and the panel's settings): every placeholder the built-in scripts use gets a
 * source here ({{agentName}}, {{companyName}}, {{servicePhone}}), and the industry narrows the kinds shown.
 */
export function SetupForm({
  t,
  initial,
  onSave,
  onLocale,
  error,
}: {
  t: PanelTranslate;
  initial: SetupValues;
  onSave: (values: SetupValues) => void;
  onLocale: (locale: Locale) => void;
  error: string | null;
}) {
  const [v, setV] = useState(initial);
  const [missing, setMissing] = useState<string[]>([]);
  const set = <K extends keyof SetupValues>(key: K, value: SetupValues[K]) => {
    setV({ ...v, [key]: value });
    setMissing([]);
  };
  const text = (key: 'agentName' | 'agentId' | 'companyName' | 'servicePhone', label: PanelKey) => (
    <label class="setup-field">
      <span>{t(label)}</span>
      <input type="text" data-testid={`setup-${key}`} value={v[key]} onInput={(e) => set(key, e.currentTarget.value)} />
    </label>
  );
  return (
    <form
      class="setup"
      data-testid="setup"
      aria-labelledby="setup-title"
      onSubmit={(e) => {
        e.preventDefault();
        const gaps = missingSetup(v, t);
        setMissing(gaps);
        if (!gaps.length) onSave(v);
      }}
    >
      <h2 id="setup-title">{t('setupTitle')}</h2>
      <p class="hint">{t('setupIntro')}</p>
      {text('agentName', 'setupAgentName')}
      {text('agentId', 'setupAgentId')}
      {text('companyName', 'setupCompany')}
      {text('servicePhone', 'setupServicePhone')}
      <label class="setup-field">
        <span>{t('setupIndustry')}</span>
        <select
          data-testid="setup-industry"
          value={v.industry ?? ''}
          onChange={(e) => set('industry', industries.find((i) => i === e.currentTarget.value) ?? null)}
        >
          <option value="">{t('setupAllIndustries')}</option>
          {industries.map((i) => (
            <option key={i} value={i}>
              {industryLabels[i][v.locale]}
            </option>
          ))}
        </select>
      </label>
      <label class="setup-field">
        <span>{t('setupWindows')}</span>
        <textarea
          rows={2}
          data-testid="setup-windows"
          value={v.windows}
          onInput={(e) => set('windows', e.currentTarget.value)}
        />
      </label>
      <label class="setup-field">
        <span>{t('setupLanguage')}</span>
        <select
          data-testid="setup-locale"
          value={v.locale}
          onChange={(e) => {
            const next = locales.find((l) => l === e.currentTarget.value);
            if (!next) return;
            set('locale', next);
            onLocale(next);
          }}
        >
          <option value="zh-CN">中文</option>
          <option value="en">English</option>
        </select>
      </label>
      {missing.length > 0 && (
        <p class="error" role="alert">
          {t('setupMissing', { fields: missing.join('、') })}
        </p>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" class="primary" data-testid="setup-save">
        {t('setupSave')}
      </button>
    </form>
  );
}
