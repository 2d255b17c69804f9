import { z } from '../zod';

export const locales = ['zh-CN', 'en'] as const;
export const localeSchema = z.enum(locales);
export type Locale = z.infer<typeof localeSchema>;

/** Caps keep a hostile or runaway script file from freezing the panel. */
export const maxTextLength = 4000;

/**
 * Every text an agent reads or a customer hears, in both languages. Empty strings pass the schema so that
 * the linter can report them as missing translations with their path, next to the other problems.
 */
export const localizedTextSchema = z.strictObject({
  'zh-CN': z.string().check(z.maxLength(maxTextLength)),
  en: z.string().check(z.maxLength(maxTextLength)),
});
export type LocalizedText = z.infer<typeof localizedTextSchema>;

/** Picks the text in the locale, falling back to the other language when that one is empty. */
export function pickText(text: LocalizedText, locale: Locale): string {
  const own = text[locale].trim();
  if (own !== '') return text[locale];
  return locale === 'en' ? text['zh-CN'] : text.en;
}
