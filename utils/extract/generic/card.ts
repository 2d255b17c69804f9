// A person's card without labels (docs/adapters.md, "Records read whole"): a contact page's header or a shop's contact
// card — a name line, then lines that are each wholly an e-mail address or a phone number (icons, no words).
import { normalizeLabel } from '../../core/normalize/text';
import { isHidden } from '../dom';
import { normalizeField } from '../fields';
import { composedParent } from '../composed';
import { listOf } from '../list';
import { isOneOfPeers } from '../page-kind';
import type { Found, ReadEnv } from '../types';
import type { Candidate } from './collect';
import { namesOrganisation } from '../entity';
import { findNameHeading, looksLikeName } from './heading';
import { isExcludedRegion, type RegionCache } from './regions';
import { isRoleMailbox } from './value-shape';

// A card is small: its values and a few words around them, not a page.
const MAX_CARD_TEXT = 400;
const INLINE = /^(?:SPAN|B|STRONG|EM|SMALL|A|I|BDI|FONT)$/;
const DECORATION = /(?:^|[\s_-])(?:avatar|icon|badge|tag|chip-icon)(?:$|[\s_-])/i;
const INITIALS = /^\p{Lu}{1,3}$/u;

export interface CardRecord {
  found: Found[];
  root: Element;
}

const textOfEl = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

/** A line of text: an element with text whose children are all inline (<div><span>Dr.</span> <span>Ann Lee</span>). */
function isLine(el: Element): boolean {
  return textOfEl(el) !== '' && listOf(el.children).every((c) => INLINE.test(c.tagName));
}

/** The lines of `scope` before `first` (in page order), outside `skip`: decorations, buttons and initials left out. */
function linesBefore(scope: Element, first: Element, skip: Element, env: ReadEnv, regions: RegionCache): Element[] {
  const out: Element[] = [];
  for (const el of listOf(scope.querySelectorAll('*'))) {
    if (el === first || el.contains(first) || !(el.compareDocumentPosition(first) & 4)) continue;
    if (skip.contains(el) || !isLine(el) || out.some((o) => o.contains(el))) continue;
    if (el.closest('button, [role="button"]') || DECORATION.test(el.getAttribute('class') ?? '')) continue;
    if (INITIALS.test(textOfEl(el)) || isHidden(el, env.cache) || isExcludedRegion(el, regions)) continue;
    out.push(el);
  }
  return out;
}

/**
 * The record a labelless card shows: exactly one e-mail address and one phone number by their shape (each the whole
 * text of its element, under no label or one this reader has no word for: the card's title) in one small box among no
 * peers, and a name — the first line of the
 * boxes around it, or the record's title heading. `shaped` are the page's values read by their shape.
 */
export function recordByCard(
  shaped: Candidate[],
  regions: RegionCache,
  env: ReadEnv,
  boundary: Element | null,
): CardRecord | null {
  const families = new Map<string, Map<string, { c: Candidate; f: Found }>>();
  for (const c of shaped) {
    if (c.hidden || (c.key !== 'email' && c.key !== 'phone' && c.key !== 'mobile')) continue;
    const norm = normalizeField(c.key, c.lines, env.order);
    if (!norm) continue;
    const family = c.key === 'email' ? 'email' : 'phone';
    const values = families.get(family) ?? new Map<string, { c: Candidate; f: Found }>();
    const source = { via: 'generic' as const, label: `card (by its shape)`, confidence: c.key === 'email' ? 0.7 : 0.6 };
    values.set(norm.value, { c, f: { key: c.key, ...norm, source } });
    families.set(family, values);
  }
  // One e-mail and one number, each the page's only lone one: two or more of either may be several people's.
  if (families.size !== 2 || [...families.values()].some((v) => v.size !== 1)) return null;
  const picked = [...families.values()].map((v) => [...v.values()][0] as { c: Candidate; f: Found });
  if (picked.some((p) => p.f.key === 'email' && isRoleMailbox(p.f.value))) return null;
  // Each under a label of its own (Plimbo: the e-mail, Trosk: the number) is a layout of label / value pairs in words
  // this reader does not know, not a card: that is for the strict proof of "Values by their shape" to judge.
  const labels = picked.map((p) => normalizeLabel(p.c.label ?? ''));
  if (labels.every(Boolean) && new Set(labels).size > 1) return null;
  const els = picked.map((p) => p.c.el);
  let box: Element | null = els[0] ?? null;
  for (const el of els.slice(1)) while (box && !box.contains(el)) box = box.parentElement;
  if (!box || box.tagName === 'BODY' || textOfEl(box).length > MAX_CARD_TEXT) return null;
  // A card among cards made like it that show an e-mail or a number too (a list of contacts): none is the record.
  // (The record's other cards — its address, its tags — show neither.)
  const contactLike = (el: Element) =>
    shaped.some((c) => el.contains(c.el)) || el.querySelector('a[href^="mailto:"], a[href^="tel:"]') !== null;
  for (let e: Element | null = box, i = 0; e && i < 3 && e.tagName !== 'BODY'; e = e.parentElement, i++) {
    const parent: Element | null = e.parentElement;
    const card = e;
    if (parent && listOf(parent.children).some((s) => s !== card && isOneOfPeers(card, s) && contactLike(s)))
      return null;
  }
  const first = els.reduce((a, b) => (a.compareDocumentPosition(b) & 2 ? b : a));
  // The name: the first line of a box around the card (not the card's own title, "Contact information"), else the
  // record's title heading.
  let name: Found | null = null;
  let scope: Element = box;
  for (let i = 0; i < 3 && !name && scope.parentElement && scope !== boundary && scope.tagName !== 'BODY'; i++) {
    scope = scope.parentElement;
    const line = linesBefore(scope, first, box, env, regions)[0];
    if (!line) continue;
    const text = textOfEl(line);
    if (!looksLikeName(text)) break;
    const norm = normalizeField('name', [text], env.order);
    if (norm) {
      name = { key: 'name', ...norm, source: { via: 'generic', label: 'card title', confidence: 0.6 } };
    }
    break;
  }
  if (!name) name = findNameHeading(box, regions, env, boundary, first)?.name ?? null;
  if (!name) return null;
  const found: Found[] = [name, ...picked.map((p) => p.f)];
  // An organisation on a line of its own among the card's values (an icon chip "Vetreria Berica S.r.l."): the company.
  const orgs = listOf(box.querySelectorAll('*')).filter(
    (el) => isLine(el) && !els.some((v) => v.contains(el) || el.contains(v)) && namesOrganisation(textOfEl(el)),
  );
  const names = new Set(orgs.filter((el) => !isHidden(el, env.cache)).map(textOfEl));
  const org = names.size === 1 ? ([...names][0] ?? '') : '';
  const company = org ? normalizeField('company', [org], env.order) : null;
  if (company) found.push({ key: 'company', ...company, source: { via: 'generic', label: 'card', confidence: 0.6 } });
  return { found, root: composedParent(box) ?? box };
}
