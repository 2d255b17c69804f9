// Dates of other calendars (Persian solar, Hijri, Hebrew) → Gregorian, through Intl: Chrome and Node both carry full ICU,
// so no conversion table or arithmetic of our own (docs/adapters.md, "Values as every locale writes them"). Intl only
// formats, so a date is found by formatting the days around an estimate until one reads back as the given date.

/** The calendars a CRM page may write a date in, besides the Gregorian one (Intl's calendar names). */
export type OtherCalendar = 'persian' | 'islamic-umalqura' | 'hebrew';
export type Calendar = 'gregory' | OtherCalendar;

const DAY_MS = 86_400_000;

/** The years a customer's birth date or a contract's date can have in each calendar (1800–2200 CE). */
const PLAUSIBLE: Record<Calendar, [number, number]> = {
  gregory: [1800, 2200],
  persian: [1178, 1580],
  'islamic-umalqura': [1214, 1630],
  hebrew: [5560, 5961],
};

export function plausibleYear(calendar: Calendar, year: number): boolean {
  const [from, to] = PLAUSIBLE[calendar];
  return year >= from && year <= to;
}

// A day of each calendar near the start of its year, and how long its year and month are on average: where to start
// looking for a date (the search below corrects the estimate).
const ESTIMATE: Record<OtherCalendar, { year: number; start: number; yearDays: number; monthDays: number }> = {
  persian: { year: 1403, start: Date.UTC(2024, 2, 20), yearDays: 365.2422, monthDays: 30.44 },
  'islamic-umalqura': { year: 1446, start: Date.UTC(2024, 6, 7), yearDays: 354.367, monthDays: 29.53 },
  hebrew: { year: 5785, start: Date.UTC(2024, 9, 3), yearDays: 365.2468, monthDays: 29.53 },
};

const formatters = new Map<Calendar, Intl.DateTimeFormat>();

/** The formatter whose parts identify a day of `calendar`: year, month (a number, or a name where ICU numbers none), day. */
export function dayFormatter(calendar: Calendar): Intl.DateTimeFormat {
  let f = formatters.get(calendar);
  if (!f) {
    f = new Intl.DateTimeFormat(`en-u-ca-${calendar}-nu-latn`, {
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      timeZone: 'UTC',
    });
    formatters.set(calendar, f);
  }
  return f;
}

/** The year, month and day `calendar` gives the UTC day `time`; month as ICU writes it (a number, or Hebrew's names). */
export function dayIn(calendar: Calendar, time: number): { year: number; month: string; day: number } {
  let year = 0;
  let month = '';
  let day = 0;
  for (const p of dayFormatter(calendar).formatToParts(time)) {
    if (p.type === 'year') year = Number(p.value);
    else if (p.type === 'month') month = p.value;
    else if (p.type === 'day') day = Number(p.value);
  }
  return { year, month, day };
}

function iso(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/**
 * The Gregorian ISO date of day `day` of month `month` (1–12, or the month's id as `dayIn` gives it) of `year` in
 * `calendar`, or null when that day does not exist (30 Esfand of a common year) or the year is not plausible.
 */
export function toGregorian(calendar: OtherCalendar, year: number, month: number | string, day: number): string | null {
  if (!plausibleYear(calendar, year) || day < 1 || day > 31) return null;
  const e = ESTIMATE[calendar];
  const yearStart = e.start + Math.round((year - e.year) * e.yearDays) * DAY_MS;
  const want = String(month);
  const matches = (t: number) => {
    const got = dayIn(calendar, t);
    return got.year === year && got.month === want && got.day === day;
  };
  if (typeof month !== 'number') {
    // Hebrew months have names (a leap year adds one): every day of the year is tried.
    for (let t = yearStart - 30 * DAY_MS; t < yearStart + 420 * DAY_MS; t += DAY_MS) if (matches(t)) return iso(t);
    return null;
  }
  const guess = yearStart + Math.round((month - 1) * e.monthDays + day - 1) * DAY_MS;
  for (let k = 0; k <= 8; k++)
    for (const t of k === 0 ? [guess] : [guess + k * DAY_MS, guess - k * DAY_MS]) if (matches(t)) return iso(t);
  return null;
}

const lunarFormat = new Intl.DateTimeFormat('en-u-ca-chinese-nu-latn', {
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  timeZone: 'UTC',
});

/**
 * The Gregorian ISO date of a day of the Chinese lunar calendar (农历), its year named by the Gregorian year it starts
 * in (as written: 农历 1988年八月十五), `leap` for a leap month (闰四月). Null when that day does not exist.
 */
export function fromChineseLunar(year: number, month: number, day: number, leap = false): string | null {
  if (!plausibleYear('gregory', year) || month < 1 || month > 12 || day < 1 || day > 30) return null;
  const want = `${month}${leap ? 'bis' : ''}`;
  // Lunar new year falls between 21 January and 20 February: start there and correct the estimate.
  const guess = Date.UTC(year, 0, 21) + Math.round((month - 1 + (leap ? 1 : 0)) * 29.53 + day - 1) * DAY_MS;
  const matches = (t: number) => {
    let y = 0;
    let m = '';
    let d = 0;
    // ICU names the Gregorian year of a Chinese date `relatedYear`, a part type TypeScript's lib does not list.
    for (const p of lunarFormat.formatToParts(t)) {
      const type: string = p.type;
      if (type === 'relatedYear' || type === 'year') y = Number(p.value);
      else if (p.type === 'month') m = p.value;
      else if (p.type === 'day') d = Number(p.value);
    }
    return y === year && m === want && d === day;
  };
  for (let k = 0; k <= 45; k++)
    for (const t of k === 0 ? [guess] : [guess + k * DAY_MS, guess - k * DAY_MS]) if (matches(t)) return iso(t);
  return null;
}

/**
 * The calendar a page's language writes its dates in when a year cannot be Gregorian: Iran and Afghanistan use the
 * Persian solar calendar, Saudi-style Arabic pages the Hijri (Umm al-Qura) one. Thai Buddhist years, Taiwan's ROC years
 * and Japan's eras are read by their own shapes (utils/core/normalize/date.ts).
 */
export function calendarOfLang(lang: string | null | undefined): OtherCalendar | null {
  const primary = (lang ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  if (primary === 'fa' || primary === 'ps') return 'persian';
  if (primary === 'ar') return 'islamic-umalqura';
  return null;
}
