// The page as the agent sees it: light DOM plus every open shadow root (and declarative shadow DOM that a
// saved page keeps as <template shadowrootmode>). Closed shadow roots are counted, never read.
// See docs/adapters.md ("Shadow roots").
import { walkScope, type WalkCache } from './walk';

/** A scope the readers search: the body, an open shadow root or a declarative template's content. */
export type Scope = Element | ShadowRoot | DocumentFragment;

// Declarative shadow DOM that was not attached (a saved page parsed without scripting): its content
// fragment belongs to the template's parent, like an attached shadow root belongs to its host.
const fragmentHost = new WeakMap<Node, Element>();

/** The parent in the flat tree: the element's parent, else its shadow root's host. */
export function composedParent(el: Element): Element | null {
  const p = el.parentElement;
  if (p) return p;
  const node = el.parentNode;
  if (!node) return null;
  const host = (node as ShadowRoot).host;
  if (host) return host;
  return fragmentHost.get(node) ?? null;
}

/** `outer` contains `inner` across shadow boundaries. */
export function composedContains(outer: Element, inner: Element): boolean {
  // Native contains() within one tree; climb from shadow root to host only when `inner` is in a shadow tree.
  let node: Element = inner;
  for (let i = 0; i < 100; i++) {
    if (outer.contains(node)) return true;
    const root = node.getRootNode();
    const host = (root as ShadowRoot).host ?? fragmentHost.get(root);
    if (!host) return false;
    node = host;
  }
  return false;
}

/** Each element's composed ancestors (itself included), built once per extraction. */
export type AncestorCache = Map<Element, Set<Element>>;

/**
 * `composedContains` by lookup in the inner element's ancestor set, built once per element and extraction: the
 * record-region search asks it for every candidate at every level of the page.
 */
export function containsWith(cache: AncestorCache): (outer: Element, inner: Element) => boolean {
  return (outer, inner) => {
    let set = cache.get(inner);
    if (!set) {
      set = new Set();
      for (let e: Element | null = inner; e; e = composedParent(e)) set.add(e);
      cache.set(inner, set);
    }
    return set.has(outer);
  };
}

export interface ScopeScan {
  scopes: Scope[];
  /** Each scanned scope's elements and their attribute names, in page order, for the readers (utils/extract/walk.ts). */
  walks: WalkCache;
  /** Elements that hold a closed shadow root (only known when the browser lets the extension see them). */
  closedShadowRoots: number;
}

/** Reveals closed shadow roots to count them (Chrome's chrome.dom.openOrClosedShadowRoot), when available. */
export type ClosedRootProbe = (el: Element) => ShadowRoot | null;

const MAX_SCOPES = 500;

/**
 * The light DOM's body and every open shadow root under it, depth first. One pass over the elements;
 * iterative, so a page nested thousands of levels deep cannot overflow the stack.
 */
export function findScopes(doc: Document, probe?: ClosedRootProbe): ScopeScan {
  const body = doc.body ?? doc.documentElement;
  const scopes: Scope[] = [body];
  let closed = 0;
  const walks: WalkCache = new Map();
  const queue: Scope[] = [body];
  while (queue.length > 0 && scopes.length < MAX_SCOPES) {
    const scope = queue.shift() as Scope;
    const walk = walkScope(scope);
    const all = walk.all;
    walks.set(scope, walk);
    for (let i = 0; i < all.length; i++) {
      const el = all[i] as Element;
      const open = el.shadowRoot;
      if (open) {
        scopes.push(open);
        queue.push(open);
        continue;
      }
      if (el.tagName === 'TEMPLATE') {
        const mode = el.getAttribute('shadowrootmode') ?? el.getAttribute('shadowroot');
        if (mode === 'open' && el.parentElement) {
          const content = (el as HTMLTemplateElement).content;
          fragmentHost.set(content, el.parentElement);
          scopes.push(content);
          queue.push(content);
        } else if (mode === 'closed') closed++;
        continue;
      }
      // Huifang's own overlay and picker (closed on purpose) are not the page's.
      if (probe && el.tagName.includes('-') && !el.tagName.startsWith('HUIFANG-')) {
        try {
          if (probe(el)) closed++;
        } catch {
          // a probe that throws says nothing
        }
      }
    }
  }
  return { scopes, walks, closedShadowRoots: closed };
}

/** The document or shadow root an element lives in, for id lookups (label[for], aria-labelledby). */
export function lookupRoot(el: Element): { getElementById(id: string): Element | null } {
  const root = el.getRootNode() as Partial<ShadowRoot> & Node;
  if (typeof root.getElementById === 'function') return root as ShadowRoot;
  return el.ownerDocument;
}
