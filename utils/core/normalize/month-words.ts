// The words dates are written with — month names (long, abbreviated, in the form a date uses and standing alone:
// "12 марта 1984" / "март"), weekdays, the little words a date format puts around its numbers ("de", "г.", "m.",
// "gada", "at") and era marks ("هـ", "AP") — of every locale a CRM is used in, taken from Intl, not from hand lists:
// Chrome and Node 20 both carry full ICU, and a hand list grew one language per round of held-out pages
// (docs/adapters.md, "Values as every locale writes them"). Built lazily, one locale at a time, and cached: loading
// one locale's data costs a few milliseconds, so only the page's language, English, and then the locales of the
// word's own script are built, and only when a date has a word in it.
import { markProvisional } from '../memo';
import { dayIn, type Calendar } from './calendar';

/** One reading of a month word: the calendar, and the month as `dayIn` names it (a number, or Hebrew's name). */
export interface MonthSense {
  calendar: Calendar;
  month: string;
}

interface LocaleWords {
  months: Map<string, MonthSense[]>;
  /** Words a date format of the locale puts around its numbers, and its weekdays: nothing to read, nothing wrong. */
  fillers: Set<string>;
  eras: Map<string, Calendar>;
}

// The languages CRMs are used in (BCP 47), and the calendars other than the Gregorian one whose month names a page in
// that language may write. Each locale's data comes from Intl; this list only says which locales to ask for.
const LOCALES: [string, ...Calendar[]][] = [
  ['en', 'persian', 'islamic-umalqura', 'hebrew'],
  ['en-GB'],
  ['zh'],
  ['zh-Hant'],
  ['ja'],
  ['ko'],
  ['fr'],
  ['de'],
  ['es'],
  ['es-PE'],
  ['pt'],
  ['pt-PT'],
  ['it'],
  ['nl'],
  ['pl'],
  ['cs'],
  ['sk'],
  ['hu'],
  ['ro'],
  ['tr'],
  ['vi'],
  ['id'],
  ['ms'],
  ['fil'],
  ['sw'],
  ['sv'],
  ['da'],
  ['nb'],
  ['nn'],
  ['fi'],
  ['et'],
  ['lv'],
  ['lt'],
  ['sl'],
  ['hr'],
  ['bs'],
  ['sr-Latn'],
  ['sq'],
  ['az'],
  ['uz'],
  ['tk'],
  ['ca'],
  ['gl'],
  ['eu'],
  ['is'],
  ['ga'],
  ['cy'],
  ['mt'],
  ['lb'],
  ['af'],
  ['zu'],
  ['xh'],
  ['ha'],
  ['yo'],
  ['ig'],
  ['so'],
  ['jv'],
  ['ru'],
  ['uk'],
  ['be'],
  ['bg'],
  ['sr'],
  ['mk'],
  ['kk'],
  ['ky'],
  ['mn'],
  ['tg'],
  ['el'],
  ['he', 'hebrew'],
  ['ar', 'islamic-umalqura'],
  ['fa', 'persian', 'islamic-umalqura'],
  ['ps', 'persian'],
  ['ur', 'islamic-umalqura'],
  ['ckb'],
  ['sd'],
  ['ug'],
  ['hi'],
  ['mr'],
  ['ne'],
  ['bn'],
  ['as'],
  ['pa'],
  ['gu'],
  ['or'],
  ['ta'],
  ['te'],
  ['kn'],
  ['ml'],
  ['si'],
  ['th'],
  ['lo'],
  ['km'],
  ['my'],
  ['ka'],
  ['hy'],
  ['am'],
  ['ti'],
];

/** Splits a date's text into words the same way for a page's date and for Intl's own formats. */
export const DATE_SPLIT = /[\s,،፣，、/\-–—()（）[\]|]+/u;

/** A word of a date as it is looked up: lower case, composed, without bidi marks. */
export function dateWord(word: string): string {
  return word
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069\u200c\u200d]/g, '');
}

const LATIN = /^[\p{Script=Latin}\p{M}.'’ʻ ]+$/u;

/** The forms a month word is found by: as written, without a final dot, and (Latin script) without accents. */
function variants(word: string): string[] {
  const w = dateWord(word).replace(/\s+/g, ' ').trim();
  const out = new Set([w, w.replace(/\.$/, '')]);
  // Turkish and Azerbaijani dotless ı has no accent to strip: ASCII spellings write it as i ("mayis", "kasim").
  if (LATIN.test(w)) for (const v of [...out]) out.add(v.normalize('NFD').replace(/\p{M}/gu, '').replace(/ı/g, 'i'));
  out.delete('');
  return [...out];
}

const built = new Map<string, LocaleWords>();

// The 12th of each month of 2001 falls on all seven weekdays; other calendars are sampled every ten days over two
// years (a Hebrew leap year has thirteen months).
function sampleDays(calendar: Calendar): number[] {
  if (calendar === 'gregory') return Array.from({ length: 12 }, (_, m) => Date.UTC(2001, m, 12));
  return Array.from({ length: 80 }, (_, i) => Date.UTC(2024, 0, 1) + i * 10 * 86_400_000);
}

function buildLocale(tag: string): LocaleWords {
  for (;;) {
    const have = built.get(tag);
    if (have) return have;
    buildLocalePart(tag);
  }
}

// Locales being built a part at a time (buildLocalePart), with the parts still to do.
const partial = new Map<string, { words: LocaleWords; left: (() => void)[] }>();

/**
 * Does one part of building a listed locale's words (a calendar's formats, or twelve of its sample days: a few
 * milliseconds at most): true once the locale is complete and cached. What withLocalesPutOff said a date wanted is
 * built this way, a few parts per turn.
 */
export function buildLocalePart(tag: string): boolean {
  if (built.has(tag)) return true;
  let part = partial.get(tag);
  if (!part) {
    const words: LocaleWords = { months: new Map(), fillers: new Set(), eras: new Map() };
    const calendars = LOCALES.find(([l]) => l === tag)?.slice(1) ?? [];
    part = { words, left: ['gregory', ...calendars].flatMap((c) => calendarParts(words, tag, c as Calendar)) };
    part.left.push(() => addOwnEra(words, tag));
    partial.set(tag, part);
  }
  part.left.shift()?.();
  if (part.left.length > 0) return false;
  built.set(tag, part.words);
  partial.delete(tag);
  return true;
}

/** One calendar's words of a locale, in parts: its formats, then its sample days twelve at a time. */
function calendarParts(words: LocaleWords, tag: string, calendar: Calendar): (() => void)[] {
  let formats: Intl.DateTimeFormat[] = [];
  const days = sampleDays(calendar);
  const parts = [
    () => {
      try {
        formats = (
          [
            { dateStyle: 'full' },
            { year: 'numeric', month: 'short', day: 'numeric', weekday: 'short' },
            { year: 'numeric', month: 'long', day: 'numeric', era: 'short' },
            { month: 'long' },
            { month: 'short' },
            { dateStyle: 'long', timeStyle: 'short' },
          ] as Intl.DateTimeFormatOptions[]
        ).map((o) => new Intl.DateTimeFormat(`${tag}-u-ca-${calendar}`, { ...o, timeZone: 'UTC' }));
      } catch {
        formats = []; // a locale this runtime's ICU does not have
      }
    },
  ];
  for (let i = 0; i < days.length; i += 12)
    parts.push(() => {
      for (const day of days.slice(i, i + 12)) {
        if (formats.length === 0) return;
        const sense: MonthSense = { calendar, month: dayIn(calendar, day).month };
        for (const f of formats) addParts(words, f.formatToParts(day), sense);
      }
    });
  return parts;
}

// Thailand's own calendar is the Buddhist one (same months; its years are read minus 543 in date.ts): its era mark
// ("พ.ศ.") is a word a Thai date carries.
function addOwnEra(words: LocaleWords, tag: string): void {
  try {
    const own = new Intl.DateTimeFormat(tag, { year: 'numeric', era: 'short', timeZone: 'UTC' });
    if (own.resolvedOptions().calendar === 'buddhist')
      for (const p of own.formatToParts(0))
        if (p.type === 'era') for (const v of variants(p.value)) words.fillers.add(v);
  } catch {
    // no such locale
  }
}

function addParts(words: LocaleWords, parts: Intl.DateTimeFormatPart[], sense: MonthSense): void {
  parts.forEach((p, i) => {
    if (p.type === 'month') {
      if (/^\p{Nd}+$/u.test(p.value)) return;
      // Letters a literal joins to the month without a space ("12 במרץ", "сарын 12") belong to the word as written.
      const before =
        parts[i - 1]?.type === 'literal' ? (/[\p{L}\p{M}]+$/u.exec(parts[i - 1]?.value ?? '')?.[0] ?? '') : '';
      const after =
        parts[i + 1]?.type === 'literal' ? (/^[\p{L}\p{M}]+/u.exec(parts[i + 1]?.value ?? '')?.[0] ?? '') : '';
      for (const form of new Set([p.value, before + p.value, p.value + after, before + p.value + after]))
        for (const v of variants(form.split(DATE_SPLIT).join(' '))) {
          const senses = words.months.get(v) ?? [];
          if (!senses.some((s) => s.calendar === sense.calendar && s.month === sense.month)) senses.push(sense);
          words.months.set(v, senses);
        }
    } else if (p.type === 'weekday') {
      // A weekday with the letters a literal joins to it ("วันจันทร์ที่ 12"): a filler as written.
      const after =
        parts[i + 1]?.type === 'literal' ? (/^[\p{L}\p{M}]+/u.exec(parts[i + 1]?.value ?? '')?.[0] ?? '') : '';
      for (const form of [p.value, p.value + after])
        for (const w of form.split(DATE_SPLIT)) for (const v of variants(w)) words.fillers.add(v);
    } else if (p.type === 'literal' || p.type === 'dayPeriod') {
      for (const w of p.value.split(DATE_SPLIT)) for (const v of variants(w)) words.fillers.add(v);
    } else if (p.type === 'era' && sense.calendar === 'gregory') {
      // "AD", "ค.ศ.", "г. н. э.": a Gregorian date saying so.
      for (const w of p.value.split(DATE_SPLIT)) for (const v of variants(w)) words.fillers.add(v);
    } else if (p.type === 'era') {
      for (const v of variants(p.value)) words.eras.set(v, sense.calendar);
      for (const v of variants(p.value.split(DATE_SPLIT).join(' '))) words.eras.set(v, sense.calendar);
    }
  });
}

// Unicode script names (for \p{Script=…}) and their ISO 15924 codes (Intl.Locale's likely script of a language).
const SCRIPTS: [string, string[]][] = [
  ['Latin', ['Latn']],
  ['Cyrillic', ['Cyrl']],
  ['Arabic', ['Arab']],
  ['Greek', ['Grek']],
  ['Hebrew', ['Hebr']],
  ['Thai', ['Thai']],
  ['Devanagari', ['Deva']],
  ['Bengali', ['Beng']],
  ['Gurmukhi', ['Guru']],
  ['Gujarati', ['Gujr']],
  ['Oriya', ['Orya']],
  ['Tamil', ['Taml']],
  ['Telugu', ['Telu']],
  ['Kannada', ['Knda']],
  ['Malayalam', ['Mlym']],
  ['Sinhala', ['Sinh']],
  ['Lao', ['Laoo']],
  ['Khmer', ['Khmr']],
  ['Myanmar', ['Mymr']],
  ['Georgian', ['Geor']],
  ['Armenian', ['Armn']],
  ['Ethiopic', ['Ethi']],
  ['Han', ['Hans', 'Hant', 'Jpan']],
  ['Hangul', ['Kore']],
];
const scriptTests = new Map<string, RegExp>();

function scriptOf(word: string): [string, string[]] | null {
  for (const s of SCRIPTS) {
    let re = scriptTests.get(s[0]);
    if (!re) {
      re = new RegExp(String.raw`\p{Script=${s[0]}}`, 'u');
      scriptTests.set(s[0], re);
    }
    if (re.test(word)) return s;
  }
  return null;
}

const localesOfScript = new Map<string, string[]>();

/** The listed locales writing in `script` (Intl.Locale's likely script of each language; no data loaded). */
function localesWriting([name, codes]: [string, string[]]): string[] {
  let tags = localesOfScript.get(name);
  if (!tags) {
    tags = LOCALES.map(([l]) => l).filter((l) => {
      try {
        return codes.includes(new Intl.Locale(l).maximize().script ?? '');
      } catch {
        return false;
      }
    });
    localesOfScript.set(name, tags);
  }
  return tags;
}

/** The listed locale a page language names ("pt-BR" → pt, "zh-TW" → zh-Hant), or null. */
function localeOf(lang: string): string | null {
  const l = lang.trim().toLowerCase();
  if (!l) return null;
  const exact = LOCALES.find(([t]) => t.toLowerCase() === l);
  if (exact) return exact[0];
  if (/^zh-(tw|hk|mo|hant)/.test(l)) return 'zh-Hant';
  const primary = l.split(/[-_]/)[0] ?? '';
  return LOCALES.find(([t]) => t.toLowerCase() === primary)?.[0] ?? null;
}

// Locales a date asked for while building them is put off (during a sliced extraction), or null when they are built
// at once. Building every Latin-script locale takes 170–300 ms: one task that long freezes the page (#11, "no long
// task"), so a sliced extraction puts it off, builds the locales a few per slice and reads again (utils/extract/sliced.ts).
let putOff: Set<string> | null = null;

/**
 * Runs `read` with the building of locales put off: a date needing a locale not built yet reads as if no locale knew
 * its words (a reading to throw away) and the locales it wanted are returned, to be built (buildLocalePart) before
 * reading again. Nothing is put off when every locale asked for is built: the reading is then the same as without.
 */
export function withLocalesPutOff<T>(read: () => T): { value: T; wanted: string[] } {
  const outer = putOff;
  const wanted = new Set<string>();
  putOff = wanted;
  try {
    return { value: read(), wanted: [...wanted] };
  } finally {
    putOff = outer;
  }
}

/**
 * The groups of locales to ask about a date's words, in order: the page's language, English, then every listed locale
 * writing in the script of `word`. A word is read by the first group that knows it. While building is put off, the
 * first group not built yet is noted and it and every later group give nothing (a later group is wanted only if the
 * earlier ones, once built, do not know the word).
 */
export function localeGroups(lang: string | undefined, word: string): (() => LocaleWords[])[] {
  const own = lang ? localeOf(lang) : null;
  const script = scriptOf(word);
  let waiting = false;
  const group = (tags: () => string[]) => (): LocaleWords[] => {
    if (waiting) return [];
    const list = tags();
    const missing = putOff ? list.filter((t) => !built.has(t)) : [];
    if (missing.length > 0) {
      for (const t of missing) putOff?.add(t);
      markProvisional();
      waiting = true;
      return [];
    }
    return list.map(buildLocale);
  };
  return [
    group(() => (own ? [own] : [])),
    group(() => (script?.[0] === 'Latin' ? ['en', 'en-GB'] : [])),
    group(() => (script ? localesWriting(script) : [])),
  ];
}

/** Everything the group of locales says about one word of a date. */
export function wordIn(
  group: LocaleWords[],
  word: string,
): { months: MonthSense[]; filler: boolean; era: Calendar | null } {
  const months: MonthSense[] = [];
  let filler = false;
  let era: Calendar | null = null;
  for (const v of variants(word))
    for (const words of group) {
      for (const s of words.months.get(v) ?? [])
        if (!months.some((m) => m.calendar === s.calendar && m.month === s.month)) months.push(s);
      filler ||= words.fillers.has(v);
      era ??= words.eras.get(v) ?? null;
    }
  return { months, filler, era };
}

/**
 * Whether the page's language (or English) writes `word` around a date's numbers ("12.03.1984 г.", "1984 m."): asked of
 * those two locales only, so that an unknown word never builds every locale of its script.
 */
export function isDateFiller(word: string, lang: string | undefined): boolean {
  const groups = localeGroups(lang, word).slice(0, 2);
  return groups.some((g) => {
    const w = wordIn(g(), word);
    return w.filler && w.months.length === 0;
  });
}

/** For tests and the benchmark: how many locales have been built so far. */
export function builtLocales(): number {
  return built.size;
}
