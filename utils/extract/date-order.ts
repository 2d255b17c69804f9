// The day/month order a page writes its dates in, from the dates it shows: "28/11/2026" can only be
// day-first, "11/28/2026" only month-first. A CRM's date format is a user setting (SuiteCRM, Dolibarr),
// so the page's own unambiguous dates beat its language and an adapter's default.
import type { DateOrder } from '../core/normalize/date';

const NUMERIC_DATE = /\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b/g;
const SHOW_TEXT = 4;
// The texts read, at most (the first in page order). A caller passing its own list cuts it here too.
export const MAX_DATE_TEXTS = 20_000;

// Where a page written in plain "en" is from, when its dates cannot say: a British, Irish, Australian, New Zealand
// or Indian address or phone writes day first; a US one month first. Only signals a record shows (country names,
// postcodes, dialling codes, currency), read in the same pass as the dates.
const DAY_FIRST =
  /\b(?:United Kingdom|England|Scotland|Wales|Northern Ireland|Ireland|Australia|New Zealand|India)\b|\+(?:44|353|61|64|91)[\s(-]?\d|£|\b[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}\b/;
const MONTH_FIRST = /\b(?:United States|USA|U\.S\.A\.)\b|\+1[\s(-]\d{3}|\b[A-Z]{2} \d{5}(?:-\d{4})?\b/;

// Texts that may hold a numeric date (a digit, a separator, a digit): the only ones worth matching.
const DATE_LIKE = /\d[/.-]\d/;

function inScript(node: Text): boolean {
  const parent = node.parentElement?.tagName;
  return parent === 'SCRIPT' || parent === 'STYLE';
}

/**
 * 'dmy' or 'mdy' when the page's unambiguous numeric dates all agree; else, on a page whose language is plain
 * English (no region), the order its region's signals agree on; null otherwise.
 */
export function inferDateOrder(doc: Document, texts?: readonly Text[]): DateOrder | null {
  const body = doc.body;
  if (!body) return null;
  const lang = (doc.documentElement?.getAttribute('lang') ?? '').trim().toLowerCase();
  const regionless = lang === '' || lang === 'en';
  // Texts for the region signals, tested only when the dates say nothing (most pages have an unambiguous date).
  const signals: Text[] = [];
  let dmy = 0;
  let mdy = 0;
  // The body's texts, walked once for the whole extraction (utils/extract/walk.ts), else walked here. A text of white
  // space only can be no date and no signal: the walk's list may leave those out.
  let all = texts;
  if (!all) {
    const walked: Text[] = [];
    const walker = doc.createTreeWalker(body, SHOW_TEXT);
    for (let node = walker.nextNode(); node && walked.length < MAX_DATE_TEXTS; node = walker.nextNode())
      walked.push(node as Text);
    all = walked;
  }
  const n = Math.min(all.length, MAX_DATE_TEXTS);
  for (let i = 0; i < n; i++) {
    const node = all[i] as Text;
    const text = node.nodeValue ?? '';
    if (text.length > 200 || text.length < 4) continue;
    // The parent is asked only of a text that may count (a date, or a region signal when one is needed).
    if (regionless) signals.push(node);
    if (text.length < 8 || !DATE_LIKE.test(text) || inScript(node)) continue;
    for (const m of text.matchAll(NUMERIC_DATE)) {
      const a = Number(m[1]);
      const b = Number(m[2]);
      if (a > 12 && a <= 31 && b <= 12) dmy++;
      else if (b > 12 && b <= 31 && a <= 12) mdy++;
    }
  }
  if (dmy > 0 && mdy === 0) return 'dmy';
  if (mdy > 0 && dmy === 0) return 'mdy';
  if (dmy > 0 || mdy > 0) return null;
  const dayFirst = signals.some((t) => DAY_FIRST.test(t.nodeValue ?? '') && !inScript(t));
  const monthFirst = signals.some((t) => MONTH_FIRST.test(t.nodeValue ?? '') && !inScript(t));
  if (dayFirst !== monthFirst) return dayFirst ? 'dmy' : 'mdy';
  return null;
}
