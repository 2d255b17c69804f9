// DOM collections as arrays. Array.from walks a NodeList through its iterator, several times slower than indexing it
// (3,000 elements: 1.7 ms against 0.36 in Chromium, docs/benchmarks.md): extraction copies many lists per pass.

/** The items of a DOM collection (NodeList, HTMLCollection, rows, cells, options…), in order. */
export function listOf<T>(list: ArrayLike<T>): T[] {
  const out = new Array<T>(list.length);
  for (let i = 0; i < list.length; i++) out[i] = list[i] as T;
  return out;
}

/**
 * The elements under `scope` matching any of `selectors`, in page order, each once: `querySelectorAll(selectors.join())`
 * in one query per selector. Chromium matches a selector list element by element (`h1, h2`: 0.2 ms on a 3,000-element
 * page, against 0.03 ms for `h1`), and a single tag, class or attribute selector much faster.
 */
export function queryEach(
  scope: ParentNode,
  selectors: readonly string[],
  /** Answers one selector (what `querySelectorAll` returns), when the caller has a faster way. */
  query: (selector: string) => ArrayLike<Element> = (selector) => scope.querySelectorAll(selector),
): Element[] {
  let out: Element[] = [];
  let lists = 0;
  for (const selector of selectors) {
    const found = query(selector);
    if (found.length === 0) continue;
    out = lists === 0 ? listOf(found) : out.concat(listOf(found));
    lists++;
  }
  if (lists < 2) return out;
  return [...new Set(out)].sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
}

/**
 * The selectors of a selector list ("a, b[x='1,2'], :is(c, d)" → three), split at its top-level commas; null when
 * it cannot be split safely (an unclosed quote or bracket, an escape, a comment): then it is queried whole.
 */
export function splitSelectorList(list: string): string[] | null {
  if (list.includes('/*')) return null; // a comment may hide a comma
  const out: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    if (c === '\\') return null;
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === ',' && depth === 0) {
      out.push(list.slice(start, i).trim());
      start = i + 1;
    }
    if (depth < 0) return null;
  }
  if (quote || depth !== 0) return null;
  out.push(list.slice(start).trim());
  return out.every(Boolean) ? out : null;
}
