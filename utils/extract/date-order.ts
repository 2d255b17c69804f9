// The day/month order a page writes its dates in, from the dates it shows: "28/11/2026" can only be
// day-first, "11/28/2026" only month-first. A CRM's date format is a user setting (SuiteCRM, Dolibarr),
// so the page's own unambiguous dates beat its language and an adapter's default.
import type { DateOrder } from '../core/normalize/date';

const NUMERIC_DATE = /\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b/g;
const MAX_CHARS = 2_000_000;

/** 'dmy' or 'mdy' when the page's unambiguous numeric dates all agree; null otherwise. */
export function inferDateOrder(doc: Document): DateOrder | null {
  const body = doc.body;
  if (!body) return null;
  // One native read of the page's text and one regex pass: walking every text node cost more than the rest of
  // an extraction on large pages (docs/benchmarks.md). Dates in an inline script's data are the page's own too.
  const text = (body.textContent ?? '').slice(0, MAX_CHARS);
  let dmy = 0;
  let mdy = 0;
  for (const m of text.matchAll(NUMERIC_DATE)) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (a > 12 && a <= 31 && b <= 12) dmy++;
    else if (b > 12 && b <= 31 && a <= 12) mdy++;
  }
  if (dmy > 0 && mdy === 0) return 'dmy';
  if (mdy > 0 && dmy === 0) return 'mdy';
  return null;
}
