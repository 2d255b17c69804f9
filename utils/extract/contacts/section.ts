// The contact people a company record lists under a heading of their own ("联系人（2）", "顧客担当者（2）",
// "Contacts (2)", "Ansprechpartner") or on its contacts tab when that tab is the open one: cards, list items, a table
// with or without header cells, a descriptions list (docs/adapters.md, "Company vs person").
import { hiddenByStylesheet, isHidden, isNeverShown, type HiddenCache } from '../dom';
import { composedParent, lookupRoot, type Scope } from '../composed';
import { listOf, queryEach } from '../list';
import { elementPairs, peopleOfPairs, personOf } from './card';
import { addContact, type ContactSink } from './people';
import { columnsOf, readRows } from './table';
import { CONTACTS_HEADING, CONTACTS_TAB, countOf } from './words';

const HEADINGS = [
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'legend',
  'caption',
  '[role="heading"]',
  '[class*="head" i]',
  '[class*="title" i]',
  'b',
  'strong',
];
// A heading is none of these: a link or a button to the contacts, a field's label, a column's
// header (关联联系人 over an events list), a menu's or a tab bar's item.
const NOT_A_HEADING =
  'a, button, label, th, select, nav, [role="tab"], [role="tablist"], [role="navigation"], [role="menu"], [role="menubar"]';
// Our own side's widgets: an instant-messaging dock's contacts are the agent's colleagues, not the customer's people.
const OWN_SIDE =
  /(?:^|[\s_-])(?:chat|im|webim|messenger|colleagues?|staff|team|roster|buddy|buddies|presence)(?:$|[\s_-])/i;
const TABS = ['[role="tab"]', '.tab', '.tabs li', '.nav-tabs li', '.layui-tab-title li', '[class*="tabs__item"]'];
const PANES = [
  '[role="tabpanel"]',
  '[class*="tab-pane" i]',
  '[class*="tabpane" i]',
  '.layui-tab-item',
  '[class*="tab-content" i] > *',
];
const SELECTED = /(?:^|\s|-)(?:active|selected|current|tabactive|is-active|on|this)(?:\s|$)/i;
const LIST_TAGS = new Set(['UL', 'OL', 'TABLE', 'TBODY']);

function shown(el: Element, cache: HiddenCache): boolean {
  return !isHidden(el, cache) && !isNeverShown(el) && !hiddenByStylesheet(el);
}

function ownSide(el: Element): boolean {
  for (let e: Element | null = el; e; e = composedParent(e))
    if (OWN_SIDE.test(e.getAttribute('class') ?? '') || OWN_SIDE.test(e.id)) return true;
  return false;
}

/** Text only in links and buttons ("+ 新建", "查看全部"), or none. */
function actionOnly(el: Element): boolean {
  if (el.matches('a, button, [role="button"]')) return true;
  let text = el.textContent ?? '';
  for (const a of listOf(el.querySelectorAll('a, button, [role="button"]')))
    text = text.replace(a.textContent ?? '', '');
  return text.trim() === '';
}

/** The heading, or the wrapper it is alone in (beside an "add" link at most): what the list follows. */
function headingBox(heading: Element, cache: HiddenCache): Element | null {
  let box = heading;
  for (let depth = 0; depth < 5; depth++) {
    for (let s = box.nextElementSibling; s; s = s.nextElementSibling) if (shown(s, cache) && !actionOnly(s)) return box;
    const parent = box.parentElement;
    if (!parent || parent.tagName === 'BODY' || parent.tagName === 'HTML') return null;
    box = parent;
  }
  return null;
}

/** What follows the heading, up to the next heading ("动态", "Actividades"). */
function sectionAfter(box: Element, cache: HiddenCache): Element[] {
  const out: Element[] = [];
  for (let s = box.nextElementSibling; s; s = s.nextElementSibling) {
    const sameKind = box.className !== '' && s.tagName === box.tagName && s.className === box.className;
    if (/^(?:H[1-6]|LEGEND)$/.test(s.tagName) || s.getAttribute('role') === 'heading' || sameKind) break;
    if (shown(s, cache) && !actionOnly(s)) out.push(s);
  }
  return out;
}

/** The list's items: into a lone wrapper (a panel body, a <ul>, a table) while it holds items alike, one per person. */
function itemsOf(elements: Element[], cache: HiddenCache): Element[] {
  let list = elements;
  for (let depth = 0; depth < 8 && list.length === 1; depth++) {
    const only = list[0] as Element;
    const own = listOf(only.childNodes).some((n) => n.nodeType === 3 && (n.nodeValue ?? '').trim() !== '');
    const kids = listOf(only.tagName === 'TABLE' ? (only as HTMLTableElement).rows : only.children).filter(
      (k) => shown(k, cache) && !actionOnly(k),
    );
    const alike = kids.length >= 2 && kids.every((k) => k.tagName === kids[0]?.tagName);
    if (own || kids.length === 0 || !(kids.length === 1 || alike || LIST_TAGS.has(only.tagName))) break;
    list = kids;
  }
  return list;
}

/** Reads one contacts section; false once the list is full. */
function readSection(elements: Element[], count: number | null, sink: ContactSink): boolean {
  const before = sink.people.length;
  const items = itemsOf(elements, sink.cache);
  const rows = items.every((i) => i.tagName === 'TR') ? (items as HTMLTableRowElement[]) : [];
  // A table whose first row names the columns in plain cells (no <th>).
  const cols = rows[0] ? columnsOf(listOf(rows[0].cells)) : null;
  if (cols) return readRows(cols, rows.slice(1), sink);
  // Labelled people whose fields are not one item each (a descriptions table of two rows per person): a new person at
  // each name label.
  const pairs = elementPairs(elements, sink.cache);
  const named = pairs.filter((p) => p.col === 'name').length;
  if (named > 0 && named !== items.length) {
    for (const person of peopleOfPairs(pairs, sink)) if (!addContact(sink, person)) return false;
    return true;
  }
  for (const item of items) {
    const person = personOf([item], sink);
    if (person && !addContact(sink, person)) return false;
  }
  // One person written as several blocks (name, job and phone each in a paragraph of its own).
  const person = sink.people.length === before && (count ?? 1) <= 1 ? personOf(elements, sink) : null;
  return person ? addContact(sink, person) : true;
}

/** The pane a selected tab shows: the one it names, else the one shown beside it. */
function paneOf(tab: Element, cache: HiddenCache): Element | null {
  const link = tab.matches('a[href^="#"]') ? tab : tab.querySelector('a[href^="#"]');
  const id = tab.getAttribute('aria-controls') || link?.getAttribute('href')?.slice(1);
  const named = id ? lookupRoot(tab).getElementById(id) : null;
  if (named) return named;
  for (let up = tab.parentElement, depth = 0; up && depth < 6; up = up.parentElement, depth++) {
    const panes = queryEach(up, PANES).filter((p) => !p.contains(tab) && shown(p, cache));
    if (panes.length > 0) return panes.length === 1 ? (panes[0] as Element) : null;
  }
  return null;
}

function selected(tab: Element): boolean {
  if (tab.getAttribute('aria-selected') === 'true' || tab.getAttribute('aria-current') === 'page') return true;
  return SELECTED.test(tab.getAttribute('class') ?? '') || SELECTED.test(tab.parentElement?.className ?? '');
}

/** People under the page's contacts headings and in its open contacts tab; false once the list is full. */
export function contactsOfSections(scopes: Scope[], sink: ContactSink): boolean {
  for (const scope of scopes) {
    const done = new Set<Element>();
    for (const heading of queryEach(scope, HEADINGS)) {
      const raw = heading.textContent ?? '';
      const label = raw.length <= 60 ? raw.replace(/\s+/g, ' ').trim() : '';
      if (!CONTACTS_HEADING.test(label) || countOf(label) === 0 || heading.closest(NOT_A_HEADING)) continue;
      if (!shown(heading, sink.cache) || ownSide(heading)) continue;
      const box = headingBox(heading, sink.cache);
      if (!box || done.has(box)) continue;
      done.add(box);
      if (!readSection(sectionAfter(box, sink.cache), countOf(label), sink)) return false;
    }
    for (const tab of queryEach(scope, TABS)) {
      const label = (tab.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (label.length > 60 || !CONTACTS_TAB.test(label) || countOf(label) === 0 || !selected(tab)) continue;
      const pane = shown(tab, sink.cache) && !ownSide(tab) ? paneOf(tab, sink.cache) : null;
      if (!pane || done.has(pane) || !shown(pane, sink.cache)) continue;
      done.add(pane);
      if (!readSection([pane], countOf(label), sink)) return false;
    }
  }
  return true;
}
