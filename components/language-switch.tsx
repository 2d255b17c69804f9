import { locales, type Locale } from '@/utils/core/script/locale-text';

const NAMES: Record<Locale, string> = { 'zh-CN': '中文', en: 'English' };

export function LanguageSwitch({
  locale,
  label,
  onChange,
}: {
  locale: Locale;
  label: string;
  onChange: (l: Locale) => void;
}) {
  return (
    <select
      class="lang"
      aria-label={label}
      data-testid="language"
      value={locale}
      onChange={(e) => onChange(e.currentTarget.value === 'en' ? 'en' : 'zh-CN')}
    >
      {locales.map((l) => (
        <option key={l} value={l} lang={l}>
          {NAMES[l]}
        </option>
      ))}
    </select>
  );
}
