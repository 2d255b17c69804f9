// Without zod, for the panel's first frame (docs/architecture.md, "What the panel loads first"): localized.ts builds the schema from it.
import type { z } from '../zod';
import type { localizedTextSchema } from './localized';

export const locales = ['zh-CN', 'en'] as const;
export type Locale = (typeof locales)[number];

/** Caps keep a hostile or runaway script file from freezing the panel. */
export const maxTextLength = 4000;

export type LocalizedText = z.infer<typeof localizedTextSchema>;

/** Picks the text in the locale, falling back to the other language when that one is empty. */
export function pickText(text: LocalizedText, locale: Locale): string {
  const own = text[locale].trim();
  if (own !== '') return text[locale];
  return locale === 'en' ? text['zh-CN'] : text.en;
}
