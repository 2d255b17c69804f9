// Where the record is: the region holding its values, and whether the page holds several records instead.
import { IDENTIFYING_FIELDS } from '../fields';
import { composedContains, composedParent } from '../composed';
import { isOneOfPeers } from '../page-kind';
import type { Candidate } from './collect';
import { labelRank } from './dictionary';
import { isOtherPersonSection } from './section';
import { normalizeLabel } from '../../core/normalize/text';

export interface Valued {
  c: Candidate;
  value: string;
}

export interface RootChoice {
  root: Element;
  /** The widening stopped on a sibling of the same shape holding another person: a list of records. */
  peers: boolean;
  /** Boxes of the record's other people, beside the customer's own box titled as hers (a bride's and her groom's). */
  others?: Element[];
}

// A person's box titled as the customer's ("新娘（客户）", "Buyer (customer)", "Kunde"): among two or three boxes of
// people side by side (a couple's, a buyer's and co-buyer's), hers.
const CUSTOMER_TITLE =
  /(?:^|[（(\s·:：-])(?:客户|客戶|顾客|顧客|本人|customer|client|kunde|kundin|cliente|klant|klient|клиент|клиентка|顧客|고객|عميل|לקוח)(?:[)）\s·]|$)/i;

/** The box's title: its first line of text, before any value, when it is short. */
function boxTitle(box: Element): string {
  for (const el of Array.from(box.querySelectorAll('*'))) {
    if (el.childElementCount > 0) continue;
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text) return text.length <= 24 ? text : '';
  }
  return '';
}

/** `mine` is titled as the customer's and `theirs` is not: two people of one record, not two records of a list. */
function customerBox(mine: Element, theirs: Element): boolean {
  return CUSTOMER_TITLE.test(boxTitle(mine)) && !CUSTOMER_TITLE.test(boxTitle(theirs));
}

/** `composedContains`, or a cached equivalent (composed.ts `containsWith`). */
type Contains = (outer: Element, inner: Element) => boolean;

export function conflictKey(c: Candidate): string {
  if (c.key === 'address-part' || c.key.startsWith('name-')) return `${c.key}:${c.label}`;
  // A weak word's value (开通日期 beside 合约签订日期, 商品 beside 购买商品) is another fact of the same record, not a
  // second record's: it conflicts only with the same label.
  // Codes under different labels (客户编号 beside a service's 宽带账号, a meter's 户号) are the same record's several keys;
  // another person's card shows its code under the same label as hers (and its own name and phone).
  // So are staff under different roles (a relationship manager's card beside the policy's advisor).
  if ((c.key === 'customerId' || c.key === 'owner') && c.via === 'label') return `${c.key}:${normalizeLabel(c.label)}`;
  return c.via === 'label' && WEAK_CONTRACT.has(c.key) && labelRank(normalizeLabel(c.label)) >= 2
    ? `${c.key}:${c.label}`
    : c.key;
}

const WEAK_CONTRACT = new Set(['product', 'signDate']);

// Fields whose second, different value means a second person (not a second phone of the same one).
const PERSON_KEYS = IDENTIFYING_FIELDS;

/** The child of `ancestor` on the way down to `el` (across shadow roots). */
function branchOf(ancestor: Element, el: Element): Element | null {
  for (let e: Element | null = el; e; e = composedParent(e)) if (composedParent(e) === ancestor) return e;
  return null;
}

/**
 * Cards of a list show the same fields for each person; the rows of a record's form table show different
 * fields (客户名称 + 客户简称 in one row, 联系人 + 手机 in the next), so same-shaped rows alone prove no list.
 */
function sameFields(a: Element, b: Element, valued: Valued[], contains: Contains): boolean {
  const keys = (branch: Element) => [
    ...new Set(valued.filter((v) => !v.c.hidden && contains(branch, v.c.el)).map((v) => v.c.key)),
  ];
  const ka = keys(a);
  // A card of a list shows a person: several fields. Cells of one field each are a form's grid (名称 beside 联系人).
  return ka.length >= 2 && ka.sort().join(',') === keys(b).sort().join(',');
}

/**
 * The record: the deepest element holding 3/4 of the visible values, then widened level by level
 * while the wider part brings only new fields (or the same values again). A level that would bring a
 * second, different value for a field holds another person (a cached record, a related contact): stop.
 * When that other person sits in a sibling of the same shape (cards, list items), the page is a list.
 */
export function chooseRecordRoot(valued: Valued[], body: Element, contains: Contains = composedContains): RootChoice {
  const visible = valued.filter((v) => !v.c.hidden && v.c.key !== 'customerId');
  if (visible.length === 0) return { root: body, peers: false };
  const counts = new Map<Element, { n: number; depth: number }>();
  for (const v of visible) {
    const chain: Element[] = [];
    for (let e: Element | null = v.c.el; e; e = composedParent(e)) chain.push(e);
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
  // Two people inside the region, each in one of several same-shaped cards: a list, not a record. Unless one of two
  // or three boxes is titled as the customer's: the record's people, hers among them (docs/adapters.md, "Round 17:
  // whose record / whole records").
  const others: Element[] = [];
  const mine = (v: Valued) => contains(root, v.c.el) && !others.some((o) => contains(o, v.c.el));
  for (const key of ['name', 'idNumber', 'mobile', 'email']) {
    const vs = visible.filter((v) => v.c.key === key && mine(v));
    const other = vs.find((v) => v.value !== vs[0]?.value);
    const first = vs[0];
    if (!first || !other) continue;
    let lca: Element | null = first.c.el;
    while (lca && !contains(lca, other.c.el)) lca = composedParent(lca);
    const a = lca ? branchOf(lca, first.c.el) : null;
    const b = lca ? branchOf(lca, other.c.el) : null;
    if (!a || !b || !isOneOfPeers(a, b) || !sameFields(a, b, visible, contains)) continue;
    const boxes = lca ? lca.childElementCount : 0;
    const hers = boxes <= 3 ? [a, b].find((x) => customerBox(x, x === a ? b : a)) : undefined;
    if (!hers) return { root, peers: true };
    others.push(hers === a ? b : a);
  }
  const seen = new Map<string, Set<string>>();
  const add = (v: Valued) => {
    const k = conflictKey(v.c);
    const set = seen.get(k) ?? new Set<string>();
    set.add(v.value);
    seen.set(k, set);
  };
  valued.filter(mine).forEach(add);
  for (let parent = composedParent(root); parent; parent = composedParent(parent)) {
    const incoming = valued.filter((v) => contains(parent, v.c.el) && !contains(root, v.c.el));
    const fresh = new Map<string, Set<string>>();
    let conflict: Valued | null = null;
    for (const v of incoming) {
      if (v.c.hidden) continue; // hidden parts may complete the record, they never decide where it ends
      // An emergency contact's card beside the record (AdminLTE's profile column): that person's values, left out of
      // the record later (index.ts), do not end it.
      if (PERSON_KEYS.has(v.c.key) && isOtherPersonSection(v.c.el, parent)) continue;
      const k = conflictKey(v.c);
      const known = seen.get(k) ?? fresh.get(k);
      if (known && !known.has(v.value)) conflict ??= v;
      const set = fresh.get(k) ?? new Set<string>();
      set.add(v.value);
      fresh.set(k, set);
    }
    if (conflict) {
      const mine = branchOf(parent, root);
      const theirs = branchOf(parent, conflict.c.el);
      const peers =
        !!mine &&
        !!theirs &&
        PERSON_KEYS.has(conflict.c.key) &&
        isOneOfPeers(mine, theirs) &&
        sameFields(mine, theirs, valued, contains);
      return { root, peers, others };
    }
    incoming.forEach(add);
    root = parent;
    if (parent === body) break;
  }
  return { root, peers: false, others };
}
