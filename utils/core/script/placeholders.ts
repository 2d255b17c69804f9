import { isCivilDate } from '../calendar/civil-date';
import { fieldLabels, isKnownField } from './field-labels';
import type { Locale, LocalizedText } from './localized';
import type { CustomField } from './schema';
import { isStoredPhone, speakPhone, speakTail } from './speakable';
import { formatMoney } from './number-text';
import { normalizeGender } from '../normalize/gender';

export const placeholderFormats = ['date', 'mask', 'last4', 'tail', 'money', 'honorific'] as const;
export type PlaceholderFormat = (typeof placeholderFormats)[number];

export type TextToken =
  { kind: 'text'; text: string } | { kind: 'placeholder'; raw: string; field: string; format: string | null };

/** A piece of rendered text: literal script text, a filled value, or a visible gap for a missing value. */
export type Segment =
  | { kind: 'text'; text: string }
  | { kind: 'value'; text: string; field: string }
  | { kind: 'gap'; text: string; field: string };

const placeholderPattern = /\{\{\s*([A-Za-z][A-Za-z0-9_]*)\s*(?:\|\s*([A-Za-z0-9-]+)\s*)?\}\}/g;

/** Splits a text into literal runs and `{{field}}` / `{{field|format}}` placeholders. */
export function parseText(text: string): TextToken[] {
  const tokens: TextToken[] = [];
  let last = 0;
  for (const match of text.matchAll(placeholderPattern)) {
    const index = match.index;
    if (index > last) tokens.push({ kind: 'text', text: text.slice(last, index) });
    tokens.push({ kind: 'placeholder', raw: match[0], field: match[1] ?? '', format: match[2] ?? null });
    last = index + match[0].length;
  }
  if (last < text.length) tokens.push({ kind: 'text', text: text.slice(last) });
  return tokens;
}

/** `{{` left over after the well-formed placeholders are taken out: a typo the linter reports. */
export function findMalformedPlaceholder(text: string): string | null {
  const rest = text.replace(placeholderPattern, '');
  const at = rest.search(/\{\{|\}\}/);
  return at < 0 ? null : rest.slice(Math.max(0, at - 10), at + 20);
}

export function isPlaceholderFormat(format: string): format is PlaceholderFormat {
  return (placeholderFormats as readonly string[]).includes(format);
}

/** The label of a field in the locale, used for gaps: 【缺：姓名】 / [missing: name]. */
export function labelField(field: string, locale: Locale, customFields: readonly CustomField[] = []): string {
  const custom = customFields.find((candidate) => candidate.key === field);
  if (custom) return custom.label[locale] || custom.label['zh-CN'] || field;
  return isKnownField(field) ? fieldLabels[field][locale] : field;
}

export function formatGap(label: string, locale: Locale): string {
  return locale === 'zh-CN' ? `【缺：${label}】` : `[missing: ${label}]`;
}

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})/;
const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function formatDate(value: string, locale: Locale): string {
  const match = isoDatePattern.exec(value);
  if (!match) return value;
  const [, year, month, day] = match;
  // Never read a day that does not exist aloud ("2026年2月30日"): show it as a gap to check instead.
  if (!isCivilDate(`${year}-${month}-${day}`)) {
    return locale === 'zh-CN' ? `【日期无效：${value}】` : `[invalid date: ${value}]`;
  }
  const monthIndex = Number(month) - 1;
  if (locale === 'zh-CN') return `${year}年${Number(month)}月${Number(day)}日`;
  return `${Number(day)} ${monthNames[monthIndex] ?? month} ${year}`;
}

/** Keeps the ends a customer recognises (138****5678); hides the middle. */
export function maskValue(value: string): string {
  const chars = [...value];
  const keep = chars.length >= 11 ? [3, 4] : chars.length >= 7 ? [2, 2] : [0, Math.min(1, chars.length - 1)];
  const [head = 0, tail = 0] = keep;
  return chars.map((char, i) => (i < head || i >= chars.length - tail ? char : '*')).join('');
}

// Two-character surnames, so 欧阳娜娜 is 欧阳女士, not 欧女士.
const compoundSurnames = new Set(
  '欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 夏侯 轩辕 令狐 端木 独孤 南宫 西门 澹台 呼延 万俟 闻人 赫连'.split(
    ' ',
  ),
);

/** 李先生 / 欧阳女士 (Mr 李伟 / Ms 李娜) from the name and the gender; the full name when the gender is unknown. */
function formatHonorific(name: string, gender: string | undefined, locale: Locale): string {
  const sex = gender === undefined ? null : normalizeGender(gender);
  if (sex === null) return name;
  if (locale === 'en') return `${sex === 'male' ? 'Mr' : 'Ms'} ${name}`;
  const han = /^[一-鿿]{2,4}$/.test(name);
  const surname = !han ? name : compoundSurnames.has(name.slice(0, 2)) && name.length > 2 ? name.slice(0, 2) : name[0];
  return `${surname}${sex === 'male' ? '先生' : '女士'}`;
}

/**
 * A value as the agent reads it aloud: masked values and phones in forms that can be spoken (speakable.ts),
 * amounts in yuan, a name with 先生/女士 (`values` gives the gender).
 */
export function applyFormat(
  value: string,
  format: string | null,
  locale: Locale,
  values: Readonly<Record<string, string | undefined>> = {},
): string {
  if (format === 'date') return formatDate(value, locale);
  if (format === 'mask' || format === 'tail') return speakTail(value, locale);
  if (format === 'money') return formatMoney(value, locale) ?? value;
  if (format === 'honorific') return formatHonorific(value, values.gender, locale);
  if (format === null && isStoredPhone(value)) return speakPhone(value, locale);
  // The last four of the main number, never of its extension (01012345678;ext=123 → 5678).
  if (format === 'last4') return [...value.replace(/;ext=\d+$/, '')].slice(-4).join('');
  return value;
}

export type RenderOptions = { locale: Locale; customFields?: readonly CustomField[] };

/** Fills placeholders from context values. Missing or blank values become gap segments, never '' or 'undefined'. */
export function renderSegments(
  text: string,
  values: Readonly<Record<string, string | undefined>>,
  options: RenderOptions,
): Segment[] {
  const segments: Segment[] = [];
  for (const token of parseText(text)) {
    if (token.kind === 'text') {
      segments.push(token);
      continue;
    }
    const value = Object.hasOwn(values, token.field) ? values[token.field] : undefined;
    if (value === undefined || value.trim() === '') {
      segments.push({
        kind: 'gap',
        field: token.field,
        text: formatGap(labelField(token.field, options.locale, options.customFields), options.locale),
      });
    } else {
      segments.push({
        kind: 'value',
        field: token.field,
        text: applyFormat(value.trim(), token.format, options.locale, values),
      });
    }
  }
  return segments;
}

export function joinSegments(segments: readonly Segment[]): string {
  return segments.map((segment) => segment.text).join('');
}

/** The plain-string form: gaps read as 【缺：姓名】 / [missing: name]. */
export function renderText(
  text: string,
  values: Readonly<Record<string, string | undefined>>,
  options: RenderOptions,
): string {
  return joinSegments(renderSegments(text, values, options));
}

/** Which placeholders a text uses and what each rendered to (null for a gap): the record keeps this. */
export function collectPlaceholderValues(
  text: LocalizedText,
  values: Readonly<Record<string, string | undefined>>,
  locale: Locale,
): Record<string, string | null> {
  const used: Record<string, string | null> = {};
  for (const token of parseText(text[locale])) {
    if (token.kind !== 'placeholder') continue;
    const key = token.format ? `${token.field}|${token.format}` : token.field;
    const value = Object.hasOwn(values, token.field) ? values[token.field] : undefined;
    used[key] =
      value === undefined || value.trim() === '' ? null : applyFormat(value.trim(), token.format, locale, values);
  }
  return used;
}
