// A bounded memo for pure string functions the extractor calls once per text of a page (label lookups):
// a CRM page repeats the same few hundred texts, and the SPA observer re-reads the same page.

// Counts the readings to throw away: a date read while the month words it needs were not built yet
// (utils/core/normalize/month-words.ts, withLocalesPutOff) reads as nothing until they are; a value computed meanwhile
// is not kept.
let provisional = 0;

/** Says that what is being computed now is provisional (a memo must not keep it). */
export function markProvisional(): void {
  provisional++;
}

// Counts the times the words behind the memoised functions changed (the world's field words registered:
// utils/extract/generic/words/index.ts): every table is dropped then.
let era = 0;

/** Drops every memo's table: what they answered was answered with other words. */
export function forgetMemos(): void {
  era++;
}

/** `fn` memoised by its string argument; the table is dropped when it reaches `max` entries. */
export function memoByString<T>(fn: (s: string) => T, max = 8192): (s: string) => T {
  const table = new Map<string, T>();
  let tableEra = era;
  return (s: string) => {
    if (tableEra !== era) {
      table.clear();
      tableEra = era;
    }
    const hit = table.get(s);
    if (hit !== undefined || table.has(s)) return hit as T;
    if (table.size >= max) table.clear();
    const before = provisional;
    const value = fn(s);
    if (provisional === before) table.set(s, value);
    return value;
  };
}
