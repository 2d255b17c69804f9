// A small page of made-up markup read by the generic reader (adapters off): how the class tests (round*-classes,
// general-classes, wrong-value-classes) ask what one rule reads.
import { extractCustomer } from '@/utils/extract';
import { parsePage } from './dom-helpers';

/** `context` / `values` of `<html lang=…><body>{html}</body>` at a URL, read at `now`; `lang` defaults per file. */
export function classReader(defaultLang: string, now: Date) {
  const context = (html: string, url = 'https://crm.example/x', lang = defaultLang) =>
    extractCustomer(parsePage(`<html lang="${lang}"><body>${html}</body></html>`), url, now, undefined, {
      adapters: [],
    });
  const values = (html: string, url?: string, lang?: string): Record<string, string> =>
    Object.fromEntries(Object.entries(context(html, url, lang).fields).map(([k, v]) => [k, v.value]));
  return { context, values };
}
