// Parses saved pages without running their scripts, replays the Twenty fixture's SPA swap, and reads a small page of
// label / value pairs with the generic reader (the class tests' pages).
import { extractCustomer } from '@/utils/extract';

/** Parses a saved page; <link> and <script> are dropped first (nothing is fetched, nothing runs). */
export function parsePage(html: string): Document {
  const inert = html.replace(/<script\b[\s\S]*?<\/script\s*>/gi, '').replace(/<link\b[^>]*>/gi, '');
  return new DOMParser().parseFromString(inert, 'text/html');
}

/** Does what twenty-person.html's inline script does after 300 ms: swap in the <template> record. */
export function swapTwentyRecord(doc: Document): void {
  const tpl = doc.getElementById('next-record') as HTMLTemplateElement | null;
  const body = doc.getElementById('page-body');
  if (!tpl || !body) throw new Error('twenty fixture changed: no #next-record/#page-body');
  body.replaceChildren(tpl.content.cloneNode(true));
}

/**
 * The generic reader's values (adapters off) of a page made of `body` in language `lang`, read at `url` on `now`:
 * field → value, the shape the class tests compare.
 */
export function readGenericValues(
  body: string,
  url: string,
  lang: string,
  now: Date,
  title = 'Customer',
): Record<string, string> {
  const doc = parsePage(`<html lang="${lang}"><head><title>${title}</title></head><body>${body}</body></html>`);
  const fields = extractCustomer(doc, url, now, undefined, { adapters: [] }).fields;
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v.value]));
}

/** Label / value pairs as a definition list (<dt>label</dt><dd>value</dd>). */
export const pairRows = (pairs: [string, string][]): string =>
  `<dl>${pairs.map(([l, v]) => `<dt>${l}</dt><dd>${v}</dd>`).join('')}</dl>`;

/**
 * Gives each light-DOM child of a shadow host its `assignedSlot` (the host's slot of its `slot` name), as a browser
 * does: happy-dom, the unit tests' DOM, has no slot assignment.
 */
export function assignSlots(doc: Document): void {
  for (const host of Array.from(doc.querySelectorAll('*'))) {
    const slots = host.shadowRoot ? Array.from(host.shadowRoot.querySelectorAll('slot')) : [];
    for (const child of slots.length ? Array.from(host.children) : []) {
      const name = child.getAttribute('slot') ?? '';
      const slot = slots.find((s) => (s.getAttribute('name') ?? '') === name) ?? null;
      Object.defineProperty(child, 'assignedSlot', { value: slot, configurable: true });
    }
  }
}
