import type { Locale } from '@/utils/core/script/localized';

export type Params = Record<string, string | number>;

/** Fills `{name}` slots; a slot without a value stays visible so a gap is noticed, not hidden. */
export function formatMessage(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (slot, name: string) => (name in params ? String(params[name]) : slot));
}

/** zh* → zh-CN, everything else → en. A stored choice wins over the browser's language. */
export function pickLocale(stored: string | null | undefined, browserLanguage: string | undefined): Locale {
  if (stored === 'zh-CN' || stored === 'en') return stored;
  return browserLanguage?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}
