// The generic extractor: for CRMs with no adapter. Finds the record's label/value pairs, keeps those
// of the main record, validates each value for its field and never makes one up.
import type { ValueSource } from '../../core/schemas/customer-context';
import { normalizeLabel } from '../../core/normalize/text';
import { readColumn } from '../apply-adapter';
import { normalizeField } from '../fields';
import type { Found, ReadEnv } from '../types';
import { collectCandidates, type Candidate } from './collect';
import { keyForLabel } from './dictionary';
import { findNameHeading } from './heading';
import { findRecordIdInIds } from './record-id';
import { isExcludedRegion, type RegionCache } from './regions';

const VIA_RANK: Record<Candidate['via'], number> = { label: 0, attribute: 1, inline: 2, 'record-id': 3 };
const CONTRACT_KEYS = ['product', 'signDate', 'businessType'] as const;
const IDENTIFYING = new Set(['name', 'phone', 'mobile', 'idNumber', 'email', 'customerId']);

interface Valued {
  c: Candidate;
  value: string;
}

function conflictKey(c: Candidate): string {
  return c.key === 'address-part' || c.key.startsWith('name-') ? `${c.key}:${c.label}` : c.key;
}

/**
 * The record: the deepest element holding 3/4 of the visible values, then widened level by level
 * while the wider part brings only new fields (or the same values again). A level that would bring a
 * second, different value for a field holds another person (a cached record, a related contact): stop.
 */
export function chooseRecordRoot(valued: Valued[], body: Element): Element {
  const visible = valued.filter((v) => !v.c.hidden && v.c.key !== 'customerId');
  if (visible.length === 0) return body;
  const counts = new Map<Element, { n: number; depth: number }>();
  for (const v of visible) {
    const chain: Element[] = [];
    for (let e: Element | null = v.c.el; e; e = e.parentElement) chain.push(e);
    chain.forEach((e, i) => {
      const entry = counts.get(e) ?? { n: 0, depth: chain.length - 1 - i };
      entry.n++;
      counts.set(e, entry);
    });
  }
  const need = Math.ceil(visible.length * 0.75);
  let root: Element = body;
  let bestDepth = -1;
  for (const [el, { n, depth }] of counts) if (n >= need && depth > bestDepth) [root, bestDepth] = [el, depth];
  const seen = new Map<string, Set<string>>();
  const add = (v: Valued) => {
    const k = conflictKey(v.c);
    const set = seen.get(k) ?? new Set<string>();
    set.add(v.value);
    seen.set(k, set);
  };
  valued.filter((v) => root.contains(v.c.el)).forEach(add);
  for (let parent = root.parentElement; parent; parent = parent.parentElement) {
    const incoming = valued.filter((v) => parent.contains(v.c.el) && !root.contains(v.c.el));
    const fresh = new Map<string, Set<string>>();
    let conflict = false;
    for (const v of incoming) {
      if (v.c.hidden) continue; // hidden parts may complete the record, they never decide where it ends
      const k = conflictKey(v.c);
      const known = seen.get(k) ?? fresh.get(k);
      if (known && !known.has(v.value)) conflict = true;
      const set = fresh.get(k) ?? new Set<string>();
      set.add(v.value);
      fresh.set(k, set);
    }
    if (conflict) break;
    incoming.forEach(add);
    root = parent;
    if (parent === body) break;
  }
  return root;
}

function source(c: Candidate): ValueSource {
  return { via: 'generic', label: c.label, hidden: c.hidden || undefined };
}

/** Address from parts (省/市/区/详细地址…) in display order, when the page splits it. */
function addressFromParts(parts: Candidate[], env: ReadEnv): Found | null {
  const visible = parts.filter((p) => !p.hidden);
  if (!visible.some((p) => /详细地址|街道|street|city|town|城市|address line/i.test(p.label))) return null;
  const lines = visible.map((p) => p.lines.join(' ')).filter(Boolean);
  const norm = normalizeField('address', lines, env.order);
  return norm
    ? { key: 'address', ...norm, source: { via: 'generic', label: visible.map((p) => p.label).join(' + ') } }
    : null;
}

/** "First Name" + "Last Name" (or 姓 + 名) when the page has no single name field. */
function nameFromParts(inRoot: Candidate[], env: ReadEnv): Found | null {
  const first = inRoot.find((c) => c.key === 'name-first' && !c.hidden);
  const last = inRoot.find((c) => c.key === 'name-last' && !c.hidden);
  if (!first || !last) return null;
  const han = /[\u4e00-\u9fff]/.test(first.lines.join('') + last.lines.join(''));
  const lines = han
    ? [last.lines.join('') + first.lines.join('')]
    : [`${first.lines.join(' ')} ${last.lines.join(' ')}`];
  const norm = normalizeField('name', lines, env.order);
  return norm ? { key: 'name', ...norm, source: { via: 'generic', label: `${first.label} + ${last.label}` } } : null;
}

/** Contract fields from a one-row list inside the record (the customer's latest contract). */
function contractFromList(root: Element, env: ReadEnv, regions: RegionCache, have: Set<string>): Found[] {
  const found: Found[] = [];
  for (const table of Array.from(root.querySelectorAll('table'))) {
    const rows = Array.from((table as HTMLTableElement).rows);
    const dataRows = rows.filter((r) => r.querySelector('td') !== null);
    if (dataRows.length !== 1 || (isExcludedRegion(table, regions) && !/list/i.test(table.className))) continue;
    for (const key of CONTRACT_KEYS) {
      if (have.has(key)) continue;
      const header = rows[0];
      if (!header) continue;
      const labels = new Set(
        Array.from(header.cells)
          .map((c) => normalizeLabel(c.textContent ?? ''))
          .filter((l) => keyForLabel(l) === key),
      );
      const hit = labels.size > 0 ? readColumn(table as HTMLTableElement, labels) : null;
      const norm = hit ? normalizeField(key, [(hit.el.textContent ?? '').trim()], env.order) : null;
      if (hit && norm) {
        found.push({ key, ...norm, source: { via: 'generic', label: hit.label } });
        have.add(key);
      }
    }
  }
  return found;
}

export function extractGeneric(doc: Document, env: ReadEnv): Found[] {
  const body = doc.body ?? doc.documentElement;
  const regions: RegionCache = new Map();
  const collected = collectCandidates(doc, env, regions);
  // An attribute-named element wrapping a labelled pair is a section, not a value.
  const labelled = collected.filter((c) => c.via === 'label');
  const all = collected.filter(
    (c) => c.via !== 'attribute' || !labelled.some((l) => c.el !== l.el && c.el.contains(l.el)),
  );
  const valued: Valued[] = [];
  for (const c of all) {
    const norm =
      c.key === 'address-part' || c.key.startsWith('name-')
        ? { value: c.lines.join(' ') }
        : normalizeField(c.key, c.lines, env.order);
    if (norm) valued.push({ c, value: norm.value });
  }
  const root = chooseRecordRoot(valued, body);
  const inRoot = all.filter((c) => root.contains(c.el));
  inRoot.sort((a, b) => Number(a.hidden) - Number(b.hidden) || VIA_RANK[a.via] - VIA_RANK[b.via]);
  const found: Found[] = [];
  const have = new Set<string>();
  for (const c of inRoot) {
    if (c.key === 'address-part' || c.key.startsWith('name-') || have.has(c.key)) continue;
    const norm = normalizeField(c.key, c.lines, env.order);
    if (!norm) continue;
    found.push({ key: c.key, ...norm, source: source(c) });
    have.add(c.key);
  }
  if (!have.has('address')) {
    const address = addressFromParts(
      inRoot.filter((c) => c.key === 'address-part'),
      env,
    );
    if (address) {
      found.push(address);
      have.add('address');
    }
  }
  found.push(...contractFromList(root, env, regions, have));
  // Only beside fields of the record: ids alone (a blank form keyed by a form id) name no customer.
  const recordId = have.has('customerId') || found.length === 0 ? null : findRecordIdInIds(root, env);
  if (recordId) found.push(recordId);
  if (!have.has('name')) {
    const name = nameFromParts(inRoot, env);
    if (name) {
      found.push(name);
      have.add('name');
    }
  }
  // A title is the customer's name only on a record page: ask for two other fields as evidence of one.
  if (!have.has('name') && found.filter((f) => f.key !== 'customerId').length >= 2) {
    const title = findNameHeading(root, regions, env);
    if (title) found.push(title.name);
    if (title?.company && !have.has('company')) found.push(title.company);
  }
  // Without anything that identifies a person (a new-record form with a default owner, a dashboard), no customer.
  return found.some((f) => IDENTIFYING.has(f.key)) ? found : [];
}
