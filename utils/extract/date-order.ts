// The day/month order a page writes its dates in, from the dates it shows: "28/11/2026" can only be
// day-first, "11/28/2026" only month-first. A CRM's date format is a user setting (SuiteCRM, Dolibarr),
// so the page's own unambiguous dates beat its language and an adapter's default.
import type { DateOrder } from '../core/normalize/date';

const NUMERIC_DATE = /\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b/g;
const SHOW_TEXT = 4;
const MAX_NODES = 20_000;

/** 'dmy' or 'mdy' when the page's unambiguous numeric dates all agree; null otherwise. */
export function inferDateOrder(doc: Document): DateOrder | null {
  const body = doc.body;
  if (!body) return null;
  let dmy = 0;
  let mdy = 0;
  const walker = doc.createTreeWalker(body, SHOW_TEXT);
  let n = 0;
  for (let node = walker.nextNode(); node && n < MAX_NODES; node = walker.nextNode(), n++) {
    const text = node.nodeValue ?? '';
    if (text.length > 200 || text.length < 8) continue;
    const parent = node.parentElement?.tagName;
    if (parent === 'SCRIPT' || parent === 'STYLE') continue;
    for (const m of text.matchAll(NUMERIC_DATE)) {
      const a = Number(m[1]);
      const b = Number(m[2]);
      if (a > 12 && a <= 31 && b <= 12) dmy++;
      else if (b > 12 && b <= 31 && a <= 12) mdy++;
    }
  }
  if (dmy > 0 && mdy === 0) return 'dmy';
  if (mdy > 0 && dmy === 0) return 'mdy';
  return null;
}
