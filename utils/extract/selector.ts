// A robust selector for an element the agent picked: stable ids, field attributes and label-relative
// rules first; a short class/nth-of-type path only as the last resort.
import { normalizeLabel, normalizeSpace } from '../core/normalize/text';
import { listOf } from './list';

const FIELD_ATTRS = [
  'name',
  'data-field',
  'data-name',
  'field',
  'data-field-name',
  'data-testid',
  'data-test-id',
  'data-id',
  'data-selenium-test',
  'aria-label',
  'itemprop',
];
// Generated ids and classes (hash-like, long digit runs, framework counters) change between page loads.
const UNSTABLE =
  /\d{4,}|[a-f0-9]{8,}|^(?:ember|ext-|react|vue|el-id|rc_|headlessui|mui-|css-|sc-|jsx-)|__[a-z0-9]{5,}$|:/i;

function cssString(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\a ')}"`;
}

function cssIdent(value: string): string {
  return value.replace(/^(\d)/, '\\3$1 ').replace(/([^\w-])/g, '\\$1');
}

/** Where selectors for `el` are matched: its shadow root, or the document. */
type QueryRoot = Document | ShadowRoot;

function isUnique(doc: QueryRoot, selector: string, el: Element): boolean {
  try {
    const all = doc.querySelectorAll(selector);
    return all.length === 1 && all[0] === el;
  } catch {
    return false;
  }
}

function ownSelector(doc: QueryRoot, el: Element): string | null {
  const id = el.getAttribute('id');
  if (id && !UNSTABLE.test(id) && isUnique(doc, `#${cssIdent(id)}`, el)) return `#${cssIdent(id)}`;
  const tag = el.tagName.toLowerCase();
  for (const attr of FIELD_ATTRS) {
    const v = el.getAttribute(attr);
    if (!v || v.length > 80 || UNSTABLE.test(v)) continue;
    const sel = `${tag}[${attr}=${cssString(v)}]`;
    if (isUnique(doc, sel, el)) return sel;
  }
  return null;
}

function stepOf(el: Element): string {
  const tag = el.tagName.toLowerCase();
  const classes = Array.from(el.classList)
    .filter((c) => !UNSTABLE.test(c) && c.length < 40)
    .slice(0, 2);
  let step = tag + classes.map((c) => `.${cssIdent(c)}`).join('');
  const parent = el.parentElement;
  if (parent) {
    const same = listOf(parent.children).filter((c) => c.tagName === el.tagName);
    if (same.length > 1) step += `:nth-of-type(${same.indexOf(el) + 1})`;
  }
  return step;
}

/** Unique CSS selector for `el`, anchored on the nearest ancestor that has a stable id or field attribute. */
export function buildSelector(el: Element): string {
  // Inside an open shadow root: the host's selector, then " >>> ", then the selector inside the root
  // (apply-adapter.ts descends the same way).
  const rootNode = el.getRootNode();
  if (rootNode instanceof ShadowRoot)
    return `${buildSelector(rootNode.host)} ${SHADOW_STEP} ${selectorIn(rootNode, el)}`;
  return selectorIn(el.ownerDocument, el);
}

/** The separator between a shadow host's selector and a selector inside its shadow root. */
export const SHADOW_STEP = '>>>';

function selectorIn(doc: QueryRoot, el: Element): string {
  const own = ownSelector(doc, el);
  if (own) return own;
  const steps: string[] = [];
  let cur: Element | null = el;
  const top = doc instanceof ShadowRoot ? null : doc.documentElement;
  while (cur && cur !== top && steps.length < 8) {
    steps.unshift(stepOf(cur));
    const parent: Element | null = cur.parentElement;
    const anchor = parent ? ownSelector(doc, parent) : null;
    const candidate = anchor ? `${anchor} > ${steps.join(' > ')}` : steps.join(' > ');
    // A bare "span" is unique today and wrong tomorrow: want an anchor, a class or two steps.
    const specific = anchor !== null || steps.length > 1 || /[.[:]/.test(steps[0] ?? '');
    if (specific && isUnique(doc, candidate, el)) return candidate;
    cur = parent;
  }
  return steps.join(' > ');
}

/** The label text that names the picked value (previous sibling cell, `label[for]`), if it looks like one. */
export function findLabelFor(el: Element): string | null {
  const id = el.getAttribute('id');
  if (id) {
    const label = listOf(el.ownerDocument.querySelectorAll('label[for]')).find((l) => l.getAttribute('for') === id);
    const text = normalizeSpace(label?.textContent ?? '');
    if (text) return text.replace(/[:：]\s*$/, '');
  }
  let cur: Element | null = el;
  for (let depth = 0; cur && depth < 3; depth++) {
    const prev = cur.previousElementSibling;
    const text = normalizeSpace(prev?.textContent ?? '');
    if (prev && text && text.length <= 30 && normalizeLabel(text).length > 0 && !/\d{4,}/.test(text))
      return text.replace(/[:：]\s*$/, '');
    if (prev) return null;
    cur = cur.parentElement;
  }
  return null;
}
