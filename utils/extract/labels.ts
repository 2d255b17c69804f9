// Finding label elements and the element that holds each label's value.
import { normalizeLabel } from '../core/normalize/text';
import { BADGE_CLASS, badgeWord, hasClass } from './badge';
import { lookupRoot } from './composed';
import { filledTextsIn, textsOutside, type TextWalk, type WalkCache } from './walk';

const SHOW_TEXT = 4;
const SHOW_ELEMENT = 1;
const MAX_LABEL = 40;
// A label in two languages ("प्रस्ताव हस्ताक्षर तिथि / Proposal Signed On") is the same caption twice.
const MAX_BILINGUAL_LABEL = 64;
/** Raw text bound before normalising: template indentation can make a short label long. */
const MAX_RAW = 300;
const SKIP_PARENTS = /^(SCRIPT|STYLE|TEMPLATE|NOSCRIPT|OPTION|TEXTAREA|TITLE|BUTTON|A)$/;

/** A link that goes nowhere (no href, "#", javascript:) wraps a label for its help pop-up (NetSuite's field labels). */
function isRealLink(a: Element): boolean {
  const href = (a.getAttribute('href') ?? '').trim();
  return href !== '' && href !== '#' && !/^javascript:/i.test(href);
}
const DECORATION = /^(BUTTON|I|SVG|IMG)$/;

export interface LabelHit {
  /** The outermost element whose whole text is the label. */
  el: Element;
  /** Normalised label text (no colon, lower case). */
  label: string;
  /** The label as the page writes it (trimmed). */
  text: string;
  /** The form control written right after the label's text in the same element ("Teléfono<input …>"), if any. */
  control?: Element;
}

const CONTROL = /^(?:INPUT|SELECT|TEXTAREA)$/;

function directText(el: Element): string {
  let text = '';
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 3) text += n.nodeValue ?? '';
  return text;
}

/** A label written as bare text before its control in one element: that control (not a hidden input). */
function controlAfterText(parent: Element): Element | undefined {
  let seenText = false;
  for (let n = parent.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3) {
      if (!NOISE.test(n.nodeValue ?? '')) seenText = true;
      continue;
    }
    if (n.nodeType !== 1) continue;
    const e = n as Element;
    if (CONTROL.test(e.tagName.toUpperCase()) && (e.getAttribute('type') ?? '').toLowerCase() !== 'hidden')
      return seenText ? e : undefined;
  }
  return undefined;
}

/**
 * Several "Label: <control>" pairs in one element ("City: <input> State: <input> PostCode: <input>", a legacy agent
 * screen's lead form): each text ending in a colon labels the control right after it. Null when fewer than two.
 */
function labelledControls(parent: Element): { text: string; control: Element }[] | null {
  const pairs: { text: string; control: Element }[] = [];
  let text = '';
  for (let n = parent.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3) {
      text += n.nodeValue ?? '';
      continue;
    }
    if (n.nodeType !== 1) continue;
    const e = n as Element;
    if (!CONTROL.test(e.tagName.toUpperCase()) || (e.getAttribute('type') ?? '').toLowerCase() === 'hidden') {
      text = '';
      continue;
    }
    const label = text.replace(/\s+/g, ' ').trim();
    if (/\p{L}/u.test(label) && /[:：]$/.test(label)) pairs.push({ text: label, control: e });
    text = '';
  }
  return pairs.length >= 2 ? pairs : null;
}

// Text that does not change a label: required-asterisks and CSS-less colons beside it.
const NOISE = /^[\s*＊:：]*$/;

function hasText(el: Element): boolean {
  // A web component shows its shadow root's text, not its (often empty) light DOM.
  if (el.shadowRoot && !NOISE.test(el.shadowRoot.textContent ?? '')) return true;
  const walker = el.ownerDocument.createTreeWalker(el, SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (!NOISE.test(n.nodeValue ?? '')) return true;
  // A slot inside a shadow root shows the light-DOM text assigned to it (a value cell "<span><slot name=addr>", or the
  // slot itself beside its label: "<span>学员编号</span><slot name=code>").
  const slots = el.tagName === 'SLOT' ? [el] : Array.from(el.getElementsByTagName('slot'));
  for (const slot of slots) {
    const assigned = (slot as HTMLSlotElement).assignedNodes?.({ flatten: true }) ?? [];
    if (assigned.some((a) => !NOISE.test(a.textContent ?? ''))) return true;
  }
  return false;
}

/** True when `child` is the only part of `parent` with text, and `parent` holds no form control. */
function onlyTextChild(parent: Element, child: Element): boolean {
  for (let n = parent.firstChild; n; n = n.nextSibling) {
    if (n === child) continue;
    if (n.nodeType === 3) {
      if (!NOISE.test(n.nodeValue ?? '')) return false;
      continue;
    }
    if (n.nodeType !== 1) continue;
    const e = n as Element;
    if (
      /^(INPUT|TEXTAREA|SELECT)$/.test(e.tagName) ||
      e.querySelector('input:not([type=hidden]), textarea, select') ||
      hasText(e)
    )
      return false;
  }
  return true;
}

// Climbs while the parent adds no text: cheap sibling checks instead of ever larger textContent strings.
function climbSameText(el: Element, stop: Node): Element {
  let cur = el;
  while (cur !== stop && cur.parentElement) {
    const parent: Element = cur.parentElement;
    if (!onlyTextChild(parent, cur)) break;
    cur = parent;
  }
  return cur;
}

/** An element whose text could be a label (short once normalised), in page order: the first step of findLabels. */
export interface LabelText {
  parent: Element;
  label: string;
  text: string;
  control?: Element;
}

/** The label texts of each searched root, found once per extraction and shared by every rule that asks. */
export type LabelTextCache = Map<Element | DocumentFragment, LabelText[]>;

/** Characters of the element's text that are not NOISE (spaces, asterisks, colons). */
function nonNoiseLength(el: Element): number {
  return (el.textContent ?? '').replace(/[\s*＊:：]+/g, '').length;
}

/** Parts of a page a reader may skip whole (a long activity stream it would drop anyway). */
export type SkipSubtree = (el: Element) => boolean;

// Only containers of many elements are worth asking about (asking costs more than reading a small one).
const SKIP_CHECK_CHILDREN = 16;

/**
 * Text nodes under `root` in page order, leaving out the subtrees of large elements `skip` names. Iterative.
 */
export function textNodes(root: Node, skip?: SkipSubtree): Text[] {
  const doc = root.ownerDocument ?? (root as unknown as Document);
  const out: Text[] = [];
  if (!skip) {
    const walker = doc.createTreeWalker(root, SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) out.push(node as Text);
    return out;
  }
  const walker = doc.createTreeWalker(root, SHOW_TEXT | SHOW_ELEMENT);
  let node = walker.nextNode();
  while (node) {
    if (node.nodeType === 1 && (node as Element).childElementCount >= SKIP_CHECK_CHILDREN && skip(node as Element)) {
      // Past the subtree: the next sibling, else an ancestor's next sibling (never above `root`).
      let next = walker.nextSibling();
      while (!next && walker.parentNode()) next = walker.nextSibling();
      node = next;
      continue;
    }
    if (node.nodeType === 3) out.push(node as Text);
    node = walker.nextNode();
  }
  return out;
}

/**
 * The texts `findLabels(root, …, skip)` reads: those outside the large elements `skip` names whose text is longer
 * than any label (a label inside one could only climb out of it if the element's whole text were that label's).
 * Readers that drop every hit inside a skipped element, and pass over white-space texts (left out when the
 * extraction's walks answer), may share this walk.
 */
export function labelWalk(
  root: Element | DocumentFragment,
  skip: SkipSubtree,
  shared?: { walks?: WalkCache; texts?: TextWalk },
): Text[] {
  const large = (el: Element) => skip(el) && nonNoiseLength(el) > MAX_RAW;
  // From the extraction's element and text walks when `root` is in them (utils/extract/walk.ts): no walk of its own.
  return textsOutside(root, shared?.walks, shared?.texts, SKIP_CHECK_CHILDREN, large) ?? textNodes(root, large);
}

/** The label texts of `root`: from `walked` (a partial walk, this caller's own) or a whole walk, cached. */
function labelTexts(
  root: Element | DocumentFragment,
  cache?: LabelTextCache,
  walked?: Text[],
  texts?: TextWalk,
): LabelText[] {
  const cached = cache?.get(root);
  if (cached) return cached;
  const out: LabelText[] = [];
  const parents = new Set<Element>();
  for (const node of walked ?? filledTextsIn(root, texts) ?? textNodes(root)) {
    const raw = node.nodeValue ?? '';
    if (raw.length > MAX_RAW || raw.trim() === '') continue;
    const parent = node.parentElement;
    if (!parent) continue;
    const tag = parent.tagName.toUpperCase();
    if (SKIP_PARENTS.test(tag) && (tag !== 'A' || isRealLink(parent))) continue;
    // Text nodes of one parent share its answer: read each parent once (textContent of a large one is costly).
    if (parents.has(parent)) continue;
    parents.add(parent);
    // "<div>Agente<select>…</select></div>": the label is the text before the control, not the options' text.
    const control = parent.childElementCount > 0 ? controlAfterText(parent) : undefined;
    const pairs = parent.childElementCount > 1 ? labelledControls(parent) : null;
    if (pairs) {
      for (const p of pairs) {
        const label = normalizeLabel(p.text);
        if (label && label.length <= MAX_LABEL) out.push({ parent, label, text: p.text, control: p.control });
      }
      continue;
    }
    const own = control ? directText(parent) : withoutTrailingBadge(parent, withoutLeadingIcon(parent));
    if (own.length > MAX_RAW) continue;
    const label = normalizeLabel(own);
    if (!label || label.length > (label.includes(' / ') ? MAX_BILINGUAL_LABEL : MAX_LABEL)) continue;
    out.push(control ? { parent, label, text: own.trim(), control } : { parent, label, text: own.trim() });
  }
  // A walk that skipped parts is this caller's own, not the root's whole list.
  if (!walked) cache?.set(root, out);
  return out;
}

/**
 * The element's text without the glyph of an icon written first (a field type's: "<i>#</i>学员编号", "<i>📅</i>出生日期",
 * <span class="icon">☎</span>): the label is the words after it (docs/adapters.md, "Round 16: whose page it is").
 */
function withoutLeadingIcon(parent: Element): string {
  const text = parent.textContent ?? '';
  const icon = parent.firstElementChild;
  if (!icon || !(icon.tagName === 'I' || /icon/i.test(icon.getAttribute('class') ?? ''))) return text;
  for (let n = parent.firstChild; n && n !== icon; n = n.nextSibling)
    if ((n.nodeValue ?? '').trim() !== '') return text;
  const glyph = (icon.textContent ?? '').trim();
  if (glyph === '' || [...glyph].length > 2 || icon.childElementCount > 0) return text;
  const rest = text.slice(text.indexOf(glyph) + glyph.length);
  return rest.trim() === '' ? text : rest;
}

/**
 * The label's text without a badge written last inside it (a custom field's "<span class=custom-badge>自定义</span>",
 * a "New" tag): the badge marks the field, the label is the words before it (docs/adapters.md, "Session 24").
 */
function withoutTrailingBadge(parent: Element, text: string): string {
  const badge = parent.lastElementChild;
  if (!badge || badge.childElementCount > 0 || !hasClass(badge, BADGE_CLASS)) return text;
  for (let n = badge.nextSibling; n; n = n.nextSibling) if ((n.nodeValue ?? '').trim() !== '') return text;
  const tag = badgeWord(badge);
  const at = tag ? text.lastIndexOf(tag) : -1;
  if (at < 0) return text;
  const rest = text.slice(0, at);
  // "Label: <tag>" holds its value in the tag: no badge.
  return rest.trim() === '' || /[:：]\s*$/.test(rest) ? text : rest;
}

// "<div>Teléfono 1<input value=…></div>": the label's own element holds its control; do not climb past it.
const labelElement = (t: LabelText, root: Node) => (t.control ? t.parent : climbSameText(t.parent, root));

const hitOf = (t: LabelText, el: Element): LabelHit =>
  t.control ? { el, label: t.label, text: t.text, control: t.control } : { el, label: t.label, text: t.text };

/**
 * Every element inside `root` whose text is a label accepted by `accept` (short texts only). With `walked` (the
 * caller's `labelWalk(root, skip)`), the caller drops every hit inside the large elements `skip` names: their subtrees
 * are not read, unless the root's whole list is already in `cache`.
 */
export function findLabels(
  root: Element | DocumentFragment,
  accept: (label: string) => boolean,
  cache?: LabelTextCache,
  walked?: Text[],
  texts?: TextWalk,
): LabelHit[] {
  const hits: LabelHit[] = [];
  const seen = new Set<Element>();
  for (const t of labelTexts(root, cache, walked, texts)) {
    if (!accept(t.label)) continue;
    const el = labelElement(t, root);
    // One hit per element, or per control of an element holding several "Label: <control>" pairs.
    const key = t.control ?? el;
    if (seen.has(key)) continue;
    seen.add(key);
    hits.push(hitOf(t, el));
  }
  return hits;
}

/**
 * The hits of `findLabels(root, () => true)` whose label is in `wanted` (an adapter's label rule), without climbing
 * from every text of the page: a hit is left out when an earlier text inside its element climbs to the same element.
 */
export function findLabelsAmongAll(
  root: Element | DocumentFragment,
  wanted: Set<string>,
  cache?: LabelTextCache,
  walk?: TextWalk,
): LabelHit[] {
  const texts = labelTexts(root, cache, undefined, walk);
  const hits: LabelHit[] = [];
  for (let i = 0; i < texts.length; i++) {
    const t = texts[i] as LabelText;
    if (!wanted.has(t.label)) continue;
    const el = labelElement(t, root);
    // Texts inside `el` are next to each other in page order: look back while they are inside it.
    let shadowed = false;
    for (let j = i - 1; j >= 0 && !shadowed; j--) {
      const earlier = texts[j] as LabelText;
      if (!el.contains(earlier.parent)) break;
      shadowed = labelElement(earlier, root) === el;
    }
    if (!shadowed) hits.push(hitOf(t, el));
  }
  return hits;
}

function isDecoration(el: Element): boolean {
  if (DECORATION.test(el.tagName.toUpperCase())) return true;
  if ((el.textContent ?? '').trim() !== '') return false;
  if (el.querySelector('input, textarea, select')) return false;
  // An edit pencil beside the caption (Dolibarr's <a class="editfielda"><span class="fas fa-pencil-alt">).
  return (
    /icon|edit/i.test(el.getAttribute('class') ?? '') ||
    el.querySelector('img, svg, i, [class*="icon"], [class~="fas"], [class~="fa"], a[class*="edit"]') !== null
  );
}

// A note or a second caption classed as such (block__label, field-desc, cell-hint), not a value.
const CAPTION_NOTE_CLASS = /(?:^|\s)[\w-]*(?:__label|[-_](?:desc|description|hint|help|subtitle|sub-title))(?:\s|$)/i;
const isCaptionNote = (el: Element): boolean =>
  CAPTION_NOTE_CLASS.test(el.getAttribute('class') ?? '') && !el.querySelector('input, textarea, select');
// The caption's own box (van-cell__title, a field's __title): its children are the caption and its note.
const CAPTION_BOX_CLASS = /(?:^|\s)[\w-]*__title(?:\s|$)/;
const inCaptionBox = (el: Element): boolean => CAPTION_BOX_CLASS.test(el.parentElement?.getAttribute('class') ?? '');

/** Text (not only spaces) between two siblings. */
function textBetween(a: Element, b: Element): boolean {
  for (let n = a.nextSibling; n && n !== b; n = n.nextSibling)
    if (n.nodeType === 3 && (n.nodeValue ?? '').trim()) return true;
  return false;
}

/** The element that holds the value for a label element: its `for` control, or the next sibling. */
export function valueElementFor(labelEl: Element): Element | null {
  const forId =
    labelEl.tagName === 'LABEL'
      ? labelEl.getAttribute('for')
      : labelEl.querySelector('label[for]')?.getAttribute('for');
  if (forId) {
    const control = lookupRoot(labelEl).getElementById(forId);
    if (
      control &&
      /^(INPUT|TEXTAREA|SELECT)$/.test(control.tagName) &&
      ((control as HTMLInputElement).value ?? '') !== ''
    )
      return control;
  }
  // A caption set under its value in one wrapper (OpenMRS's "<span><span>Marie-Claude</span><em>Prénom</em></span>"):
  // an emphasis or small-print label, the last of the wrapper's two children, names the value before it.
  const before = labelEl.previousElementSibling;
  if (
    before &&
    /^(?:EM|SMALL|SUB)$/.test(labelEl.tagName) &&
    !labelEl.nextElementSibling &&
    labelEl.parentElement?.childElementCount === 2 &&
    !textBetween(before, labelEl) &&
    (before.textContent ?? '').trim() !== ''
  )
    return before;
  let cur: Element | null = labelEl;
  // Three wrappers up; further only out of a small table that holds the caption and its edit icon (Dolibarr's
  // complementary attributes: <td><table><tr><td>Product</td><td>✎</td></tr></table></td><td>value</td>).
  for (let depth = 0; cur && (depth < 3 || (depth < 6 && /^(?:TBODY|TABLE|TR|TD)$/.test(cur.tagName))); depth++) {
    let sib = cur.nextElementSibling;
    while (sib && isDecoration(sib)) sib = sib.nextElementSibling;
    // A caption's note under it (Vant's van-cell__label, "寄件地址" over "相册及精修照片寄送"): the value is beside the
    // caption's box, not in it.
    if (sib && isCaptionNote(sib) && inCaptionBox(cur)) sib = null;
    // A caption above its value ("<span>Phone:</span><br><span>…</span>", Sage CRM's VIEWBOX cells): the line break
    // is no value when nothing is written around it.
    if (
      sib?.tagName === 'BR' &&
      !textBetween(cur, sib) &&
      sib.nextElementSibling &&
      !textBetween(sib, sib.nextElementSibling)
    )
      sib = sib.nextElementSibling;
    if (sib) return sib;
    // The label sits alone in a wrapper: look beside the wrapper.
    const parent: Element | null = cur.parentElement;
    if (!parent || parent.childElementCount > 2) return null;
    cur = parent;
  }
  return null;
}
