// What the customer signed, from the record's deals or projects (Oportunidades, Lopend project, Deals, 商机): a deal
// whose text says it was won, signed or its offer accepted, on one date, is what was bought and when
// (docs/adapters.md, "Round 16: what was bought").
import { normalizeLabel } from '../../core/normalize/text';
import { memoByString } from '../../core/memo';
import { isHidden } from '../dom';
import { normalizeField } from '../fields';
import { listOf } from '../list';
import type { Found, ReadEnv } from '../types';
import { elementsByTag } from '../walk';
import { toSimplified } from './dictionary';
import { isPrice } from '../../core/normalize/price';
import { isReference } from './order-lines';

// A heading over a record's deals, opportunities or projects (a count after it is dropped).
const DEAL_HEADING =
  /^(?:(?:current |ongoing |open )?(?:deals?|opportunities|projects?)|(?:lopende? )?project(?:en)?|lopende projecten|oportunidades|negócios|negociações|projetos|proyectos|oportunidades de venta|geschäfte|projekte|opportunités|affaires|projets|сделки|угоди|проекты|проєкти|商机|项目|签约项目)$/;

const COUNT_AFTER = /\s*[(（]\s*\d+\s*[)）]\s*$/;

// Memoised: a page repeats its headings, and the SPA observer re-reads the same page.
const isDealHeading = memoByString((text: string): boolean =>
  DEAL_HEADING.test(toSimplified(normalizeLabel(text.replace(COUNT_AFTER, '')))),
);

const HEADING_TAGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'legend'];

// Won, signed, accepted (a deal's stage or its offer's answer); never lost, cancelled or sent.
const WON =
  /assinad[oa]|ganh[oa]\b|geaccepteerd|getekend|gewonnen|\bwon\b|closed won|accepted|\bsigned\b|angenommen|unterschrieben|acceptée?|signée?|gagnée?|firmad[oa]|ganad[oa]|aceptad[oa]|подписан|выиграна|підписан|赢单|已签约|签约成功|已成交/i;
const LOST =
  /perdid[oa]|verloren|\blost\b|perdue?|rejected|afgewezen|abgelehnt|rechazad[oa]|cancel|отказ|输单|已取消|丢单/i;

// A whole date written with digits (2025-11-21, 21/11/2025, 12-11-2025, 2025年11月21日).
const DATE_IN_TEXT = /\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{4}|\d{4}年\d{1,2}月\d{1,2}日/g;

const LINE_SEPARATOR = /\s+[·•|]\s+/;

/** The deal's title: its bold or heading element, else the first part of its line. */
function titleOf(item: Element): string {
  // A deal under its state as a field's label ("<span>Ganada</span><span>Grúa … · cierre 12/05/2025</span>"): the
  // title is the value's (docs/adapters.md, "Session 24").
  const state = item.firstElementChild;
  const stateText = (state?.textContent ?? '').trim();
  const value = state?.nextElementSibling;
  if (value && item.childElementCount === 2 && WON.test(stateText) && stateText.split(/\s+/).length <= 2)
    return titleOf(value);
  const strong = item.querySelector('b, strong, h4, h5, h6, [class*="title"], [class*="name"]');
  const text = strong ? (strong.textContent ?? '') : (item.textContent ?? '').split(LINE_SEPARATOR)[0];
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

function itemsAfter(heading: Element): Element[] {
  const items: Element[] = [];
  let sibling = heading.nextElementSibling;
  for (let i = 0; sibling && i < 8; i++, sibling = sibling.nextElementSibling) {
    if (/^H[1-6]$/.test(sibling.tagName)) break;
    if (sibling.tagName === 'UL' || sibling.tagName === 'OL') items.push(...listOf(sibling.children));
    else items.push(sibling);
  }
  return items;
}

/** The item's text, a space between its elements' ("<span>Ganho</span></div><div>R$ …": "Ganho R$ …", not "GanhoR$"). */
function spacedText(el: Element): string {
  let text = '';
  for (let n = el.firstChild; n; n = n.nextSibling)
    text += n.nodeType === 1 ? ` ${spacedText(n as Element)} ` : n.nodeType === 3 ? (n.nodeValue ?? '') : '';
  return text;
}

function readDeal(item: Element, heading: string, env: ReadEnv): { date: Found; product: Found } | null {
  const text = spacedText(item).replace(/\s+/g, ' ').trim();
  if (!WON.test(text) || LOST.test(text)) return null;
  const dates = text.match(DATE_IN_TEXT) ?? [];
  if (dates.length !== 1) return null;
  const title = titleOf(item);
  if (
    !/\p{L}/u.test(title) ||
    title === text ||
    /[:：]/.test(title) ||
    isPrice(title) ||
    isReference(title) ||
    WON.test(title)
  )
    return null;
  const date = normalizeField('signDate', [dates[0] ?? ''], env.order);
  const product = normalizeField('product', [title], env.order);
  if (!date || !product) return null;
  const source = { via: 'generic' as const, label: heading };
  return { date: { key: 'signDate', ...date, source }, product: { key: 'product', ...product, source } };
}

/**
 * The product and sign date of the record's latest won deal: under a heading naming deals, opportunities or projects,
 * an item that says it was won, signed or accepted (not lost) and holds one date gives its title and that date.
 * Returns [] when none does.
 */
export function latestWonDeal(root: Element, env: ReadEnv): Found[] {
  // From the walk's index of tags (a selector list is matched element by element, docs/benchmarks.md).
  const headings =
    elementsByTag(root, env.walks, HEADING_TAGS) ?? listOf(root.querySelectorAll(HEADING_TAGS.join(', ')));
  for (const heading of headings) {
    if (!isDealHeading(heading.textContent ?? '') || isHidden(heading, env.cache)) continue;
    let latest: { date: Found; product: Found } | null = null;
    for (const item of itemsAfter(heading)) {
      const read = readDeal(item, (heading.textContent ?? '').trim(), env);
      if (read && (!latest || read.date.value > latest.date.value)) latest = read;
    }
    if (latest) return [latest.product, latest.date];
  }
  return [];
}
