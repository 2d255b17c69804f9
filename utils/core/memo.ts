// A bounded memo for pure string functions the extractor calls once per text of a page (label lookups):
// a CRM page repeats the same few hundred texts, and the SPA observer re-reads the same page.

/** `fn` memoised by its string argument; the table is dropped when it reaches `max` entries. */
export function memoByString<T>(fn: (s: string) => T, max = 8192): (s: string) => T {
  const table = new Map<string, T>();
  return (s: string) => {
    const hit = table.get(s);
    if (hit !== undefined || table.has(s)) return hit as T;
    if (table.size >= max) table.clear();
    const value = fn(s);
    table.set(s, value);
    return value;
  };
}
