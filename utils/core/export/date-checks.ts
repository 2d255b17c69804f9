/**
 * Dates in files are checked for meaning, not only shape (docs/export-format.md, "Validation rules"):
 * a real calendar day ("2026-02-30" is refused), a real time of day, and a year in the range below.
 */
export const minFileYear = 2000;
export const maxFileYear = 2100;

const DATETIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** Why a text is not a usable calendar date (YYYY-MM-DD), or null when it is one. */
export function describeBadDate(text: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return `"${text.slice(0, 40)}" is not a date (YYYY-MM-DD)`;
  const year = Number(text.slice(0, 4));
  const month = Number(text.slice(5, 7));
  const day = Number(text.slice(8, 10));
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return `"${text}" is not a real date (no such day)`;
  }
  if (year < minFileYear || year > maxFileYear) {
    return `"${text}" is outside the years ${minFileYear}–${maxFileYear}`;
  }
  return null;
}

/** Why a text is not a usable instant (ISO date-time with Z or an offset), or null when it is one. */
export function describeBadInstant(text: string): string | null {
  const m = DATETIME.exec(text);
  if (!m) return `"${text.slice(0, 40)}" is not an ISO date-time with a time zone (e.g. 2026-10-09T08:00:00Z)`;
  const [, date = '', hh = '', mm = '', ss = '00', zone = 'Z'] = m;
  const badDay = describeBadDate(date);
  if (badDay) return badDay.replace(`"${date}"`, `"${text}"`);
  if (Number(hh) > 23 || Number(mm) > 59 || Number(ss) > 59) return `"${text}" is not a real time of day`;
  if (zone !== 'Z' && (Number(zone.slice(1, 3)) > 14 || Number(zone.slice(4, 6)) > 59)) {
    return `"${text}" has no such time-zone offset`;
  }
  return null;
}

/** A deadline is a date (day rules) or an instant (hour rules). */
export function describeBadDue(text: string): string | null {
  return text.length === 10 ? describeBadDate(text) : describeBadInstant(text);
}

export const isValidInstant = (text: string): boolean => describeBadInstant(text) === null;
export const isValidDue = (text: string): boolean => describeBadDue(text) === null;

/** Gregorian month lengths by arithmetic: this runs for every date of a million-record file. */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
