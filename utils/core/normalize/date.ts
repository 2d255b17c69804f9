// Dates as pages write them → ISO yyyy-mm-dd. Day/month order of "23/08/2024" depends on the locale.

export type DateOrder = 'ymd' | 'dmy' | 'mdy';

import { asciiDigits } from './digits';
import {
  calendarOfLang,
  fromChineseLunar,
  plausibleYear,
  toGregorian,
  type Calendar,
  type OtherCalendar,
} from './calendar';
import { DATE_SPLIT, dateWord, isDateFiller, localeGroups, wordIn, type MonthSense } from './month-words';

/**
 * How a page writes its dates: the day/month order of ambiguous numeric dates, and the page's language (BCP 47, from
 * its `lang`), which says which locale's month names come first and which calendar a year that cannot be Gregorian
 * is in (utils/core/normalize/calendar.ts). A bare order reads as before: no language, Gregorian years only.
 */
export interface PageDates {
  order: DateOrder;
  lang?: string;
}
export type DateReading = DateOrder | PageDates;

export function pageDates(reading: DateReading): PageDates {
  return typeof reading === 'string' ? { order: reading } : reading;
}

/** The same reading with another day/month order (an adapter's or the page's own dates'), keeping the language. */
export function withOrder(reading: DateReading, order: DateOrder | null | undefined): DateReading {
  if (!order) return reading;
  return typeof reading === 'string' ? order : { ...reading, order };
}

/** A Gregorian year a CRM date can have; 2400–2699 is a Thai Buddhist-era year (2568 = 2025 CE). */
function gregorianYear(year: number): number | null {
  if (year >= 2400 && year < 2700) return year - 543;
  return plausibleYear('gregory', year) ? year : null;
}

function toIso(year: number, m: number, d: number): string | null {
  const y = gregorianYear(year);
  if (y === null || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * A date of `calendar`, or of the Gregorian one when its year can be Gregorian. A year that can be neither (a Persian
 * 1403 on a page that does not say it is Persian) gives nothing: a date read in the wrong calendar is a wrong value.
 */
function inCalendar(calendar: OtherCalendar | null, year: number, m: number, d: number): string | null {
  if (gregorianYear(year) !== null || !calendar) return toIso(year, m, d);
  return m >= 1 && m <= 12 ? toGregorian(calendar, year, m, d) : null;
}

// Era marks after a year: Hijri (هـ, ه.ق, AH) and Persian solar (ه.ش, ش, AP, SH); a Gregorian mark (م, CE, AD) says
// the year is Gregorian. Intl writes the same marks (utils/core/normalize/month-words.ts reads them in word dates).
const ERA_MARK = /\s*(?:(هـ|ه‍?\.?\s?ق\.?|ق|AH|A\.H\.)|(ه‍?\.?\s?ش\.?|ش|هش|AP|SH|A\.P\.)|(م|CE|AD|A\.D\.))\s*$/iu;
const PERSIAN_DIGIT = /[\u06f0-\u06f9]/;
const ARABIC_INDIC_DIGIT = /[\u0660-\u0669]/;

/** The calendar a date's own marks, the page's language or its digits name, for a year that cannot be Gregorian. */
function calendarHint(written: string, lang: string | undefined): { calendar: OtherCalendar | null; text: string } {
  let text = written;
  const mark = ERA_MARK.exec(text);
  if (mark && /\d/.test(asciiDigits(text.slice(0, mark.index)).slice(-1))) {
    const rest = text.slice(0, mark.index);
    if (mark[1]) return { calendar: 'islamic-umalqura', text: rest };
    if (mark[2]) return { calendar: 'persian', text: rest };
    // A Gregorian mark (م is also "p.m." after an Arabic time) adds nothing: a Gregorian year reads as one anyway.
    text = rest;
  }
  const calendar =
    calendarOfLang(lang) ??
    (PERSIAN_DIGIT.test(text) ? 'persian' : ARABIC_INDIC_DIGIT.test(text) ? 'islamic-umalqura' : null);
  return { calendar, text };
}

// A birthday kept in the Chinese lunar calendar with its Gregorian year ("农历 1988年八月十五", "阴历1990年闰四月初八").
const LUNAR =
  /^(?:农历|農曆|农暦|阴历|陰曆)\s*(\d{4})\s*年\s*([闰閏])?\s*(正|冬|腊|臘|十[一二]?|[一二三四五六七八九]|\d{1,2})\s*月\s*(初[一二三四五六七八九十]|十[一二三四五六七八九]?|二十|廿[一二三四五六七八九]|三十|\d{1,2})\s*日?$/;
const LUNAR_MONTH: Record<string, number> = { 正: 1, 冬: 11, 腊: 12, 臘: 12 };
function lunarDay(written: string): number {
  if (written.startsWith('初')) return written === '初十' ? 10 : HAN_DIGITS.indexOf(written.slice(1));
  if (written.startsWith('廿')) return 20 + HAN_DIGITS.indexOf(written.slice(1));
  return Number(hanNumber(written));
}

// Han numerals in a written-out Chinese or Japanese date ("一九八四年三月十二日", "二〇二四年十一月五日").
const HAN_DIGITS = '〇一二三四五六七八九';
function hanNumber(run: string): string {
  if (!run.includes('十')) return [...run].map((c) => (c === '零' ? '0' : String(HAN_DIGITS.indexOf(c)))).join('');
  const [tens = '', ones = ''] = run.split('十');
  const t = tens === '' ? 1 : HAN_DIGITS.indexOf(tens);
  const o = ones === '' ? 0 : HAN_DIGITS.indexOf(ones);
  return t < 0 || o < 0 ? run : String(t * 10 + o);
}

// A weekday after a Chinese, Japanese or Korean date ("2024年3月12日 星期二", "2024/03/12(火)", "2024.03.12 (화)").
const CJK_WEEKDAY_AFTER =
  /\s*(?:[(（]\s*)?(?:(?:星期|周|週|礼拜|禮拜)[一二三四五六日天]|[月火水木金土日]曜日?|[월화수목금토일]요일)(?:\s*[)）])?$|\s*[(（][月火水木金土日월화수목금토일][)）]$/u;

/** The date order a page's language implies: US English writes m/d/y, China y/m/d, most others d/m/y. */
export function dateOrderForLang(lang: string | null | undefined): DateOrder {
  const l = (lang ?? '').toLowerCase();
  if (l === 'en' || l === 'en-us' || l.startsWith('en-us')) return 'mdy';
  if (l.startsWith('zh') || l.startsWith('ja') || l.startsWith('ko')) return 'ymd';
  return 'dmy';
}

/**
 * Reads a date (optionally followed by a time) and returns ISO yyyy-mm-dd, or null when the text
 * is not one date. `reading` settles ambiguous numeric forms like 03/04/2024 (its order) and, with the page's
 * language, which locale's month names come first and which calendar a non-Gregorian year is in.
 */
export function normalizeDate(input: string, reading: DateReading = 'ymd'): string | null {
  const { order, lang } = pageDates(reading);
  // Digits of any script as ASCII ("۱۴۰۳/۰۸/۱۵", "２０２４年３月１２日"); bidi marks around an Arabic or Persian date dropped.
  const written = input
    .replace(/[\u00a0\u3000\u202f]/g, ' ')
    .replace(/[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/g, '')
    .trim();
  const lunar = LUNAR.exec(written);
  if (lunar) {
    const written = lunar[3] ?? '';
    const month = LUNAR_MONTH[written] ?? Number(/^\d+$/.test(written) ? written : hanNumber(written));
    const day = /^\d+$/.test(lunar[4] ?? '') ? Number(lunar[4]) : lunarDay(lunar[4] ?? '');
    return fromChineseLunar(Number(lunar[1]), month, day, !!lunar[2]);
  }
  const hint = calendarHint(written, lang);
  // A leading weekday ("Wed, 06 Aug 2025", "Monday, May 12, 2025", "星期三 2025-08-06") adds nothing to the date; nor does
  // one after a Chinese, Japanese or Korean date.
  const text = asciiDigits(hint.text)
    .trim()
    .replace(/^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?|(?:星期|周|週)[一二三四五六日天],?)\s+(?=\S)/i, '')
    .replace(CJK_WEEKDAY_AFTER, '')
    .replace(/([〇零一二三四五六七八九十]+)(?=\s*[年月日])/gu, (run: string) => hanNumber(run));
  if (!text || text.length > 60) return null;
  // A time of day after the date, as locales write it ("12.03.1984, 15:45:00", "5 nov. 2024 kl. 09.05", "1984年3月12日
  // 下午3:45", "2024. 3. 12. 오후 3:45", "12/03/1984، 3:45 م"): the date before it, when that reads as one.
  const timed = TIME_AFTER.exec(text);
  if (timed?.[1]) {
    const day = normalizeDate(timed[1], reading);
    if (day) return day;
  }
  // A weekday before the date in the page's language or English ("Пн, 12.03.1984", "lundi 12/03/1984").
  const lead = /^([\p{L}\p{M}.]+),?\s+(?=\d)/u.exec(text);
  if (lead && /\d{4}/.test(text) && isDateFiller(lead[1] ?? '', lang))
    return normalizeDate(text.slice(lead[0].length), reading);
  // An age or a note after the date ("1970-01-02（55岁）", "12/03/1984 (41 yrs)") is not part of it.
  const noted = /^(.*?[\d日일])\s*[(（][^()（）]{1,12}[)）]$/u.exec(text);
  if (noted) return normalizeDate(noted[1] ?? '', reading);
  const date = (y: number, m: number, d: number) => inCalendar(hint.calendar, y, m, d);
  // Japan's era years (和暦: 令和7年5月20日, 昭和59年3月12日, 元年 = year 1).
  const era = /^(令和|平成|昭和|大正)\s*(元|\d{1,2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/.exec(text);
  if (era) {
    const base = { 令和: 2018, 平成: 1988, 昭和: 1925, 大正: 1911 }[era[1] as '令和'] ?? 0;
    return toIso(base + (era[2] === '元' ? 1 : Number(era[2])), Number(era[3]), Number(era[4]));
  }
  const time = String.raw`(?:[ T]\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?\s*(?:[AP]M|Z|[+-]\d{2}:?\d{2})?)?`;
  // Taiwan's ROC (民國) calendar: year 1 is 1912 ("民國72年05月14日", "114/03/20", "079/05/16" zero-padded: a 3-digit
  // year is never a day).
  let m = new RegExp(
    String.raw`^(?:(?:中華)?民[國国]\s*(\d{1,3})|([01]\d\d))\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?${time}$`,
    'i',
  ).exec(text);
  if (m) return toIso(Number(m[1] ?? m[2]) + 1911, Number(m[3]), Number(m[4]));
  // Korean pages write "2024. 01. 02." and 2024년 1월 2일.
  m = new RegExp(String.raw`^(\d{4})\s*[-/.年년]\s*(\d{1,2})\s*[-/.月월]\s*(\d{1,2})\s*[日일.]?${time}$`, 'i').exec(
    text,
  );
  if (m) return date(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (m) return date(Number(m[1]), Number(m[2]), Number(m[3]));
  // Czech and Slovak write the day first with a space after each dot ("23. 2. 1986"): never a month first.
  // (Serbian and Croatian end the year with a dot too: "12. 3. 1984.")
  // Serbian, Croatian and Slovene close the year with a dot without spaces too ("21.11.2025."): day first as well.
  m =
    new RegExp(String.raw`^(\d{1,2})\.\s+(\d{1,2})\.\s+(\d{4})\.?${time}$`, 'i').exec(text) ??
    new RegExp(String.raw`^(\d{1,2})\.(\d{1,2})\.(\d{4})\.${time}$`, 'i').exec(text);
  if (m) return date(Number(m[3]), Number(m[2]), Number(m[1]));
  m = new RegExp(String.raw`^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})${time}$`, 'i').exec(text);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const y = Number(m[3]);
    if (a > 12) return date(y, b, a);
    if (b > 12) return date(y, a, b);
    return order === 'mdy' ? date(y, a, b) : date(y, b, a);
  }
  // A two-digit year with slashes ("3/10/25", US help desks and Excel-style exports), only where the page's order is
  // day/month or month/day (a yymmdd reading is never guessed): 00–69 → 20xx, 70–99 → 19xx.
  m = new RegExp(String.raw`^(\d{1,2})/(\d{1,2})/(\d{2})${time}$`, 'i').exec(text);
  if (m && order !== 'ymd') {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const yy = Number(m[3]);
    const y = yy < 70 ? 2000 + yy : 1900 + yy;
    if (a > 12) return toIso(y, b, a);
    if (b > 12) return toIso(y, a, b);
    return order === 'mdy' ? toIso(y, a, b) : toIso(y, b, a);
  }
  // A numeric date followed by a word its locale writes after the year ("12.03.1984 г.", Bulgarian): the date.
  const lastWord = /\s+(\S*\p{L}\S*)$/u.exec(text);
  const numericPart = lastWord ? text.slice(0, lastWord.index) : '';
  if (
    lastWord &&
    /^\d{1,4}[-/.\s]+\d{1,2}[-/.\s]+\d{1,4}\.?$/.test(numericPart) &&
    isDateFiller(lastWord[1] ?? '', lang)
  )
    return normalizeDate(text.slice(0, lastWord.index), reading);
  // A month written as a word, in any language and order ("23 August 2024", "Aug 9,1991", "3 de março de 2021",
  // "12 марта 1984 г.", "1984. március 12.", "12 tháng 3, 1984", "۱۵ آبان ۱۴۰۳", "3 جمادى الأولى 1446 هـ").
  return /\p{L}/u.test(text) ? wordDate(text, lang, hint.calendar) : null;
}

const TIME_AFTER =
  /^(.+?)[\s,،]+(?:[\p{L}\p{M}.]{1,8}\s*)?\d{1,2}[:.h]\d{2}(?:[:.]\d{2})?(?:\.\d+)?(?:\s*[\p{L}\p{M}.]{1,6})?(?:\s*(?:Z|[+-]\d{2}:?\d{2}|(?:GMT|UTC)(?:[+-]\d{1,2}(?::?\d{2})?)?))?$/u;
const TIME = /(?:^|\s|T)\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:\s*(?:[ap]\.?\s?m\.?|z|[+-]\d{2}:?\d{2}))?(?=\s|$)/giu;
const NUMBER = /^(\d{1,4})(?:\.|st|nd|rd|th|er|re|e|º|ª)?$/iu;

/**
 * A date whose month is a word: exactly one month word, a day (1–2 digits) and a year (4 digits), in any order, with
 * nothing else but the words the locale's own date formats put around them (weekdays, "de", "г.", "gada", era marks).
 * The month word is read by the first group of locales that knows it (the page's language, English, the locales of its
 * script: utils/core/normalize/month-words.ts); a word two locales read as different months ("listopad": November in
 * Polish and Czech, October in Croatian) gives nothing unless the page's language settles it.
 */
function wordDate(input: string, lang: string | undefined, hinted: OtherCalendar | null): string | null {
  const tokens = dateWord(input.replace(TIME, ' '))
    .split(DATE_SPLIT)
    .filter((t) => t !== '' && !/^[.:;]+$/.test(t));
  if (tokens.length < 3 || tokens.length > 10) return null;
  // A year and a day among the tokens (and at most a month's own number: "tháng 3") before any locale is asked, so that
  // a text that is no date ("Not provided yet") never builds a locale.
  const numeric = tokens.filter((t) => NUMBER.test(t));
  if (numeric.length < 2 || numeric.length > 3 || !numeric.some((t) => /^\d{4}/.test(t))) return null;
  const firstWord = tokens.find((t) => /\p{L}/u.test(t));
  if (!firstWord) return null;
  // Every locale of the word's script is asked only of a day, a word and a year (three numbers: a month's own number,
  // "tháng 3", which the page's language or English knows).
  const groups = localeGroups(lang, firstWord).slice(0, numeric.length === 2 ? undefined : 2);
  const tiers: ReturnType<(typeof groups)[number]>[] = [];
  const tier = (k: number) => (tiers[k] ??= groups[k]?.() ?? []);
  const numbers: string[] = [];
  let monthPhrase: string | null = null;
  let era: Calendar | null = null;
  for (let i = 0; i < tokens.length;) {
    const t = tokens[i] ?? '';
    const n = NUMBER.exec(t);
    if (n) {
      numbers.push(n[1] ?? '');
      i++;
      continue;
    }
    const month = wordsAt(tokens, i, groups.length, tier);
    if (month) {
      if (monthPhrase !== null) return null; // two month words
      monthPhrase = month.phrase;
      i += month.length;
      continue;
    }
    let known = false;
    for (let k = 0; k < groups.length && !known; k++) {
      const w = wordIn(tier(k), t);
      if (w.era) era = w.era;
      known = w.filler || w.era !== null;
    }
    if (!known) return null;
    i++;
  }
  const year = numbers.find((x) => x.length === 4);
  const day = numbers.find((x) => x.length <= 2);
  if (monthPhrase === null || numbers.length !== 2 || !year || !day) return null;
  const y = Number(year);
  const calendar = era ?? hinted;
  // The first group of locales with a reading that fits the year (a Gregorian month with 1984, a Persian one with 1403).
  for (let k = 0; k < groups.length; k++) {
    const fits = wordIn(tier(k), monthPhrase).months.filter((s) =>
      s.calendar === 'gregory'
        ? gregorianYear(y) !== null && era === null
        : plausibleYear(s.calendar, y) && (calendar === null || calendar === s.calendar),
    );
    if (fits.length === 0) continue;
    if (fits.length > 1) return null;
    const [s] = fits as [MonthSense];
    if (s.calendar === 'gregory') return toIso(y, Number(s.month), Number(day));
    return toGregorian(s.calendar, y, /^\d+$/.test(s.month) ? Number(s.month) : s.month, Number(day));
  }
  return null;
}

/**
 * The month word starting at token `i` (up to three tokens: "tháng 3", "ربيع الأول"), asked of one group of locales
 * after the other, so that a later group is built only when the earlier ones do not know the word.
 */
function wordsAt(
  tokens: string[],
  i: number,
  groupCount: number,
  tier: (k: number) => Parameters<typeof wordIn>[0],
): { length: number; phrase: string } | null {
  if (!/\p{L}/u.test(tokens[i] ?? '')) return null;
  for (let k = 0; k < groupCount; k++)
    for (let length = Math.min(3, tokens.length - i); length >= 1; length--) {
      const phrase = tokens.slice(i, i + length).join(' ');
      if (wordIn(tier(k), phrase).months.length > 0) return { length, phrase };
    }
  return null;
}
