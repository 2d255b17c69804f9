// Parses saved pages without running their scripts, and replays the Twenty fixture's SPA swap.

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
