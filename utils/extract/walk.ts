// One walk of each scope's elements per extraction, shared by every reader that lists elements by attribute.
// Chromium answers `querySelectorAll('[a]')` in one pass per attribute and a selector LIST element by element (slow);
// the eleven attribute queries of the attribute reader, `[title]`, `[id]` and `[class], [id]` cost more together
// than reading each element's attribute names once (docs/benchmarks.md). A region inside a walked scope (an adapter's
// record region, a record root) is a run of that scope's list: its elements come right after it, in page order.
import type { Scope } from './composed';
import { listOf, queryEach } from './list';

export interface ScopeWalk {
  /** Every element of the scope, in page order (`querySelectorAll('*')`). */
  all: Element[];
  /**
   * Each element's attribute names (`getAttributeNames()`), at the same index: read on the first request, in the
   * step of the reader that asks (a 20,000-element page's scan for shadow roots stays one short step).
   */
  names?: string[][];
  /** Indices into `all` of the elements carrying one of a set of attributes, per set, built on first request. */
  buckets: Map<string, number[]>;
  /** Indices into `all` per local name (one pass of `localName`), built on first request: the readers' tag queries. */
  tags?: Map<string, number[]>;
  /** Where an element's subtree is in `all` ([first, one past the last]), per element asked. */
  runs?: Map<Element, [number, number]>;
}

/** The walks of one extraction, per scope (composed.ts findScopes makes them; the page does not change meanwhile). */
export type WalkCache = Map<Scope, ScopeWalk>;

/** The open shadow roots (and declarative shadow trees) the extraction walked, besides the page itself. */
export function shadowScopes(walks: WalkCache | undefined): (ShadowRoot | DocumentFragment)[] {
  return [...(walks?.keys() ?? [])].filter((s): s is ShadowRoot | DocumentFragment => s.nodeType === 11);
}

export function walkScope(scope: Scope): ScopeWalk {
  return { all: listOf(scope.querySelectorAll('*')), buckets: new Map() };
}

function namesOf(walk: ScopeWalk): string[][] {
  if (walk.names) return walk.names;
  const names = new Array<string[]>(walk.all.length);
  for (let i = 0; i < walk.all.length; i++) names[i] = (walk.all[i] as Element).getAttributeNames();
  return (walk.names = names);
}

interface Range {
  walk: ScopeWalk;
  /** First index of the scope's elements in `walk.all`, and one past the last. */
  from: number;
  to: number;
}

/** Where `scope`'s elements are in a walk: the whole walk of a walked scope, or the run after an element inside one. */
function rangeOf(scope: Scope, walks: WalkCache | undefined): Range | null {
  if (!walks) return null;
  const own = walks.get(scope);
  if (own) return { walk: own, from: 0, to: own.all.length };
  if (scope.nodeType !== 1) return null;
  const el = scope as Element;
  for (const walk of walks.values()) {
    const run = walk.runs?.get(el);
    if (run) return { walk, from: run[0], to: run[1] };
  }
  const home = el.getRootNode();
  for (const [s, walk] of walks) {
    if (s !== home && !(s.nodeType === 1 && s.getRootNode() === home && (s as Element).contains(el))) continue;
    const at = walk.all.indexOf(el);
    if (at < 0) return null;
    // Several readers ask for the same region (the record root, a heading's scope): its run is found once.
    const run: [number, number] = [at + 1, at + 1 + el.getElementsByTagName('*').length];
    (walk.runs ??= new Map()).set(el, run);
    return { walk, from: run[0], to: run[1] };
  }
  return null;
}

/** Every element under `scope`, in page order: `querySelectorAll('*')`, from the walk when there is one. */
export function elementsIn(scope: Scope, walks: WalkCache | undefined): Element[] {
  const range = rangeOf(scope, walks);
  if (range) {
    const { walk, from, to } = range;
    return from === 0 && to === walk.all.length ? walk.all : walk.all.slice(from, to);
  }
  return listOf('getElementsByTagName' in scope ? scope.getElementsByTagName('*') : scope.querySelectorAll('*'));
}

/** First index in the sorted `xs` that is ≥ `v`. */
function lowerBound(xs: number[], v: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((xs[mid] as number) < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Indices into `walk.all` of the elements carrying any of `attrs`, in page order: one pass of the walk per set. */
function bucketOf(walk: ScopeWalk, attrs: readonly string[]): number[] {
  const key = attrs.join(' ');
  let bucket = walk.buckets.get(key);
  if (!bucket) {
    bucket = [];
    const wanted = new Set(attrs);
    const all = namesOf(walk);
    for (let i = 0; i < all.length; i++) {
      const names = all[i] as string[];
      for (let j = 0; j < names.length; j++)
        if (wanted.has(names[j] as string)) {
          bucket.push(i);
          break;
        }
    }
    walk.buckets.set(key, bucket);
  }
  return bucket;
}

/** The entries of the sorted `xs` in [from, to). */
function within(xs: number[], from: number, to: number): number[] {
  const out: number[] = [];
  for (let k = from === 0 ? 0 : lowerBound(xs, from); k < xs.length; k++) {
    const i = xs[k] as number;
    if (i >= to) break;
    out.push(i);
  }
  return out;
}

/**
 * The elements under `scope` carrying any of `attrs` (lower-case names), in page order, each once: what
 * `querySelectorAll('[a], [b]…')` returns, read from the walk's attribute names when `scope` is walked.
 */
export function elementsWithAttribute(scope: Scope, walks: WalkCache | undefined, attrs: readonly string[]): Element[] {
  const range = rangeOf(scope, walks);
  if (!range)
    return queryEach(
      scope,
      attrs.map((a) => `[${a}]`),
    );
  const { walk, from, to } = range;
  return within(bucketOf(walk, attrs), from, to).map((i) => walk.all[i] as Element);
}

/**
 * The elements under `scope` whose local name is one of `tags` (lower case), in page order, each once: what
 * `querySelectorAll('h1, h2')` returns in an HTML document, from the walk's index of local names (one pass of the walk
 * for every tag query of the extraction, instead of one pass of the page per query). Null when `scope` is not walked.
 */
export function elementsByTag(
  scope: Scope,
  walks: WalkCache | undefined,
  tags: readonly string[],
  /** Also the elements carrying this attribute whose value passes `test` (`[class*="name"]`: includes("name")). */
  withAttribute?: { name: string; test: (value: string) => boolean },
): Element[] | null {
  const range = rangeOf(scope, walks);
  if (!range) return null;
  const { walk, from, to } = range;
  let index = walk.tags;
  if (!index) {
    index = new Map();
    const all = walk.all;
    for (let i = 0; i < all.length; i++) {
      const name = (all[i] as Element).localName;
      const list = index.get(name);
      if (list) list.push(i);
      else index.set(name, [i]);
    }
    walk.tags = index;
  }
  let at: number[] = [];
  let lists = 0;
  for (const tag of new Set(tags)) {
    const list = index.get(tag);
    if (!list) continue;
    at = lists === 0 ? within(list, from, to) : at.concat(within(list, from, to));
    lists++;
  }
  if (withAttribute) {
    const seen = new Set(at);
    for (const i of within(bucketOf(walk, [withAttribute.name]), from, to))
      if (!seen.has(i) && withAttribute.test((walk.all[i] as Element).getAttribute(withAttribute.name) ?? ''))
        at.push(i);
    lists++;
  }
  if (lists > 1) at.sort((a, b) => a - b);
  return at.map((i) => walk.all[i] as Element);
}

/** The text nodes of the page's body, in page order, walked once per extraction (dates, labels, user labels). */
export interface TextWalk {
  root: Element;
  texts: Text[];
  /**
   * The texts holding more than white space, in page order, picked on first request (filledTextsIn): most text nodes
   * of a page are indentation between tags, and the readers that pass over them need not read them again.
   */
  filled?: Text[];
}

export function walkTexts(root: Element): TextWalk {
  const texts: Text[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, 4); // NodeFilter.SHOW_TEXT
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as Text);
  return { root, texts };
}

/** First index of `texts` (page order) from which `pred` holds, `pred` being false then true along the list. */
function firstWhere(texts: Text[], from: number, pred: (t: Text) => boolean): number {
  let lo = from;
  let hi = texts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pred(texts[mid] as Text)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Index range in `texts` of the text nodes inside `el` (a run: page order). */
function textRange(texts: Text[], el: Element): [number, number] {
  // compareDocumentPosition from `el`: 2 = the text precedes it, 4 = follows it, 16 = it is inside.
  const from = firstWhere(texts, 0, (t) => (el.compareDocumentPosition(t) & 4) !== 0);
  return [from, firstWhere(texts, from, (t) => (el.compareDocumentPosition(t) & 16) === 0)];
}

/**
 * The text nodes under `root`, in page order (a TreeWalker's SHOW_TEXT walk), from the body's walk when `root` is the
 * body or an element inside it; null when it is not (the caller walks).
 */
export function textsIn(root: Element | DocumentFragment, walk: TextWalk | undefined): Text[] | null {
  if (!walk) return null;
  if (root === walk.root) return walk.texts;
  if (root.nodeType !== 1 || !walk.root.contains(root)) return null;
  const [from, to] = textRange(walk.texts, root as Element);
  return walk.texts.slice(from, to);
}

const NOT_BLANK = /\S/;

/**
 * `textsIn(root)` without the texts that are white space only (what `text.trim() === ''` says): for the readers that
 * pass over those, which are most of a page's texts (a SuiteCRM page: 2,900 of 3,600). Each text's value is read once
 * per extraction here instead of once per reader (docs/benchmarks.md, "Where one extraction's time goes").
 */
export function filledTextsIn(root: Element | DocumentFragment, walk: TextWalk | undefined): Text[] | null {
  if (!walk) return null;
  if (!walk.filled) {
    const filled: Text[] = [];
    for (const t of walk.texts) if (NOT_BLANK.test(t.data)) filled.push(t);
    walk.filled = filled;
  }
  if (root === walk.root) return walk.filled;
  if (root.nodeType !== 1 || !walk.root.contains(root)) return null;
  const [from, to] = textRange(walk.filled, root as Element);
  return walk.filled.slice(from, to);
}

/**
 * The texts holding more than white space among the body's first `n` texts (a reader that stops after `n` texts, the
 * date order's): `filledTextsIn(body)` cut where the whole list is cut.
 */
export function filledAmongFirst(walk: TextWalk, n: number): Text[] {
  const filled = filledTextsIn(walk.root, walk) ?? [];
  const cut = walk.texts[n - 1];
  if (walk.texts.length <= n || !cut) return filled;
  // compareDocumentPosition from `cut`: 4 = the text follows it.
  return filled.slice(
    0,
    firstWhere(filled, 0, (t) => (cut.compareDocumentPosition(t) & 4) !== 0),
  );
}

/**
 * `filledTextsIn(root)` without the texts of the large elements `skip` names (asked only of elements of at least
 * `minChildren` children, outside those already left out, in page order): what a walk that steps over their subtrees
 * reads, less the white-space texts its readers pass over.
 */
export function textsOutside(
  root: Element | DocumentFragment,
  walks: WalkCache | undefined,
  walk: TextWalk | undefined,
  minChildren: number,
  skip: (el: Element) => boolean,
): Text[] | null {
  const range = rangeOf(root, walks);
  const texts = range ? filledTextsIn(root, walk) : null;
  if (!range || !texts) return null;
  const all = range.walk.all;
  const left: Element[] = [];
  for (let i = range.from; i < range.to;) {
    const el = all[i] as Element;
    if (el.childElementCount >= minChildren && skip(el)) {
      left.push(el);
      i += 1 + el.getElementsByTagName('*').length;
    } else i++;
  }
  if (left.length === 0) return texts;
  const out: Text[] = [];
  let at = 0;
  for (const el of left) {
    const [from, to] = textRange(texts, el);
    for (let k = at; k < from; k++) out.push(texts[k] as Text);
    at = Math.max(at, to);
  }
  for (let k = at; k < texts.length; k++) out.push(texts[k] as Text);
  return out;
}
