// Runs a declarative adapter (built-in or taught) against the page.
import type { FieldRule, SiteAdapter } from '../core/schemas/site-adapter';
import { normalizeLabel } from '../core/normalize/text';
import { isHidden, readAfter, readOwnText, readValueLines } from './dom';
import { normalizeField } from './fields';
import { withOrder } from '../core/normalize/date';
import { findLabelsAmongAll, valueElementFor } from './labels';
import { SHADOW_STEP } from './selector';
import type { Found, ReadEnv } from './types';
import { listOf, queryEach, splitSelectorList } from './list';

interface Hit {
  el: Element;
  label?: string;
}

/** `safeQueryAll`, once per root and selector in one extraction (a rule tried visible first, then hidden). */
function queryAll(root: ParentNode, selector: string, env: ReadEnv): Element[] {
  env.queries ??= new Map();
  let byRoot = env.queries.get(root);
  if (!byRoot) env.queries.set(root, (byRoot = new Map()));
  let found = byRoot.get(selector);
  if (!found) byRoot.set(selector, (found = safeQueryAll(root, selector, env)));
  return found;
}

// A selector of tags, classes, ids, unquoted attribute tests and descendant / child combinators only (no pseudo-class:
// `:scope` would mean another element to `matches`).
const PLAIN_SELECTOR = /^[A-Za-z0-9_\-\s.#>[\]=]+$/;
// The last compound's first attribute test: `.detail-view [field=phone_work]` → field, phone_work.
const LAST_ATTR_TEST = /\[([A-Za-z_][A-Za-z0-9_-]*)=([A-Za-z0-9_-]+)\][^\s>]*$/;

/**
 * What `root.querySelectorAll(selector)` returns for a selector whose last compound tests an attribute's value: the
 * root's elements carrying that value (one query of the attribute per root and extraction, indexed by value) that
 * match the whole selector, in page order. An adapter asks for thirty fields this way (SuiteCRM's `[field=…]`): one
 * query instead of thirty walks of the record. Null for any other selector.
 */
function byAttributeValue(root: ParentNode, selector: string, env: ReadEnv): Element[] | null {
  if (!PLAIN_SELECTOR.test(selector)) return null;
  const m = LAST_ATTR_TEST.exec(selector.trim());
  if (!m) return null;
  const attr = m[1] ?? '';
  env.valueIndex ??= new Map();
  let byAttr = env.valueIndex.get(root);
  if (!byAttr) env.valueIndex.set(root, (byAttr = new Map()));
  let index = byAttr.get(attr);
  if (!index) {
    index = new Map();
    // Values compared in lower case: some HTML attributes match their value in any case; `matches` decides.
    for (const el of listOf(root.querySelectorAll(`[${attr}]`))) {
      const value = (el.getAttribute(attr) ?? '').toLowerCase();
      const list = index.get(value);
      if (list) list.push(el);
      else index.set(value, [el]);
    }
    byAttr.set(attr, index);
  }
  return (index.get((m[2] ?? '').toLowerCase()) ?? []).filter((el) => el.matches(selector));
}

function queryOne(root: ParentNode, selector: string, env?: ReadEnv): Element[] {
  return (env ? byAttributeValue(root, selector, env) : null) ?? listOf(root.querySelectorAll(selector));
}

function safeQueryAll(root: ParentNode, selector: string, env?: ReadEnv): Element[] {
  try {
    // "host >>> inner": the inner selector is matched inside each host's open shadow root (teach mode
    // picks values inside web components; selector.ts writes them this way).
    const steps = selector.split(` ${SHADOW_STEP} `);
    // A list of selectors ("a, b"), one query each: the same elements, in page order.
    const first = steps[0] ?? '';
    const parts = first.includes(',') ? splitSelectorList(first) : null;
    let found: Element[] =
      parts && parts.length > 1 ? queryEach(root, parts, (p) => queryOne(root, p, env)) : queryOne(root, first, env);
    for (const step of steps.slice(1)) {
      found = found.flatMap((host) => (host.shadowRoot ? listOf(host.shadowRoot.querySelectorAll(step)) : []));
    }
    return found;
  } catch {
    return []; // a taught selector the browser no longer accepts: the field is just missing
  }
}

/** The record root: first selector matching a visible element; null when the adapter's root is absent. */
export function findRoot(doc: Document, adapter: SiteAdapter, env: ReadEnv): Element | null {
  if (!adapter.root || adapter.root.length === 0) return doc.body ?? doc.documentElement;
  for (const sel of adapter.root) {
    const el = queryAll(doc, sel, env).find((e) => !isHidden(e, env.cache));
    if (el) return el;
  }
  return null;
}

function columnHits(scopes: Element[], headers: string[]): Hit[] {
  const wanted = new Set(headers.map(normalizeLabel));
  const hits: Hit[] = [];
  for (const scope of scopes) {
    const tables = scope.tagName === 'TABLE' ? [scope] : listOf(scope.querySelectorAll('table'));
    for (const table of tables) {
      const hit = readColumn(table as HTMLTableElement, wanted);
      if (hit) hits.push(hit);
    }
  }
  return hits;
}

/** First data row's cell under a header in `wanted`. */
export function readColumn(table: HTMLTableElement, wanted: Set<string>): Hit | null {
  const rows = listOf(table.rows);
  const headerIndex = rows.findIndex((r) => r.querySelector('th') !== null && r.querySelector('td') === null);
  const header = rows[headerIndex];
  if (!header) return null;
  const cells = listOf(header.cells);
  const col = cells.findIndex((c) => wanted.has(normalizeLabel(c.textContent ?? '')));
  const headerCell = cells[col];
  if (!headerCell) return null;
  const data = rows.slice(headerIndex + 1).find((r) => r.querySelector('td') !== null);
  const cell = data?.cells[col];
  return cell ? { el: cell, label: (headerCell.textContent ?? '').trim() } : null;
}

function hitsFor(root: Element, rule: FieldRule, env: ReadEnv): Hit[] {
  const scopes = rule.selector ? queryAll(root, rule.selector, env) : [root];
  if (rule.column) return columnHits(scopes, rule.column);
  if (!rule.label) return scopes.map((el) => ({ el }));
  const wanted = new Set(rule.label.map(normalizeLabel));
  const hits: Hit[] = [];
  for (const scope of scopes) {
    for (const label of findLabelsAmongAll(scope, wanted, (env.labelTexts ??= new Map()), env.texts)) {
      const el = valueElementFor(label.el);
      if (el) hits.push({ el, label: label.text.replace(/[:：]\s*$/, '') });
    }
  }
  return hits;
}

function readHit(el: Element, rule: FieldRule, allowHidden: boolean, env: ReadEnv): string[] {
  let target: Element = el;
  for (let i = 0; i < (rule.up ?? 0) && target.parentElement; i++) target = target.parentElement;
  let lines: string[];
  switch (rule.read ?? 'text') {
    case 'own':
      lines = [readOwnText(target)];
      break;
    case 'after':
      lines = [readAfter(target)];
      break;
    case 'attr': {
      const v = rule.attr ? target.getAttribute(rule.attr) : null;
      lines = v ? [v] : [];
      break;
    }
    default:
      lines = readValueLines(target, allowHidden, env.cache);
  }
  if (!rule.pattern) return lines;
  let re: RegExp;
  try {
    re = new RegExp(rule.pattern, 'i');
  } catch {
    return [];
  }
  const m = re.exec(lines.join('\n'));
  const picked = m ? (m[1] ?? m[0]) : '';
  return picked
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

function runRule(
  key: string,
  rule: FieldRule,
  root: Element,
  exclude: string,
  allowHidden: boolean,
  env: ReadEnv,
): { lines: string[]; label?: string; hidden: boolean } | null {
  const hits = hitsFor(root, rule, env).filter((h) => !exclude || !h.el.closest(exclude));
  const parts: string[] = [];
  let label: string | undefined;
  let anyHidden = false;
  for (const hit of hits) {
    const hidden = isHidden(hit.el, env.cache);
    if (hidden && !allowHidden) continue;
    const lines = readHit(hit.el, rule, allowHidden, env);
    if (lines.length === 0) continue;
    if (rule.all) {
      parts.push(...lines);
      label ??= hit.label;
      anyHidden ||= hidden;
      continue;
    }
    if (normalizeField(key, lines, env.order)) return { lines, label: hit.label, hidden };
  }
  if (rule.all && parts.length > 0) return { lines: [parts.join(rule.join ?? ', ')], label, hidden: anyHidden };
  return null;
}

/** True when the adapter's `person` test holds on the page: an element it finds reads wholly as its pattern. */
export function isPersonRecord(doc: Document, adapter: SiteAdapter, env: ReadEnv): boolean {
  const test = adapter.person;
  if (!test) return false;
  const root = findRoot(doc, adapter, env);
  if (!root) return false;
  let re: RegExp;
  try {
    re = new RegExp(`^(?:${test.pattern})$`, 'i');
  } catch {
    return false;
  }
  return queryAll(root, test.selector, env).some(
    (el) => !isHidden(el, env.cache) && re.test(readValueLines(el, false, env.cache).join(' ').trim()),
  );
}

/**
 * Reads every field the adapter describes. Returns null when the adapter's record root is not on the
 * page. Visible elements are tried first with every rule; hidden ones only for rules that allow them.
 */
export function applyAdapter(
  doc: Document,
  adapter: SiteAdapter,
  env: ReadEnv,
  via: 'adapter' | 'taught',
): Found[] | null {
  const root = findRoot(doc, adapter, env);
  if (!root) return null;
  const exclude = (adapter.exclude ?? []).join(', ');
  const order = withOrder(env.order, env.pageOrder ?? adapter.dateOrder);
  const localEnv: ReadEnv = { ...env, order };
  const found: Found[] = [];
  const person = isPersonRecord(doc, adapter, env);
  for (const [key, rules] of Object.entries(adapter.fields)) {
    if (person && key === 'company') continue;
    let result: Found | null = null;
    for (const pass of [false, true]) {
      for (const rule of rules) {
        if (pass && !rule.hidden) continue;
        const got = runRule(key, rule, root, exclude, pass, localEnv);
        const norm = got ? normalizeField(key, got.lines, order) : null;
        if (!got || !norm) continue;
        result = {
          key,
          value: norm.value,
          raw: norm.raw,
          source: {
            via,
            adapterId: adapter.id,
            label: got.label ?? rule.label?.[0],
            selector: rule.selector,
            hidden: got.hidden || undefined,
          },
        };
        break;
      }
      if (result) break;
    }
    if (result) found.push(result);
  }
  return found;
}
