import { z } from '../zod';
import { locales, maxTextLength } from './locale-text';

export { locales, maxTextLength, pickText, type Locale, type LocalizedText } from './locale-text';
export const localeSchema = z.enum(locales);

/**
 * Every text an agent reads or a customer hears, in both languages. Empty strings pass the schema so that
 * the linter can report them as missing translations with their path, next to the other problems.
 */
export const localizedTextSchema = z.strictObject({
  'zh-CN': z.string().check(z.maxLength(maxTextLength)),
  en: z.string().check(z.maxLength(maxTextLength)),
});
