// An address part under a word this reader does not know, between two parts it knows (docs/adapters.md, "Addresses
// whole, and dialogs of inputs"): Danish "Postnr. | By | Land", Slovenian "Naslov | Pošta | Država" in any language.
import { normalizeLabel } from '../../core/normalize/text';
import { isHidden, type HiddenCache } from '../dom';
import { isAddressPart, keyForLabel, namePart } from './dictionary';

// A value that is a contact line or a date, not a place.
const NOT_A_PLACE = /@|^[+＋(（]?\d[\d\s()（）./-]{6,}$|^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$/;

const text = (el: Element): string => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

function knownLabel(el: Element): boolean {
  const label = normalizeLabel(text(el));
  return keyForLabel(label) !== undefined || isAddressPart(label) || namePart(label) !== undefined;
}

/** A short plain text that can be a place: a town, a postcode with its town, a county. */
function placeLike(value: string): boolean {
  return value.length > 0 && value.length <= 60 && !/[:：]/.test(value) && !NOT_A_PLACE.test(value);
}

/** A caption + value row (two children: the caption a leaf, the value short) under an unknown caption: its value. */
function unknownRowValue(row: Element): string | null {
  if (row.childElementCount !== 2) return null;
  const [caption, value] = [row.firstElementChild as Element, row.lastElementChild as Element];
  if (caption.childElementCount > 0 || knownLabel(caption) || value.querySelector('input, select, textarea'))
    return null;
  const v = text(value);
  return text(caption) && placeLike(v) ? v : null;
}

/**
 * The value of one label + value pair this reader has no word for, shown between the value elements of two address
 * parts `a` and `b` (in display order): in a flat layout of pairs (`<dd>a</dd><dt>?</dt><dd>x</dd><dt>B</dt><dd>b</dd>`)
 * or as the one row between their rows. Null when anything else stands between them.
 */
export function unknownPartBetween(a: Element, b: Element, cache: HiddenCache): string | null {
  // Flat: the two value elements are siblings with the unknown pair and b's label between them.
  if (a.parentElement && a.parentElement === b.parentElement) {
    const label = a.nextElementSibling;
    const value = label?.nextElementSibling;
    const labelB = value?.nextElementSibling;
    if (!label || !value || !labelB || labelB.nextElementSibling !== b) return null;
    if (label.tagName !== labelB.tagName || label.childElementCount > 0 || value.tagName !== b.tagName) return null;
    if (knownLabel(label) || !text(label) || isHidden(value, cache)) return null;
    const v = text(value);
    return value.childElementCount === 0 && placeLike(v) ? v : null;
  }
  // Rows: the rows holding a and b are siblings with one row between them.
  let rowA: Element | null = a;
  while (rowA?.parentElement && !rowA.parentElement.contains(b)) rowA = rowA.parentElement;
  let rowB: Element | null = b;
  while (rowB?.parentElement && rowB.parentElement !== rowA?.parentElement) rowB = rowB.parentElement;
  const between = rowA?.nextElementSibling;
  if (!rowA || !rowB || !between || between.nextElementSibling !== rowB || isHidden(between, cache)) return null;
  if (rowA.tagName !== between.tagName || rowB.tagName !== between.tagName) return null;
  return unknownRowValue(between);
}

// A postcode and its town, either way round: "L-3236 Beetebuerg", "75008 Paris", "Wien 1010".
const POSTCODE_AND_PLACE =
  /^(?:[A-Z]{1,2}[- ]?)?\d{3,6}\s+\p{L}[\p{L}\s'’.-]{1,40}$|^\p{L}[\p{L}\s'’.-]{1,40}\s+(?:[A-Z]{1,2}[- ]?)?\d{3,6}$/u;

/** A caption of several parts ("Postcode / Uertschaft", "PLZ, Ort") of which one is an address part this reader knows. */
function namesAddressPart(caption: string): boolean {
  const parts = normalizeLabel(caption)
    .split(/\s*[/／,&]\s*/)
    .filter(Boolean);
  return parts.length > 1 && parts.some((p) => isAddressPart(p));
}

/**
 * The row right after the address's own (`a`, its value element) under a caption of several parts naming a postcode
 * and a word this reader does not know ("Postcode / Uertschaft: L-3236 Beetebuerg"), its value a postcode and a town:
 * the address's last line, split into a row of its own (docs/adapters.md, "Session 20: round 21's wrong values").
 */
export function postcodeRowAfter(a: Element, cache: HiddenCache): string | null {
  const pair = (caption: Element | null | undefined, value: Element | null | undefined): string | null => {
    if (!caption || !value || caption.childElementCount > 0 || isHidden(value, cache)) return null;
    if (!namesAddressPart(text(caption)) || value.querySelector('input, select, textarea')) return null;
    const v = text(value);
    return placeLike(v) && POSTCODE_AND_PLACE.test(v) ? v : null;
  };
  // Flat pairs (<dd>street</dd><dt>…</dt><dd>L-3236 Beetebuerg</dd>), the caption made like the address's own.
  const caption = a.nextElementSibling;
  if (
    caption &&
    caption.tagName === a.previousElementSibling?.tagName &&
    caption.nextElementSibling?.tagName === a.tagName
  )
    return pair(caption, caption.nextElementSibling);
  // Rows of a caption and a value (<tr><th>…</th><td>…</td></tr>).
  const row = a.parentElement;
  const next = row?.nextElementSibling;
  if (!row || !next || next.tagName !== row.tagName || next.childElementCount !== 2) return null;
  return pair(next.firstElementChild, next.lastElementChild);
}
