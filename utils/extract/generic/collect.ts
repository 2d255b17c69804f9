// Collects label/value candidates from every structure the generic extractor understands.
import { EMAIL_IN_TEXT, normalizeLabel } from '../../core/normalize/text';
import { isChineseName } from '../../core/normalize/chinese-name';
import type { Scope } from '../composed';
import { dateOfSelects, isHidden, isNeverShown, readAfter, readControl, readControls, readLines, textOf } from '../dom';
import { findLabels, labelWalk, valueElementFor, type LabelHit } from '../labels';
import { lookupRoot } from '../composed';
import type { ReadEnv, Steps } from '../types';
import {
  HELD_CARD_KEY,
  isAddressPart,
  isAddressTypeLine,
  isHeldCardLabel,
  keyForAttribute,
  keyForLabel,
  keyForValue,
  labelRank,
  namePart,
  namesBoughtCard,
  namesRelative,
  RECORD_ID_INPUTS,
  toSimplified,
} from './dictionary';
import { isExcludedRegion, isInListRow, type RegionCache } from './regions';
import { classNaming, CHIP_CLASS, hasClass } from '../badge';
import { listOf } from '../list';
import { elementsByTag, elementsIn, elementsWithAttribute } from '../walk';
import { nameAfterBadge, personWithoutBadges } from './person-text';
import { fromShapes } from './shape';
import { CN_MOBILE_WRITTEN, isMobileShape } from './phone-shape';
import {
  MAIN_TYPE,
  MOBILE_TYPE,
  NAMES_OTHER_PERSON,
  NOTE_WORDS,
  OTHER_TYPE,
  phoneTypeOf,
  TYPE_NOTE,
  TYPE_WORDS,
} from './phone-types';
import { ADDRESSED_KIND_WORDS, BARE_RECORD_WORDS, SELF_WORD } from './record-kind';
import { valueBeforeNextPair } from './next-pair';
import { numbersOfTable } from './number-table';
import { pageWords, wordAlternatives } from './words/page-words';

// 'shape': a value read by its shape under a label this reader has no word for (shape.ts); index.ts takes it only
// inside the record region, after the labelled fields.
export type CandidateVia = 'label' | 'attribute' | 'inline' | 'record-id' | 'shape';
/** The key of a name field that names someone else (a relative): marks their section, never a value. */
export const OTHER_PERSON_KEY = 'other-person';

export interface Candidate {
  key: string;
  /** Address parts carry their part label here and key 'address-part'. */
  label: string;
  lines: string[];
  el: Element;
  via: CandidateVia;
  hidden: boolean;
}

const ATTRS = [
  'name',
  'field',
  'data-field',
  'data-name',
  'data-field-name',
  'data-fieldname',
  'data-key',
  'data-testid',
  'data-field-id',
  'aria-label',
  'aria-labelledby',
];
const INLINE = /^\s*([^:：\n]{1,20}?)\s*[:：]\s*(\S[\s\S]{0,200})$/;

// (A contact point's use in square brackets too: FHIR's and vCard's "+1 617 555 0142 [mobile]".)
const PHONE_TYPE = new RegExp(`^(.*?\\d.*?)\\s*[(（[]\\s*(${TYPE_WORDS})\\s*[)）\\]]$`, 'i');
// An e-mail address among a contact-point list's typed numbers, its use after it or not ("ann@mail.example [home]").
const TYPED_EMAIL = new RegExp(
  `^([^\\s@]+@[^\\s@]+\\.[^\\s@\\])）]+)(?:\\s*[(（[]\\s*(?:${TYPE_WORDS})\\s*[)）\\]])?$`,
  'i',
);
// (A note naming whose number it is may follow it: "Yakını 0505 … (Murat K.)".)
// (The type may carry a note after a dot, "手机 · 本人", "手机 · 丈夫", "Binafsi · M-Pesa": whose number it is.)
// (Or a note of its own, in a tag of its own, with no dot: "<span>手机</span><span>主</span>139…".) An extension after the
// number (转 816, ext. 12) is the number's.
const PREFIX_TYPE = new RegExp(
  `^(${TYPE_WORDS})(?:\\s*[·•]\\s*([^\\d:：·•]{1,16}?)|\\s*[(（]?\\s*(${NOTE_WORDS})\\s*[)）]?)?\\s*[:：·•]?\\s*(\\+?[\\d(][\\d\\s().-]{5,}?(?:\\s*(?:转|轉|分机|分機|内线|內線|ext\\.?|x)\\s*\\d{1,6})?)(?:\\s*[(（][^()（）\\d]{1,40}[)）]|\\s*(?!\\s*(?:拨打|撥打|呼叫|外呼|call|dial|llamar|appeler|anrufen)\\s*$)([^\\d]{1,60}))?$`,
  'i',
);
const TYPE_ONLY = new RegExp(`^(${TYPE_WORDS})\\s*[:：]?$`, 'i');
const FAX = /^(?:fax\b|传真|팩스)/i;
// A subscriber's secondary cards (副卡, 副号: a family member's line on her bundle, often with the holder's name after
// it): no number of hers in her own list (docs/adapters.md, "Session 24").
const SECONDARY_CARD = /^(?:副卡|副号)\s*[:：]?\s*\+?\d/;
// A type written after its value in an element of its own ("(608) 555-0143<span>Work</span>", "<span>150…</span>
// <span class=tag>主号码</span>"): the tag, never part of the value.
const AFTER_TYPE = new RegExp(`^(?:${TYPE_WORDS}|fax|传真|팩스)$`, 'i');

function typeWordOf(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return (TYPE_NOTE.exec(t)?.[1] ?? t).replace(/[\s()（）]+/g, ' ').trim();
}

const TAG_CLASS = classNaming('tag', 'badge', 'chip', 'pill', 'status', 'label');

/** The value's own text when the rest of it is tags or badges; '' when it has none. */
function nameWithoutTags(el: Element): string {
  const tags = listOf(el.children).filter((c) => hasClass(c, TAG_CLASS));
  if (tags.length === 0) return '';
  let text = '';
  for (let n = el.firstChild; n; n = n.nextSibling)
    if (n.nodeType === 3) text += n.nodeValue ?? '';
    else if (n.nodeType === 1 && !tags.includes(n as Element)) text += (n as Element).textContent ?? '';
  return text.replace(/\s+/g, ' ').trim();
}

const STAFF_CODE = /^(?=.*\d)[A-Za-z0-9_-]{1,16}$/;

/**
 * The controls of a cell that holds several fields in a row ("Phone: <input> DialCode: <input> Alt. Phone: <input>"):
 * those before the next "Label:" text are the first label's; the others are their own labels' values.
 */
function controlsBeforeNextLabel(el: Element, allowHidden: boolean, env: ReadEnv): string[] | null {
  if (/^(?:INPUT|TEXTAREA|SELECT)$/.test(el.tagName)) return null;
  const all = listOf(el.querySelectorAll('input, textarea, select'));
  if (all.length < 2) return null;
  for (let i = 1; i < all.length; i++) {
    let text = '';
    for (let n = (all[i] as Element).previousSibling; n && n !== all[i - 1]; n = n.previousSibling) {
      if (n.nodeType !== 3) break;
      text = (n.nodeValue ?? '') + text;
    }
    if (/\p{L}[^:：]{0,30}[:：]\s*$/u.test(text))
      return all.slice(0, i).flatMap((c) => readControls(c, allowHidden, env.cache));
  }
  return null;
}

/**
 * A choice among radio buttons (◉ Männlich ○ Weiblich, ◉ 男 ○ 女): the checked one's caption (its <label>, or the text
 * right after it); '' when none is checked; null when `el` holds no choice of two or more.
 */
function checkedChoice(el: Element): string | null {
  const radios = listOf(el.querySelectorAll('input[type="radio" i]')) as HTMLInputElement[];
  if (radios.length < 2) return null;
  const on = radios.find((r) => r.checked || r.hasAttribute('checked'));
  if (!on) return '';
  const id = on.getAttribute('id');
  const label = id ? el.querySelector(`label[for="${CSS.escape(id)}"]`) : on.closest('label');
  if (label) return (label.textContent ?? '').replace(/\s+/g, ' ').trim();
  let text = '';
  for (let n = on.nextSibling; n && !(n.nodeType === 1 && (n as Element).tagName === 'INPUT'); n = n.nextSibling)
    text += n.textContent ?? '';
  return text.replace(/\s+/g, ' ').trim();
}

/** A <label> captioning a radio button or a checkbox (it holds one, or names one by its id). */
function isChoiceCaption(label: Element): boolean {
  if (label.tagName !== 'LABEL') return false;
  const id = label.getAttribute('for');
  const target = id ? lookupRoot(label).getElementById(id) : label.querySelector('input');
  return !!target && /^(?:radio|checkbox)$/i.test(target.getAttribute('type') ?? '');
}

/** The widest box around a control holding controls only, no text of its own (no caption), or null. */
function addressGroupOf(control: Element): Element | null {
  let group: Element | null = null;
  for (let cur = control.parentElement, i = 0; cur && i < 3; cur = cur.parentElement, i++) {
    if ((cur.textContent ?? '').trim() !== '') break;
    group = cur;
  }
  return group;
}

/** A filled control wins; then the first tel:/mailto: link of a cell holding several; then the text. */
function linesOfValue(el: Element, key: string, allowHidden: boolean, env: ReadEnv): string[] {
  // An address label tied to the first input of its group (Odoo's o_address_format: street, zip, city, state,
  // country, each an input): the whole group.
  if (key === 'address' && /^(?:INPUT|TEXTAREA)$/.test(el.tagName)) {
    const group = addressGroupOf(el);
    const parts = group ? readControls(group, allowHidden, env.cache) : [];
    if (parts.length > 1) return parts;
  }
  // (A label tied to the group's first radio: the group around it.)
  const radio = el.tagName === 'INPUT' && /^radio$/i.test(el.getAttribute('type') ?? '');
  const choice = checkedChoice(radio && el.parentElement ? el.parentElement : el);
  if (choice !== null) return choice ? [choice] : [];
  const own = controlsBeforeNextLabel(el, allowHidden, env);
  // The first label's own controls are empty: its value is empty (not the next label's).
  if (own && own.length === 0) return [];
  const controls = own ?? readControls(el, allowHidden, env.cache);
  // A date picked in three selects (year, month, day): one date.
  const picked =
    controls.length === 3 && (key === 'birthDate' || key === 'signDate') ? dateOfSelects(el, controls) : null;
  if (picked) return [picked];
  // A staff code in the control and the person's name beside it ("<input value=B0315> 赖俊宏"): the name.
  if (controls.length > 0 && key === 'owner' && controls.every((c) => STAFF_CODE.test(c.trim()))) {
    const text = readLines(el, allowHidden, env.cache);
    if (text.length > 0) return text;
  }
  if (controls.length > 0) return controls;
  // A name with a tag after it ("阎某 <span class=ant-tag>产权人</span>", a VIP badge): the name without the tag.
  if (key === 'name') {
    const named = nameWithoutTags(el);
    if (named) return [named];
  }
  // An avatar's initials or a role tag before the person's name (<i>林</i>林可欣, <span class=ant-tag>SA</span> 麦振宇).
  if (key === 'name' || key === 'owner') {
    const person = personWithoutBadges(el);
    if (person) return [person];
  }
  const tagged = typeTagsIn(el);
  if (tagged.length > 0 && (key === 'phone' || key === 'mobile')) {
    const typed = typedLinesOf(tagged, allowHidden, env);
    if (typed.length > 0) return typed;
  }
  let lines = readLines(el, allowHidden, env.cache);
  // Other values drop a type written after them ("712 E Main St<br>Town, ST 00000<span>Work</span>").
  if (tagged.length > 0) lines = withoutTypeTags(lines, tagged);
  if ((key === 'phone' || key === 'mobile') && lines.length > 1 && typedPhones(lines)) return lines;
  // An e-mail link beside its type word ("Work" + <a href="mailto:…">): the link is the value, not the type.
  if (key === 'email') {
    const link = el.querySelector('a[href^="mailto:"]');
    const text = link ? readLines(link, allowHidden, env.cache) : [];
    if (text.length === 1 && (text[0] ?? '').includes('@')) return text;
    const own = emailGluedToTag(el, lines);
    if (own) return [own];
  }
  if (key === 'phone' || key === 'mobile' || key === 'email') {
    const links = el.querySelectorAll(key === 'email' ? 'a[href^="mailto:"]' : 'a[href^="tel:"]');
    const first = links[0];
    if (first && links.length > 1) return readLines(first, allowHidden, env.cache);
    // One tel: link and a status word beside it ("+976 7011 4420 <span class=label>unverified</span>"): the link.
    const rest = first ? (el.textContent ?? '').replace(first.textContent ?? '', '') : '';
    if (first && key !== 'email' && !/\d/.test(rest) && /[\p{L}]/u.test(rest))
      return readLines(first, allowHidden, env.cache);
  }
  return lines;
}

/**
 * The e-mail of one text node when the value's lines glue the element before it to it ("<span>Binafsi</span>amina@…"
 * read as "Binafsiamina@…"): an address is written in one text, its type tag in another.
 */
function emailGluedToTag(el: Element, lines: string[]): string | null {
  const joined = EMAIL_IN_TEXT.exec(lines.join('\n'))?.[0];
  if (!joined) return null;
  const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const own = EMAIL_IN_TEXT.exec(n.nodeValue ?? '')?.[0];
    if (own) return own !== joined && joined.endsWith(own) ? own : null;
  }
  return null;
}

/**
 * Leaf elements inside `el` holding only a type word, written after a value (never the first thing in `el`): a known
 * type word, or any short word in a badge (<span class=badge>Kerja</span>) or in an element made like a known type's
 * tag (the same tag and class: "Direkte" beside "Mobil" and "Privat").
 */
function typeTagsIn(el: Element): Element[] {
  const tags: { t: Element; known: boolean }[] = [];
  for (const t of listOf(el.querySelectorAll('span, small, em, i, b, label, sup, div'))) {
    if (t.childElementCount > 0) continue;
    const word = typeWordOf(t.textContent ?? '');
    if (!word || word.length > 16) continue;
    let before = t.previousSibling;
    while (before && before.nodeType === 3 && !(before.nodeValue ?? '').trim()) before = before.previousSibling;
    if (!before) continue;
    if (AFTER_TYPE.test(word)) tags.push({ t, known: true });
    else if (!/\d/.test(word) && /\p{L}/u.test(word)) tags.push({ t, known: false });
  }
  const made = new Set(tags.filter((x) => x.known).map(({ t }) => `${t.tagName} ${t.getAttribute('class') ?? ''}`));
  // In page order: the first number of the field is its main one.
  return tags
    .filter(({ t, known }) => {
      const cls = t.getAttribute('class') ?? '';
      return known || CHIP_CLASS.test(cls) || (!!cls && made.has(`${t.tagName} ${cls}`));
    })
    .map(({ t }) => t);
}

/** The value written right before a type tag: the text since the previous element or line break, or the element. */
function valueBefore(tag: Element, allowHidden: boolean, env: ReadEnv): string {
  let text = '';
  for (let n = tag.previousSibling; n; n = n.previousSibling) {
    if (n.nodeType === 3) {
      text = (n.nodeValue ?? '') + text;
      continue;
    }
    if (n.nodeType !== 1) continue;
    if (text.trim() || (n as Element).tagName === 'BR') break;
    return readLines(n as Element, allowHidden, env.cache).join(' ');
  }
  return text.replace(/\s+/g, ' ').trim();
}

/** "number (type)" for each type tag with a number before it: the lines of a typed multi-value phone field. */
function typedLinesOf(tags: Element[], allowHidden: boolean, env: ReadEnv): string[] {
  const out: string[] = [];
  for (const tag of tags) {
    if (!allowHidden && isHidden(tag, env.cache)) continue;
    const value = valueBefore(tag, allowHidden, env);
    if (!/\d.*\d.*\d.*\d.*\d.*\d.*\d/.test(value)) continue;
    // ("(Mobil)" in brackets, "手机（首选）" with a note: the type word.)
    const word = typeWordOf(tag.textContent ?? '');
    // A fax is no number to call.
    if (FAX.test(word)) continue;
    // A type this reader does not know ("Direkte"): the number, untyped (keyed by the field's label).
    out.push(AFTER_TYPE.test(word) ? `${value} (${word})` : value);
  }
  return out;
}

/** Lines without the type words glued to their end. */
function withoutTypeTags(lines: string[], tags: Element[]): string[] {
  const words = tags.map((t) => (t.textContent ?? '').replace(/\s+/g, ' ').trim());
  return lines.map((line) => {
    for (const w of words)
      if (line.length > w.length && line.endsWith(w)) return line.slice(0, line.length - w.length).trim();
    return line;
  });
}

/** The (type, number) pairs of a typed multi-value phone field, or null when its lines are not all typed. */
export function typedPhones(lines: string[]): { type: string; number: string }[] | null {
  const out: { type: string; number: string }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim();
    if (FAX.test(line) || TYPED_EMAIL.test(line) || SECONDARY_CARD.test(line)) continue;
    const suffix = PHONE_TYPE.exec(line);
    const prefix = suffix ? null : PREFIX_TYPE.exec(line);
    if (suffix) out.push({ type: suffix[2] ?? '', number: suffix[1] ?? '' });
    else if (prefix) {
      // A note naming someone else ("手机 · 丈夫"): their number, no type of the record's.
      const note = (prefix[2] ?? prefix[3])?.trim();
      if (note && phoneTypeOf(prefix[1] ?? '', note) === 'other') continue;
      // A note after the number naming a relative or an emergency contact: theirs.
      if (NAMES_OTHER_PERSON.test(prefix[5] ?? '')) continue;
      out.push({ type: prefix[1] ?? '', number: prefix[4] ?? '' });
    } else if (TYPE_ONLY.test(line) && /\d/.test(lines[i + 1] ?? '')) {
      // The type on its own line, the number on the next ("Mobile" / "138 0013 8000").
      out.push({ type: TYPE_ONLY.exec(line)?.[1] ?? '', number: lines[i + 1] ?? '' });
      i++;
    } else if (PHONE_SHAPE.test(line) && (line.match(/\d/g)?.length ?? 0) >= 7) out.push({ type: '', number: line });
    else return null;
  }
  // A number without a type beside typed ones is of the field's own kind; without any type the lines are not typed.
  return out.some((t) => t.type) ? out : null;
}

/**
 * A phone or e-mail field's list, each item its type tag then its number or address ("<li><span class=tag>手机 · 本人</span>139…",
 * "<li><span class=label>Ofisi</span>+254 20…"): the tags are types, not the labels of other fields.
 */
function isTypedContactList(el: Element, key: string): boolean {
  if (key !== 'phone' && key !== 'mobile' && key !== 'email') return false;
  const items = listOf(el.querySelectorAll('li'));
  if (items.length < 2) return false;
  const texts = items.map((li) => (li.textContent ?? '').replace(/\s+/g, ' ').trim());
  // (An e-mail field's list the same way: "<li><span>Personal</span>ann@…</li><li><span>Trabajo</span>…".)
  if (key === 'email')
    return texts.every((t) => {
      const at = EMAIL_IN_TEXT.exec(t);
      return !!at && TYPE_LABEL.test(normalizeLabel(t.slice(0, at.index)) || 'other');
    });
  return typedPhones(texts) !== null;
}

/** A typed multi-value phone field: one candidate per number, keyed by its type (mobile or phone). */
function splitTypedPhones(c: Candidate): Candidate[] {
  if (c.key !== 'phone' && c.key !== 'mobile') return [c];
  const typed = typedPhones(c.lines);
  if (!typed) return [c];
  // A contact-point list (FHIR's Telecom) holds the e-mail address too, typed by its shape.
  const emails = c.lines.flatMap((l) => {
    const email = TYPED_EMAIL.exec(l.trim())?.[1];
    return email ? [{ ...c, key: 'email', lines: [email] }] : [];
  });
  const phones = typed
    .filter((t) => !OTHER_TYPE.test(t.type.trim()))
    .map((t) => {
      const type = t.type.trim();
      const mobile = MOBILE_TYPE.test(type) || (MAIN_TYPE.test(type) && isMobileShape(t.number.trim()));
      return { ...c, key: !type ? c.key : mobile ? 'mobile' : 'phone', lines: [t.number] };
    });
  return [...phones, ...emails];
}

// A type word standing as a field's label ("Celular", "Comercial", "Work", "Personal" before a number, an e-mail or an
// address): the value's shape says what it types, whatever the word names elsewhere (comercial is also a sales rep).
const TYPE_LABEL = new RegExp(`^(?:${TYPE_WORDS}|personal|private|privé|persönlich|pessoal|particular)$`, 'i');
// (Someone else's number — 家属电话, an assistant's — is no type of the customer's: not read under such a label.)
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The key of a value under a type-word label, by its shape (unchanged for any other label or value). */
function keyUnderTypeWord(key: string, label: string, lines: string[]): string {
  if (OTHER_TYPE.test(label)) return key === 'type' ? '' : key;
  if (!TYPE_LABEL.test(label)) return key;
  const text = lines.join(' ').replace(/\s+/g, ' ').trim();
  if (EMAIL_SHAPE.test(text)) return 'email';
  if (PHONE_SHAPE.test(text) && (text.match(/\d/g)?.length ?? 0) >= 7)
    return MOBILE_TYPE.test(label) || (MAIN_TYPE.test(label) && CN_MOBILE_WRITTEN.test(text)) ? 'mobile' : 'phone';
  // Lines with a number under "Work" / "Home" (an "Addresses" section): an address.
  if (lines.length >= 2 && /\d/.test(text) && !/[:：]/.test(text)) return 'address';
  return key === 'type' ? '' : key;
}

/** Non-empty text that directly follows `el` (before any element), e.g. the value after `<b>Label:</b>`. */
function textSiblingAfter(el: Element): string {
  let text = '';
  for (let n = el.nextSibling; n; n = n.nextSibling) {
    if (n.nodeType === 1) break;
    if (n.nodeType === 3) text += n.nodeValue ?? '';
  }
  return text
    .replace(/^[\s:：]+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

// A line that is a phone number or an e-mail address: the next field of a card, never an address line.
const CONTACT_LINE = /^(?:[+＋]?[\d\s()（）.-]{7,}|\S+@\S+\.\S+)$/;

/** The typed numbers of the siblings after `el` made like it ("0160 … (Mobil)"), when `first` is typed too. */
function followingTypedNumbers(el: Element, key: string, first: string, allowHidden: boolean, env: ReadEnv): string[] {
  if (!PHONE_TYPE.test(first)) return [];
  const out: string[] = [];
  const made = (e: Element) => `${e.tagName} ${e.getAttribute('class') ?? ''}`;
  for (let sib = el.nextElementSibling; sib && out.length < 6 && made(sib) === made(el); sib = sib.nextElementSibling) {
    const lines = linesOfValue(sib, key, allowHidden, env);
    if (lines.length !== 1 || !(PHONE_TYPE.test(lines[0] ?? '') || FAX.test(lines[0] ?? ''))) break;
    out.push(lines[0] ?? '');
  }
  return out;
}

/**
 * The plain lines after `el` among its siblings (an address written one line per element), up to a field: a sibling
 * made like the label (its class, or a label's class word) is the next field's label, whatever it names (a
 * descriptions grid's "服务网点" after the address).
 */
function followingLines(el: Element, label: Element, allowHidden: boolean, env: ReadEnv): string[] {
  const out: string[] = [];
  if (inPairLayout(label, el)) return out;
  const labelClass = label.getAttribute('class') ?? '';
  for (let sib = el.nextElementSibling; sib && out.length < 6; sib = sib.nextElementSibling) {
    // Lines written as elements with line breaks between them (<span>street</span><br><span>town</span>).
    if (sib.tagName === 'BR') continue;
    if (!/^(?:DIV|SPAN|P)$/.test(sib.tagName) || sib.childElementCount > 1) break;
    if ((labelClass && sib.getAttribute('class') === labelClass) || isMarkedLabel(sib)) break;
    const lines = readLines(sib, allowHidden, env.cache);
    if (lines.length !== 1) break;
    const line = (lines[0] ?? '').trim();
    if (!line || /[:：]/.test(line) || CONTACT_LINE.test(line) || isFieldLabel(normalizeLabel(line))) break;
    out.push(line);
  }
  return out;
}

/**
 * A label and its value in a layout of pairs made of bare siblings (a grid of `<span>` label, `<span>` value, …): the
 * siblings at the label's place of each pair after it are labels too (two or more of them field words), so the
 * element after the value is the next pair's label, never the address's next line (FlowAccount's contact person,
 * Minimax's "Pošta" of the postcode field; docs/adapters.md, "Addresses whole, and dialogs of inputs").
 */
function inPairLayout(label: Element, value: Element): boolean {
  const parent = label.parentElement;
  if (!parent || value.parentElement !== parent || label.nextElementSibling !== value) return false;
  const kids = listOf(parent.children);
  const at = kids.indexOf(label);
  let labels = 0;
  // The pairs on both sides of this one, up to six each way.
  for (const i of [-12, -10, -8, -6, -4, -2, 2, 4, 6, 8, 10, 12].map((d) => at + d)) {
    const kid = kids[i];
    if (!kid) continue;
    if (kid.tagName !== label.tagName || kid.childElementCount > 0) return false;
    if (isFieldLabel(normalizeLabel(kid.textContent ?? ''))) labels++;
  }
  return labels >= 2;
}

/** Not rendered (display:none from a stylesheet, above it or on it): one computed check for one control. */
/**
 * A read-only display of the value beside its edit control, the control hidden until the field is edited (Frappe's
 * control-value beside a display:none control-input): the shown text is the value, the hidden control hides nothing.
 */
function showsTextBeside(valueEl: Element, control: Element): boolean {
  if (notRendered(valueEl)) return false;
  let host: Element = control;
  while (host.parentElement && host.parentElement !== valueEl && notRendered(host.parentElement))
    host = host.parentElement;
  for (const child of listOf(valueEl.children))
    if (child !== host && !child.contains(host) && (child.textContent ?? '').trim() !== '' && !notRendered(child))
      return true;
  return false;
}

/** The first rendered control of a value cell, else its first control (the cell's hidden original, when all are). */
function shownControlIn(cell: Element): Element | null {
  const controls = listOf(cell.querySelectorAll('input:not([type=hidden]), select, textarea'));
  return controls.find((c) => !notRendered(c) && !isHidden(c)) ?? controls[0] ?? null;
}

function notRendered(el: Element): boolean {
  const check = (el as Element & { checkVisibility?: () => boolean }).checkVisibility;
  if (typeof check === 'function') return !check.call(el);
  const view = el.ownerDocument.defaultView;
  if (!view) return false;
  for (let e: Element | null = el; e; e = e.parentElement) if (view.getComputedStyle(e).display === 'none') return true;
  return false;
}

/**
 * A text that is a label, not a value: a word of the dictionary, or a short one read by its ending (a product
 * named "高血压个性化服务包（基础+）" ends like a label and is a value).
 */
function looksLikeLabel(label: string): boolean {
  const key = keyForLabel(label);
  if (key === undefined) return false;
  return labelRank(label) === 0 || (label.length <= 10 && !namedLikeAValue(key, label));
}

/**
 * A text read as a label by its ending only, that is written like a value: a digit inside it ("渝信3号固收产品",
 * "融合129元套餐"; a label's own number is its last character, "Phone 2"), or a product's name of seven or more Han
 * characters ("冷链运输年度服务包": labels ending so are short, 签约产品, 理财产品, 报读课程).
 */
function namedLikeAValue(key: string, label: string): boolean {
  if (/\d\D/.test(label)) return true;
  return key === 'product' && /^[\u4e00-\u9fff]{7,}$/.test(label);
}

function isFieldLabel(label: string): boolean {
  return keyForLabel(label) !== undefined || isAddressPart(label) || namePart(label) !== undefined;
}

/** A text with a digit right before `el` in its parent, not a "Label:" (the value a type tag is written after). */
function valueTextBefore(el: Element): boolean {
  for (let n = el.previousSibling; n; n = n.previousSibling) {
    if (n.nodeType !== 3) return false;
    const text = (n.nodeValue ?? '').trim();
    if (text) return /\d/.test(text) && !/[:：]$/.test(text);
  }
  return false;
}

function textBefore(el: Element): boolean {
  for (let n = el.previousSibling; n; n = n.previousSibling)
    if (n.nodeType === 3 && (n.nodeValue ?? '').trim() !== '') return true;
  return false;
}

/**
 * Two or more cells of `el` are field labels of their own (a block title's neighbour is a table of label | value
 * cells, "Via | Via Montecchia 16 | Città | Selvazzano Dentro"): field rows, not one value. Only tables and grids of
 * cells are looked at (a value with a line that happens to be a word stays a value).
 */
function holdsFieldLabels(el: Element): boolean {
  if (el.tagName !== 'TABLE' && el.querySelector('table') === null) return false;
  let labels = 0;
  const cells = el.getElementsByTagName('td');
  for (let i = 0; i < cells.length && i < 60; i++) {
    const cell = cells[i] as Element;
    if (cell.childElementCount > 1) continue;
    if (isFieldLabel(normalizeLabel(cell.textContent ?? '')) && ++labels >= 2) return true;
  }
  return false;
}

const TEXT_CONTROL = 'input:not([type=hidden]):not([type=radio]):not([type=checkbox]), textarea, select';

/** `value` is the first of two or more text controls side by side under a group title (a legend, a heading). */
function groupOfControls(label: Element, value: Element): boolean {
  if (!/^(?:LEGEND|H[1-6])$/.test(label.tagName) || !value.matches(TEXT_CONTROL)) return false;
  const parent = value.parentElement;
  return !!parent && listOf(parent.children).filter((c) => c.matches(TEXT_CONTROL)).length >= 2;
}

/** The element's first content (past blank text) is a filled-in form control. */
function startsWithControl(el: Element): boolean {
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3 && (n.nodeValue ?? '').trim() === '') continue;
    return n.nodeType === 1 && (n as Element).matches(TEXT_CONTROL);
  }
  return false;
}

/** The element's first text is a label in an element of its own: a field row under a section title, not a value. */
function startsWithLabel(el: Element): boolean {
  // A field component renders its label in its own open shadow root, before the slotted value (<kx-field>: "Plan" +
  // <slot>): that label is where it starts.
  const shadow = el.shadowRoot ? listOf(el.shadowRoot.children).find((c) => c.tagName !== 'STYLE') : undefined;
  let first: Element | null = shadow ?? el.firstElementChild;
  for (let i = 0; first && i < 8; i++) {
    // Text before that element ("(608) 555-0143<span>Work</span>"): the value starts with the text, not a label.
    if (textBefore(first)) return false;
    const own = listOf(first.childNodes).some((n) => n.nodeType === 3 && (n.nodeValue ?? '').trim() !== '');
    // A control before any text ("<input value=Unit 12> Address3: <input>"): the element starts with a value.
    if (own && startsWithControl(first)) return false;
    if (own) {
      const label = normalizeLabel(first.textContent ?? '');
      return looksLikeLabel(label) || isAddressPart(label) || namePart(label) !== undefined;
    }
    first = first.firstElementChild;
  }
  return false;
}

// (Armenian forms too: ՍՊԸ a limited company, ՓԲԸ / ԲԲԸ closed and open joint-stock companies.)
export const ORGANISATION =
  /公司|会社|集团|有限|企业|\b(?:ltd|inc|llc|gmbh|corp|co\.|s\.a\.|s\.r\.l\.|plc|b\.v\.|ag|kg|oy|ab|pty)\b|(?:^|\s)(?:ՍՊԸ|ՓԲԸ|ԲԲԸ)(?:\s|$)/i;
const LABEL_CLASS = /(?:^|[\s_-])(?:lbl|label|key|caption|field-?name|field-?title)(?:$|[\s_-])/i;

function isMarkedLabel(el: Element): boolean {
  return /^(?:DT|TH|LABEL)$/.test(el.tagName) || LABEL_CLASS.test(el.getAttribute('class') ?? '');
}

/** A row's two parts: the caption element first, its value after it, nothing else. */
function captionOfRow(row: Element | null): Element | null {
  return row && row.childElementCount === 2 ? row.firstElementChild : null;
}

/**
 * The word stands where the record's labels stand: first of a row of caption + value, among two or more rows made like
 * it (same tag and class) whose captions are field words ("<div class=row><span>顾客</span><span>…</span></div>" over
 * "<div class=row><span>联系电话</span>…"). A menu item or a tab has no such rows.
 */
function standsInLabelColumn(el: Element): boolean {
  const row = el.parentElement;
  if (!row || captionOfRow(row) !== el || !row.parentElement) return false;
  const cls = row.getAttribute('class');
  let labelled = 0;
  for (const peer of listOf(row.parentElement.children)) {
    if (peer === row || peer.tagName !== row.tagName || peer.getAttribute('class') !== cls) continue;
    const caption = captionOfRow(peer);
    const text = caption && caption.tagName === el.tagName ? normalizeLabel(caption.textContent ?? '') : '';
    if (text && !BARE_RECORD_WORDS.has(toSimplified(text)) && keyForLabel(text) !== undefined && ++labelled >= 2)
      return true;
  }
  return false;
}

/** The element follows a "Label:" text in its parent: it is that label's value. */
function isValueOfLabel(el: Element): boolean {
  for (let n = el.previousSibling; n; n = n.previousSibling) {
    if (n.nodeType === 1) return false;
    const text = (n.nodeValue ?? '').trim();
    if (text) return /[:：]$/.test(text);
  }
  return false;
}

/**
 * The word is the whole value of a labelled row: the element holding it (itself no label) comes right after a marked
 * label (<label>, <th>, <dt>, a label-classed element) and ends its row, or is followed by the row's next marked label
 * ("<label>申请人类型</label><div class=value><span>企业</span></div>", "<th>Type</th><td>Company</td><th>…"). Such
 * a word is what the row says (an applicant's type), not the label of the next row, whose label and value would then
 * be read as one value ("统一社会信用代码 9133…" as a company). A group title's <th rowspan> before a row's own label
 * cell is no such label: that cell has its value after it.
 */
const VALUE_CLASSED = /(?:^|\s)(?:value|valuefield|fieldvalue|field-value|field_value|[\w-]+__value)(?:\s|$)/i;

function isLabelledRowValue(el: Element, text: string): boolean {
  const want = normalizeLabel(text);
  let cur: Element | null = el;
  for (let i = 0; cur && i < 5; i++) {
    if (isMarkedLabel(cur)) return false;
    const prev = cur.previousElementSibling;
    if (prev) {
      if (!isMarkedLabel(prev) || normalizeLabel(cur.textContent ?? '') !== want) return false;
      const next = cur.nextElementSibling;
      return !next || isMarkedLabel(next);
    }
    cur = cur.parentElement;
  }
  return false;
}

/**
 * Label words standing where a list of pairs has its values: a <dd> (a definition's value, never its term), or in a
 * flat run of same-tag elements alternating label and value, an element at the other position than the run's two or
 * more other labels (all of them at one parity).
 */
function valueColumnWords(hits: LabelHit[]): Set<Element> {
  const out = new Set<Element>();
  const byParent = new Map<Element, Element[]>();
  for (const hit of hits) {
    if (hit.control) continue;
    if (hit.el.tagName === 'DD') out.add(hit.el);
    const parent = hit.el.parentElement;
    if (parent) byParent.set(parent, [...(byParent.get(parent) ?? []), hit.el]);
  }
  for (const [parent, els] of byParent) {
    if (els.length < 3 || parent.childElementCount < 6) continue;
    const kids = listOf(parent.children);
    const tag = kids[0]?.tagName;
    if (kids.some((k) => k.tagName !== tag)) continue;
    const parity = (el: Element) => kids.indexOf(el) % 2;
    for (const el of els) {
      const others = els.filter((o) => o !== el).map(parity);
      if (others.length >= 2 && others.every((p) => p === others[0]) && parity(el) !== others[0]) out.add(el);
    }
  }
  return out;
}

/** A shadow root's body that shows several light-DOM elements through one slot: a panel of fields, not one value. */
function slotsSeveral(el: Element): boolean {
  // (The value may be the slot itself: a card's title right before the <slot> its field components are assigned to.)
  const slots = el.tagName === 'SLOT' ? [el] : listOf(el.getElementsByTagName('slot'));
  for (const slot of slots) {
    const assigned = (slot as HTMLSlotElement).assignedElements?.({ flatten: true }) ?? [];
    if (assigned.length >= 2) return true;
  }
  return false;
}

const HEADER_ROW = /(?:^|[\s_-])(?:header|head|thead|columns?-?header)(?:$|[\s_-])/i;

/** A cell of an ARIA grid's or table's header row (a web component's table: role=grid, a "…-header" row of cells). */
function isGridHeaderCell(el: Element): boolean {
  if (el.getAttribute('role') === 'columnheader') return true;
  const row = el.parentElement;
  if (!row || !HEADER_ROW.test(row.getAttribute('class') ?? '')) return false;
  return !!row.closest('[role="grid"], [role="table"], [role="treegrid"], table');
}

const ITEM_ROLE = /^(?:tab|menuitem|menuitemradio|option|treeitem|link)$/;
const STRIP_ROLE = /^(?:tablist|menu|menubar|navigation|listbox|tree)$/;
// A strip's class token: f9-tabs, el-tabs__nav, nav-tabs, sidebar-menu, tab-bar (not tab-content, tab-pane).
const STRIP_CLASS = /^(?:[\w-]*[_-])?(?:tabs|nav|navbar|navs|menu|menus|tablist|tab-?bar|tab-?strip)$/i;

/**
 * `value` is the item after `label` in one menu, tab strip or nav list: both of the same kind side by side in a
 * <ul>/<ol>, a <nav>/<menu>, a tablist, or a container classed as tabs / nav / menu. A form row's label and value
 * are of different kinds, or sit in a row that is none of these.
 */
function isNextItem(label: Element, value: Element): boolean {
  const a = label.closest('li') ?? label;
  const b = value.closest('li') ?? value;
  const parent = a.parentElement;
  if (!parent || b.parentElement !== parent || a === b || a.tagName !== b.tagName) return false;
  if (a.tagName === 'LI') return true;
  if (ITEM_ROLE.test(a.getAttribute('role') ?? '') || /^(?:NAV|MENU)$/.test(parent.tagName)) return true;
  if (STRIP_ROLE.test(parent.getAttribute('role') ?? '')) return true;
  return (parent.getAttribute('class') ?? '').split(/\s+/).some((t) => STRIP_CLASS.test(t));
}

const HEAD_CLASS = /(?:^|[\s_-])(?:head|header|thead)(?:$|[\s_-])/i;

/** How a cell is drawn: its colour, weight and background. */
function lookOf(view: Window, el: Element): string {
  const style = view.getComputedStyle(el);
  return `${style.color}|${style.fontWeight}|${style.backgroundColor}`;
}

/**
 * A table's first row drawn apart from the row below (<tr style="color:grey"> over plain cells, a bold or shaded row):
 * every cell of it drawn alike, and no cell below drawn so. A form row alternates label and value, each drawn its own
 * way; a plain table draws both rows alike (docs/adapters.md, "Round 17: values"). The row's look is read once per
 * extraction (every column title of the row asks it): a computed style is a layout read (docs/benchmarks.md).
 */
function drawnAsHeader(row: Element, cells: Element[], below: Element[], env: ReadEnv): boolean {
  const known = env.drawnHeaders?.get(row);
  if (known !== undefined) return known;
  const first = cells[0];
  const view = first?.ownerDocument.defaultView;
  let drawn = false;
  if (first && view && !row.previousElementSibling) {
    const look = lookOf(view, first);
    drawn = cells.every((c) => c === first || lookOf(view, c) === look) && below.every((c) => lookOf(view, c) !== look);
  }
  (env.drawnHeaders ??= new Map()).set(row, drawn);
  return drawn;
}

/**
 * `cell` is a column title: its row is a header row (three or more cells with one shared class, or header-marked,
 * none a "Label:") above a row of as many cells. Returns the cell below it when that is the only row, 'many' when
 * more follow, null when `cell` is not a column title. A row of label / value pairs is ruled out before any cell's
 * look is read.
 */
function headerColumn(cell: Element, env: ReadEnv): Element | 'many' | null {
  const row = cell.parentElement;
  const below = row?.nextElementSibling;
  if (!row || !below || row.childElementCount < 3 || below.childElementCount !== row.childElementCount) return null;
  const cells = listOf(row.children);
  if (cells.some((c) => c.childElementCount > 1 || /[:：]\s*$/.test(c.textContent ?? ''))) return null;
  const cls = cell.getAttribute('class') ?? '';
  const sharedClass = !!cls && cells.every((c) => (c.getAttribute('class') ?? '') === cls);
  const marked =
    sharedClass ||
    HEAD_CLASS.test(row.getAttribute('class') ?? '') ||
    cells.every((c) => c.tagName === 'TH' || c.getAttribute('role') === 'columnheader') ||
    drawnAsHeader(row, cells, listOf(below.children), env);
  if (!marked) return null;
  const next = below.nextElementSibling;
  if (next && next.childElementCount === row.childElementCount) return 'many';
  return below.children[cells.indexOf(cell)] ?? 'many';
}

// The record's kind as a bare label (会员, 业主) names a person only when its value addresses one (record-kind.ts).
const ADDRESSED_HAN_NAME = /^\p{Script=Han}{2,4}\s*(?:先生|女士|小姐)$/u;
const isKindWord = (label: string) => ADDRESSED_KIND_WORDS.has(toSimplified(label));

/** The key a label names: a field, a name part, an address part, or only a type (keyed by its value's shape). */
function hitKey(label: string): string {
  const part = namePart(label);
  const key = keyForLabel(label) ?? (isKindWord(label) ? 'name' : isHeldCardLabel(label) ? HELD_CARD_KEY : undefined);
  return key ?? (part ? `name-${part}` : isAddressPart(label) ? 'address-part' : 'type');
}

/** A label this reader knows: a field's word, a name or address part, a type word, the record's kind. */
function isLabelWord(l: string): boolean {
  return (
    keyForLabel(l) !== undefined ||
    isAddressPart(l) ||
    namePart(l) !== undefined ||
    TYPE_LABEL.test(l) ||
    isKindWord(l) ||
    isHeldCardLabel(l)
  );
}

function fromLabels(body: Scope, env: ReadEnv, regions: RegionCache, out: Candidate[], texts: Text[]): void {
  const hits = findLabels(
    body,
    isLabelWord,
    (env.labelTexts ??= new Map()),
    // Hits inside an excluded region are dropped below: a long stream's texts need not be read at all.
    texts,
  );
  const inValueColumn = valueColumnWords(hits);
  for (const hit of hits) {
    if (isExcludedRegion(hit.el, regions) || isInListRow(hit.el)) continue;
    // A word in the value column of a list of pairs ("类型 <dd>企业</dd>", "Type <span>Entreprise</span>" among
    // alternating label and value spans) is a value, not a label: the next label is no company.
    if (inValueColumn.has(hit.el)) continue;
    // A word that is a value ("Stage: <b>Customer</b>") or a badge (<span class=badge>Cliente</span>): no label.
    if (isValueOfLabel(hit.el) || hasClass(hit.el, CHIP_CLASS)) continue;
    // A cell the page itself classes as a value (Dolibarr's td.valuefield, a field__value) holds a value, whatever its
    // words: "年度保養方案" ends like a product's caption but is one.
    if (VALUE_CLASSED.test(hit.el.getAttribute('class') ?? '')) continue;
    // A word that is the whole value of a labelled row ("申请人类型 | 企业"): no label of the next row.
    if (!hit.control && isLabelledRowValue(hit.el, hit.label)) continue;
    // A word written right after a value in one element ("031-718-2201<span>회사</span>", "(303) 555-0141<i>Company</i>")
    // is that value's type tag, never a label of what follows it.
    if (!hit.control && hit.el.childElementCount === 0 && valueTextBefore(hit.el)) continue;
    const key0 = hitKey(hit.label);
    // A bare record word ("Customer", 客户) is a menu item, a tab or a status value as often as a label: only where
    // the page marks it as one (a <dt>, <th>, <label>, a label-classed element).
    // (Or where the record's labels stand: the caption column of its rows.)
    if (
      key0 === 'name' &&
      (BARE_RECORD_WORDS.has(toSimplified(hit.label)) || isKindWord(hit.label)) &&
      !isMarkedLabel(hit.el) &&
      !standsInLabelColumn(hit.el)
    )
      continue;
    // "<b>姓名：</b>张三": the value is the text right after the label, not an element.
    const textAfter = hit.control ? '' : textSiblingAfter(hit.el);
    const typedAfter = textAfter
      ? keyUnderTypeWord(keyForValue(key0, hit.label, textAfter), hit.label, [textAfter])
      : '';
    if (textAfter) {
      if (!typedAfter) continue;
      out.push(
        ...splitTypedPhones({
          key: typedAfter,
          label: hit.text.replace(/[:：]\s*$/, ''),
          lines: [textAfter],
          el: hit.el.parentElement ?? hit.el,
          via: 'label',
          hidden: isHidden(hit.el, env.cache),
        }),
      );
      continue;
    }
    let valueEl = hit.control ?? valueElementFor(hit.el);
    if (!valueEl || isExcludedRegion(valueEl, regions)) continue;
    // A widget's hidden original input right after the label (EasyUI's textbox-f), the input it shows in the element
    // after it (span.textbox > readonly textbox-text): that element is the value (docs/adapters.md, "Round 18: values").
    if (!hit.control && /^(?:INPUT|SELECT|TEXTAREA)$/.test(valueEl.tagName) && notRendered(valueEl)) {
      const next = valueEl.nextElementSibling;
      const shown = next ? shownControlIn(next) : null;
      if (next && shown && !notRendered(shown)) valueEl = next;
    }
    // A column title in a header row (the next cell is the next column's title): the value is the cell below it
    // when one row follows, else none (a grid of several people, products or orders).
    if (!hit.control && valueEl.parentElement === hit.el.parentElement) {
      const column = headerColumn(hit.el, env);
      if (column === 'many') continue;
      if (column) valueEl = column;
    }
    // A header cell beside a header cell is a column title, not a value (an ARIA grid's header row too).
    if (valueEl.tagName === 'TH' || valueEl.closest('thead') || isGridHeaderCell(valueEl)) continue;
    // A menu item or a tab beside the next one (客户列表 / 联系人 / 客户地图; Contact | Worksheet): no value.
    if (isNextItem(hit.el, valueEl)) continue;
    // A section title over its own labelled rows (a caption above a th/td table, a legend above labels, a block title
    // above a table of label | value cells): no value. (A radio's caption is no field label: <label for=g1>男</label>.)
    if (
      listOf(valueEl.querySelectorAll('th, dt, label')).filter((l) => !isChoiceCaption(l)).length >= 2 ||
      (holdsFieldLabels(valueEl) && !isTypedContactList(valueEl, hitKey(hit.label)))
    )
      continue;
    // A group's title over several text controls (<legend>Address 1</legend><input name=…firstname>…): it labels
    // the group, not its first control.
    if (!hit.control && groupOfControls(hit.el, valueEl)) continue;
    // A panel's title over the field components slotted into its body (<slot> given several elements): no value.
    if (slotsSeveral(valueEl)) continue;
    const key = hitKey(hit.label);
    // A section titled "Address" / "Dirección" above its fields: the title's neighbour is a field row, not a value
    // (an e-mail link after its type word, "Work" + mailto:, is a value).
    if (
      startsWithLabel(valueEl) &&
      !(key === 'email' && valueEl.querySelector('a[href^="mailto:"]')) &&
      !isTypedContactList(valueEl, key)
    )
      continue;
    // A bare-text label's control is checked as rendered too: such forms sit in dialogs their stylesheet hides.
    // So is any form control read as the value: a quick-add form the stylesheet hides (#quickadd{display:none})
    // holds another person.
    // (A widget's hidden original input beside the one it shows — EasyUI's textbox-f before its readonly textbox-text —
    // is not the control: the first one rendered is.)
    const control =
      hit.control ?? (/^(?:INPUT|SELECT|TEXTAREA)$/.test(valueEl.tagName) ? valueEl : shownControlIn(valueEl));
    const hidden =
      isHidden(valueEl, env.cache) || (!!control && notRendered(control) && !showsTextBeside(valueEl, control));
    // The label's neighbour is an avatar and the name is written after it ("Assigned to <span>SL</span> Shauna Lin").
    const afterBadge = key === 'owner' || key === 'name' ? nameAfterBadge(valueEl) : '';
    let lines = afterBadge ? [afterBadge] : linesOfValue(valueEl, key, hidden, env);
    // A first line naming the value's kind ("Actual address") or repeating its label is not part of the value.
    if (lines.length > 1 && (isAddressTypeLine(lines[0] ?? '') || keyForLabel(normalizeLabel(lines[0] ?? '')) === key))
      lines = lines.slice(1);
    // Two address blocks under one title (billing, then shipping): the first block only.
    if (key === 'address') {
      const next = lines.findIndex(
        (l, i) => i > 0 && (isAddressTypeLine(l) || keyForLabel(normalizeLabel(l)) === 'address'),
      );
      if (next > 0) lines = lines.slice(0, next);
    }
    // An address under its section title, one line per element ("Address" / street / "Town AB1 2CD" / country).
    if (key === 'address' && valueEl.parentElement === hit.el.parentElement && lines.length === 1)
      lines = [...lines, ...followingLines(valueEl, hit.el, hidden, env)];
    // Typed numbers one per element after the label ("Telefon" / "0621 … (Büro)" / "0160 … (Mobil)"): the numbers
    // of the elements made like the first, each with its type.
    if ((key === 'phone' || key === 'mobile') && valueEl.parentElement === hit.el.parentElement && lines.length === 1)
      lines = [...lines, ...followingTypedNumbers(valueEl, key, lines[0] ?? '', hidden, env)];
    // A section title (a legend, a heading) above its fields: its "value" is field rows, their labels among them.
    if (lines.length >= 3 && lines.filter((l) => isFieldLabel(normalizeLabel(l))).length >= 2) continue;
    // A value that is itself a known label means we paired two labels: not a value.
    // (Unless the page classes the cell as a value: td.valuefield "年度保養方案".)
    if (
      lines.length === 0 ||
      (lines.length === 1 &&
        looksLikeLabel(normalizeLabel(lines[0] ?? '')) &&
        !VALUE_CLASSED.test(valueEl.getAttribute('class') ?? ''))
    )
      continue;
    // A value that is only a type word ("Travail", "Home"): the type row of a block of typed parts, not its value.
    if (lines.length === 1 && TYPE_LABEL.test(normalizeLabel(lines[0] ?? ''))) continue;
    // An empty value cell: what follows is the next field's label ("Alternate Address State:").
    if (lines.length === 1 && /[:：]\s*$/.test(lines[0] ?? '')) continue;
    // The next row's "公司：ABC" is another label's pair, not this label's value.
    const lead = INLINE.exec(lines[0] ?? '');
    if (lead && keyForLabel(normalizeLabel(lead[1] ?? '')) !== undefined) continue;
    // Under a bare "Customer" / 客户 (a weak name label), a "Label: value" text is another field, not a name.
    if (lead && key === 'name' && labelRank(hit.label) > 1) continue;
    // The record's kind over anything but a person addressed (会员: 金卡) names no one.
    // (Unless it names a card bought by its period: 会员 "畅行会员·年卡" is the product, keyForValue.)
    if (
      isKindWord(hit.label) &&
      !(lines.length === 1 && ADDRESSED_HAN_NAME.test(lines[0]?.trim() ?? '')) &&
      !(lines.length === 1 && namesBoughtCard(hit.label, lines[0] ?? ''))
    )
      continue;
    // "Companies" listing several: none of them is the person's one company.
    if (key === 'company' && lines.length > 1 && /(?:ies|ions)$/.test(hit.label)) continue;
    // A section heading ("联系人") above a whole list is a title, not a label.
    // (An address heading over one block of <br> lines, "<h3>Endereço</h3><div>Rua…<br>São Paulo<br>01304-001</div>", is
    // that address.)
    const brLines = key === 'address' && listOf(valueEl.children).every((c) => c.tagName === 'BR');
    // (A heading over a typed phone list, "Phone numbers" over "Mobile (self) …" / "Home …", is its label.)
    if (/^H[1-6]$/.test(hit.el.tagName) && lines.length > 1 && !brLines && !isTypedContactList(valueEl, key)) continue;
    // A held card's value is one line naming the card (a section titled 会员服务 over its rows is none).
    if (key === HELD_CARD_KEY && lines.length !== 1) continue;
    let typed = keyUnderTypeWord(keyForValue(key, hit.label, lines.join(' ')), hit.label, lines);
    // "顧客 / Customer: 株式会社… / … Ltd" on a contact person's page: the company the person works for.
    if (typed === 'name' && BARE_RECORD_WORDS.has(toSimplified(hit.label)) && ORGANISATION.test(lines.join(' ')))
      typed = 'company';
    if (!typed) {
      // A name field naming a relative ("Name: Ann Lee (mother)"): that section is theirs (index.ts drops it).
      if (key === 'name' && namesRelative(lines.join(' ')))
        out.push({ key: OTHER_PERSON_KEY, label: hit.label, lines, el: valueEl, via: 'label', hidden });
      continue;
    }
    out.push(
      ...splitTypedPhones({
        key: typed,
        label: hit.text.replace(/[:：]\s*$/, ''),
        lines,
        el: valueEl,
        via: 'label',
        hidden,
      }),
    );
  }
}

/** An ARIA label is a label: a field, a first/last-name part or an address part (Siebel's read-only inputs). */
function ariaKey(text: string): string | undefined {
  const label = normalizeLabel(text);
  const part = namePart(label);
  return (
    keyForLabel(label) ??
    (part ? `name-${part}` : undefined) ??
    (isAddressPart(label) ? 'address-part' : undefined) ??
    keyForAttribute(text)
  );
}

/**
 * An element inside `all[i]` carries `attr` = `value`. Every element carrying one of ATTRS is in `all`, in page
 * order, so those inside `all[i]` are the ones right after it: no query of its subtree.
 */
function sameNameInside(all: Element[], i: number, attr: string, value: string): boolean {
  const el = all[i] as Element;
  for (let j = i + 1; j < all.length; j++) {
    const d = all[j] as Element;
    if (!el.contains(d)) return false;
    if (d.getAttribute(attr) === value) return true;
  }
  return false;
}

function fromAttributes(body: Scope, env: ReadEnv, regions: RegionCache, out: Candidate[]): void {
  // From the scope's walk (utils/extract/walk.ts): as one selector list of eleven, Chromium matches each element
  // eleven times; eleven queries cost more than the walk that lists every element's attribute names once.
  const all = elementsWithAttribute(body, env.walks, ATTRS);
  for (let i = 0; i < all.length; i++) {
    const el = all[i] as Element;
    if (el.tagName === 'LABEL' || /(?:^|[\s_-])label(?:$|[\s_-])/i.test(el.getAttribute('class') ?? '')) continue;
    if (el.tagName === 'INPUT' && (el as HTMLInputElement).type === 'hidden') continue;
    let key: string | undefined;
    let attrName = '';
    // Only the attributes the element has (one call, rather than eleven lookups of mostly absent ones).
    const names = el.getAttributeNames();
    for (const a of ATTRS) {
      if (!names.includes(a)) continue;
      let v = el.getAttribute(a);
      // aria-labelledby names the label element; ARIA labels are words ("手机号码"), not field ids.
      if (a === 'aria-labelledby' && v) {
        const target = lookupRoot(el).getElementById(v.split(/\s+/)[0] ?? '');
        // A combobox labelled by its own shown choice (select2's rendered selection, inside it) names no field:
        // that text is the value ("客户" chosen from 准客户 / 客户), not a label (docs/adapters.md).
        v = target && !el.contains(target) ? target.textContent : null;
      }
      const aria = a.startsWith('aria-');
      key = v ? (aria ? ariaKey(v) : keyForAttribute(v)) : undefined;
      if (key) {
        attrName = a;
        break;
      }
    }
    if (!key) continue;
    const attrValue = el.getAttribute(attrName) ?? '';
    // The innermost element carrying the same field name holds the value (the outer one also holds the label).
    if (el.firstElementChild && sameNameInside(all, i, attrName, attrValue)) continue;
    if (isExcludedRegion(el, regions) || isInListRow(el)) continue;
    const hidden = isHidden(el, env.cache);
    const lines = linesOfValue(el, key, hidden, env);
    // A row named after the field that shows only its label ("Member of:") has no value.
    if (lines.length === 0 || (lines.length === 1 && /[:：]\s*$/.test(lines[0] ?? ''))) continue;
    out.push(...splitTypedPhones({ key, label: attrValue, lines, el, via: 'attribute', hidden }));
  }
}

// "会员卡号 VIP-2231", "Member No. M-4410" in a head line: a code label and a code, with no colon between them.
const SPACED_CODE =
  /^\s*(\S[^:：\n]{0,15}?)\s+((?=[A-Za-z0-9_./-]*\d)(?=[A-Za-z0-9_./-]*[A-Za-z-])[A-Za-z0-9][A-Za-z0-9_./-]{3,39})\s*$/;

// A subtitle of facts joined by dots or bars ("客户编号 C-2024-118 · 跟进中 · 最近联系 2 天前"): each part alone.
const FACT_SEPARATOR = /\s+[·•|｜]\s+/;
const HAS_DIGIT = /\d/;
const NOT_SPACE = /\S/;

function spacedCode(text: string): RegExpExecArray | null {
  // A code holds a digit: most texts hold none, and are not matched at all.
  if (!HAS_DIGIT.test(text)) return null;
  if (text.length <= 60) {
    const whole = SPACED_CODE.exec(text);
    if (whole) return whole;
  }
  if (!FACT_SEPARATOR.test(text)) return null;
  for (const part of text.split(FACT_SEPARATOR)) {
    const m = part.length <= 60 ? SPACED_CODE.exec(part) : null;
    if (m) return m;
  }
  return null;
}

// A part of a fact line that is a date's label and a date, with no colon ("… · Menang · Tanggal Kontrak 02/10/2025").
const SPACED_DATE = /^\s*(\S[^:：\n\d]{0,28}?)\s+(\d{1,4}[./-]\d{1,2}[./-]\d{1,4})\s*$/;

function spacedDate(text: string): RegExpExecArray | null {
  if (!FACT_SEPARATOR.test(text)) return null;
  for (const part of text.split(FACT_SEPARATOR)) {
    const m = SPACED_DATE.exec(part);
    const key = m ? keyForLabel(normalizeLabel(m[1] ?? '')) : undefined;
    if (m && (key === 'signDate' || key === 'birthDate')) return m;
  }
  return null;
}

// A line's last part that is a label with its value in the next element ("Spoločnosť: <a>Firma s.r.o.</a>").
const TRAILING_LABEL = /^\s*([^:：\n]{1,20}?)\s*[:：]\s*$/;

/** A block's whole line is this label text and the one element after it ("<p>पता: <span>…</span></p>"). */
function lineOfLabelAndValue(node: Text): boolean {
  const parent = node.parentElement;
  const value = node.nextSibling;
  if (!parent || !value || value.nodeType !== 1 || !/^(?:P|DIV|LI|DD|TD)$/.test(parent.tagName)) return false;
  const blank = (n: ChildNode | null) => !!n && n.nodeType === 3 && (n.nodeValue ?? '').trim() === '';
  let before = node.previousSibling;
  while (blank(before)) before = before?.previousSibling ?? null;
  let after = value.nextSibling;
  while (blank(after)) after = after?.nextSibling ?? null;
  return !before && !after;
}

/** The element right after a text node when it is a short value (a linked company), or null. */
function elementAfter(node: Text): Element | null {
  const next = node.nextSibling;
  if (!next || next.nodeType !== 1) return null;
  const el = next as Element;
  if (!/^(?:A|SPAN|B|STRONG|EM|BDI|CODE)$/.test(el.tagName) || el.childElementCount > 0) return null;
  const text = (el.textContent ?? '').trim();
  return text && text.length <= 80 ? el : null;
}

// A fact stating someone's relation to the customer ("Subscriber Relationship: spouse", "与客户关系：配偶"): the box
// holding it is that person's (a policy the spouse holds, with its plan and the spouse's phone).
const RELATION_STATEMENT =
  /^[^:：]{0,30}?(?:relationship|relation|beziehung|relación|relação|关系|關係|続柄)\s*[:：]\s*(?:spouse|wife|husband|partner|mother|father|parent|son|daughter|child|sister|brother|relative|guardian|friend|配偶|妻子|丈夫|爱人|父亲|母亲|儿子|女儿|子女|父母|兄弟|姐妹|监护人|亲属|朋友)$/i;

function statesRelation(text: string): boolean {
  return text.split(FACT_SEPARATOR).some((part) => RELATION_STATEMENT.test(part.trim()));
}

// A pre-formatted block (a lead's description, a pasted note) of "Label : value" lines, one field a line.
const PRE_LINE = /^\s*([^:：\n]{1,30}?)\s*[:：]\s*(\S.{0,200})$/;

/** The "Label : value" lines of a pre-formatted text, read as label / value pairs (two or more, or none). */
function fromPreformatted(node: Text, env: ReadEnv, regions: RegionCache, out: Candidate[]): boolean {
  const el = node.parentElement;
  const text = node.nodeValue ?? '';
  if (!el || !text.includes('\n') || text.length > 4000) return false;
  const pre = el.closest('pre') ?? (/white-space\s*:\s*pre/i.test(el.getAttribute('style') ?? '') ? el : null);
  const note = isFieldLinesNote(el, regions);
  if ((!pre && !note) || (!note && isExcludedRegion(el, regions)) || isInListRow(el)) return false;
  const pairs = text
    .split(/\r?\n/)
    .map((line) => PRE_LINE.exec(line))
    .filter((m): m is RegExpExecArray => m !== null);
  if (pairs.length < 2) return false;
  const hidden = isHidden(el, env.cache);
  for (const m of pairs) {
    const label = normalizeLabel(m[1] ?? '');
    const value = (m[2] ?? '').trim();
    const key = keyUnderTypeWord(keyForValue(hitKey(label), label, value), label, [value]);
    if (!key || key === 'type' || (note && !NOTE_FIELDS.has(key))) continue;
    const via = note ? 'inline' : 'label';
    out.push(...splitTypedPhones({ key, label: (m[1] ?? '').trim(), lines: [value], el, via, hidden }));
  }
  return true;
}

// A note box (class note / notes / memo) shown line by line, and the contact facts read from its field lines.
const NOTE_CLASS = new RegExp(`(?:^|[\\s_-])(?:${wordAlternatives(pageWords('noteClass'))})(?:$|[\\s_-])`, 'i');
const NOTE_FIELDS = new Set(['mobile', 'phone', 'email', 'birthDate']);

/**
 * A contact's own note kept as field lines ("手機：…", "Email：…" in a chat profile's notebook), its lines shown as
 * written (white-space: pre-line): its mobile, phone, e-mail and birthday are the contact's, read after the record's own
 * fields. Only the note box itself may be what excludes it (not a stream or a related list around it): docs/adapters.md,
 * "Round 17: whose record / whole records".
 */
function isFieldLinesNote(el: Element, regions: RegionCache): boolean {
  if (!NOTE_CLASS.test(el.getAttribute('class') ?? '')) return false;
  if (el.parentElement && isExcludedRegion(el.parentElement, regions)) return false;
  const view = el.ownerDocument.defaultView;
  return !!view && /^pre/.test(view.getComputedStyle(el).whiteSpace);
}

/** A name's or company's value followed by its contact line in parts ("Huron Dental · (313) 555-0116"): the name. */
function withoutContactParts(key: string, value: string): string {
  if (key !== 'company' && key !== 'name' && key !== 'owner') return value;
  const parts = value.split(FACT_SEPARATOR);
  return parts.length > 1 && parts.slice(1).every((p) => CONTACT_LINE.test(p.trim())) ? (parts[0] ?? value) : value;
}

function fromInlineText(texts: Text[], env: ReadEnv, regions: RegionCache, out: Candidate[]): void {
  for (const node of texts) {
    const text = node.nodeValue ?? '';
    // The spaces between elements (most of a page's texts) say nothing; the tests below would scan them over and over.
    if (!NOT_SPACE.test(text)) continue;
    if (text.includes('\n') && /[:：]/.test(text) && fromPreformatted(node, env, regions, out)) continue;
    if (text.length > 240) continue;
    const colon = /[:：]/.test(text);
    if (colon && statesRelation(text) && node.parentElement && !isExcludedRegion(node.parentElement, regions)) {
      const el = node.parentElement;
      out.push({
        key: OTHER_PERSON_KEY,
        label: 'relation',
        lines: [],
        el,
        via: 'inline',
        hidden: isHidden(el, env.cache),
      });
      continue;
    }
    // A line of facts each "Label：value" ("学员编号：XB20250931 ｜ 在读课程：… ｜ 剩余课时：48"): the record's code among
    // them (its other facts stay unread, as in an agent's card "分机：… · 手机：…").
    if (colon && codeAmongFacts(node, text, env, regions, out)) continue;
    let m = colon ? INLINE.exec(text) : text.length <= 120 ? spacedCode(text) : null;
    const dated = !m && !colon && text.length <= 200 ? spacedDate(text) : null;
    if (dated) m = dated;
    let valueEl: Element | null = null;
    // A line in parts whose last part is a label of the element right after it ("Kontakt · Spoločnosť: <a>…</a>");
    // its other "Label: value" parts stay unread (an agent's card "分机：… · 手机：…", a ticket's "#2201 · Contact: …").
    if (!m && colon) {
      const parts = text.split(FACT_SEPARATOR);
      const last = parts[parts.length - 1] ?? '';
      const trailing = TRAILING_LABEL.exec(last);
      // Alone on its line, a code label reads the element after it ("رقم العميل: <bdi>#000318</bdi>"), an owner's label
      // its staff member's chip or link in a record's head line ("负责人：<span class=chip>…</span>"); another label only
      // when the line is that label and that element alone ("<p>Mobile: <span>+91 …</span></p>").
      const alone = trailing && parts.length === 1 ? keyForLabel(normalizeLabel(trailing[1] ?? '')) : undefined;
      if (trailing && parts.length === 1 && alone !== 'customerId' && alone !== 'owner' && !lineOfLabelAndValue(node))
        continue;
      if (trailing && (valueEl = elementAfter(node)))
        m = [last, trailing[1] ?? '', (valueEl.textContent ?? '').trim()] as unknown as RegExpExecArray;
    }
    // A code label with no colon and its code in the element right after it ("客户号 <b>2207 5590 1184</b> · …"):
    // only the customer's code (checked below), from a line's last part.
    if (!m && !colon && text.length <= 60) {
      const parts = text.split(FACT_SEPARATOR);
      const last = (parts[parts.length - 1] ?? '').trim();
      if (last && last.length <= 20 && (valueEl = elementAfter(node)))
        m = [last, last, (valueEl.textContent ?? '').trim()] as unknown as RegExpExecArray;
    }
    if (!m) continue;
    const label = normalizeLabel(m[1] ?? '');
    const key = keyForLabel(label) ?? (colon ? remarkName(label, m[2] ?? '') : undefined);
    // Without a colon only the customer's code reads so (a code has letters and digits; words never do).
    if (!colon && !dated && (key !== 'customerId' || keyForValue(key, label, m[2] ?? '') !== 'customerId')) continue;
    // With a colon too, a value no code can be ("Number: +1 206-555-0100") is none.
    if (colon && key === 'customerId' && keyForValue(key, label, m[2] ?? '') === '') continue;
    const parent = node.parentElement;
    if (!key || !parent || /^(SCRIPT|STYLE|TEMPLATE|TEXTAREA|OPTION)$/.test(parent.tagName)) continue;
    if (isExcludedRegion(parent, regions) || isInListRow(parent)) continue;
    out.push({
      key,
      label: (m[1] ?? '').trim(),
      lines: [withoutContactParts(key, colon ? valueBeforeNextPair(m[2] ?? '') : (m[2] ?? ''))],
      el: valueEl ?? parent,
      via: 'inline',
      hidden: isHidden(parent, env.cache),
    });
  }
}

/**
 * A line "备注：郑晓岚" (a remark) under a WeCom / WeChat contact's nickname: the remark name the company set, the
 * customer's name — only a line of its own holding a Chinese personal name (a remark in a row of fields is a note).
 */
function remarkName(label: string, value: string): string | undefined {
  return label === '备注' && isChineseName(value) ? 'name' : undefined;
}

/** The customer's code as one part of a line of "Label：value" facts, read as that field; false when none. */
function codeAmongFacts(node: Text, text: string, env: ReadEnv, regions: RegionCache, out: Candidate[]): boolean {
  const parts = text.trim().split(FACT_SEPARATOR);
  if (parts.length < 2) return false;
  const pairs = parts.map((p) => INLINE.exec(p));
  if (pairs.some((m) => !m)) return false;
  const parent = node.parentElement;
  if (!parent || /^(SCRIPT|STYLE|TEMPLATE|TEXTAREA|OPTION)$/.test(parent.tagName)) return false;
  if (isExcludedRegion(parent, regions) || isInListRow(parent)) return false;
  const code = pairs.find((m) => {
    const label = normalizeLabel(m?.[1] ?? '');
    return keyForLabel(label) === 'customerId' && keyForValue('customerId', label, m?.[2] ?? '') === 'customerId';
  });
  if (!code) return false;
  out.push({
    key: 'customerId',
    label: (code[1] ?? '').trim(),
    lines: [valueBeforeNextPair(code[2] ?? '')],
    el: parent,
    via: 'inline',
    hidden: isHidden(parent, env.cache),
  });
  return true;
}

// An icon glyph written before the value in one text ("✉ ann@x.example", "☏ +1 207-555-0100").
const ICON_TEXT = /^\s*(✉️?|📧|📨|☎️?|📞|☏|📱|🏢|🏬|📍|🏠|📌)\uFE0F?\s*(\S[\s\S]{0,200})$/u;
// The first UTF-16 unit ICON_TEXT can start with after spaces (✉ ☎ ☏, and the surrogates of the emoji): most texts of
// a page start otherwise and are not matched at all (trimStart drops what \s does).
const ICON_START = new Set([0x2709, 0x260e, 0x260f, 0xd83c, 0xd83d]);

/** Values written after an icon glyph in the same text, in no labelled row. */
function fromIconText(texts: Text[], env: ReadEnv, regions: RegionCache, out: Candidate[]): void {
  for (const node of texts) {
    const text = node.nodeValue ?? '';
    if (text.length > 240 || !ICON_START.has(text.trimStart().charCodeAt(0))) continue;
    const m = ICON_TEXT.exec(text);
    const key = m ? keyForLabel(m[1] ?? '') : undefined;
    const parent = node.parentElement;
    if (!m || !key || !parent || /^(SCRIPT|STYLE|TEMPLATE|TEXTAREA|OPTION)$/.test(parent.tagName)) continue;
    if (isExcludedRegion(parent, regions) || isInListRow(parent)) continue;
    const value = (m[2] ?? '').trim();
    if (key === 'address' && !/\d/.test(value)) continue;
    out.push({
      key,
      label: m[1] ?? '',
      lines: [value],
      el: parent,
      via: 'inline',
      hidden: isHidden(parent, env.cache),
    });
  }
}

// A type word written AFTER its value, in an element of its own (icon rows of help-desk side columns:
// "<span>(512) 555-0198</span> <span>mobile</span>", "<a href=tel:…>…</a><span>Work</span>").
// Icon-font classes of contact lines (Semantic UI "phone icon", Font Awesome fa-envelope, el-icon-phone, anticon-mail).
const ICON_KEYS: [RegExp, string][] = [
  [/(?:^|[\s_-])(?:phone|telephone|mobile|tel)(?:$|[\s_-]|-alt)/i, 'phone'],
  [/(?:^|[\s_-])(?:mail|email|e-mail|envelope)(?:$|[\s_-]|-o\b)/i, 'email'],
];
// Case as written: the class words of icon fonts are lower case.
const ICON_CLASS = /phone|mail|envelope|mobile/;
const ICON_PHONE = /^[+＋]?[\d\s()（）.-]{7,}$/;

/**
 * A contact line labelled only by its icon (<i class="phone icon"></i><div class=content>(555) 010-2233</div>): the
 * value written after an empty icon whose class names the field, of that field's shape only.
 */
function fromIconClasses(body: Scope, env: ReadEnv, regions: RegionCache, out: Candidate[]): void {
  // From the scope's walk (utils/extract/walk.ts): the empty elements with a class, then the class words.
  for (const el of elementsWithAttribute(body, env.walks, ['class'])) {
    if (el.childElementCount > 0 || !ICON_CLASS.test(el.getAttribute('class') ?? '')) continue;
    if (textOf(el).trim() !== '') continue;
    const cls = el.getAttribute('class') ?? '';
    const key = ICON_KEYS.find(([re]) => re.test(cls))?.[1];
    if (!key || isExcludedRegion(el, regions) || isInListRow(el)) continue;
    // Inside a tel: or mailto: link the link is the value, read with its type by the other readers.
    if (el.closest('a[href^="tel:"], a[href^="mailto:"]')) continue;
    let value = readAfter(el);
    const next = el.nextElementSibling;
    if (!value && next && next.nextElementSibling === null) value = readLines(next, false, env.cache).join(' ');
    value = value.trim();
    if (key === 'phone' ? !ICON_PHONE.test(value) : !EMAIL_SHAPE.test(value)) continue;
    out.push({ key, label: 'icon', lines: [value], el, via: 'inline', hidden: isHidden(el, env.cache) });
  }
}

const TYPE_TAG = new RegExp(`^(?:${TYPE_WORDS}|fax|传真)$`, 'i');
// "本人" (the customer's own number, typed by its shape); 家人/家属 name someone else's and are no type here.
const SELF_TAG = new RegExp(`^(?:${SELF_WORD}(?:手机|电话)?|self|own)$`, 'i');
const PHONE_SHAPE = /^[+＋]?[\d\s()（）.-]{7,}$/;

/** The value before a type tag: a phone number (typed by the tag) or an e-mail address. */
// What `querySelectorAll('span, small, em, i, div, label')` matches, by local name.
const TYPE_TAG_ELEMENTS = new Set(['span', 'small', 'em', 'i', 'div', 'label']);

function fromTypeTags(body: Scope, env: ReadEnv, regions: RegionCache, out: Candidate[]): void {
  for (const tag of elementsIn(body, env.walks)) {
    if (tag.childElementCount > 0 || !TYPE_TAG_ELEMENTS.has(tag.localName)) continue;
    // The sibling first: two property reads rule out most elements before their text is read.
    const prev = tag.previousElementSibling;
    if (!prev || prev.childElementCount > 1) continue;
    const word = typeWordOf(textOf(tag));
    const self = SELF_TAG.test(word);
    if (!word || word.length > 12 || !(self || TYPE_TAG.test(word)) || FAX.test(word) || OTHER_TYPE.test(word))
      continue;
    const value = textOf(prev).replace(/\s+/g, ' ').trim();
    const phone = PHONE_SHAPE.test(value) && (value.match(/\d/g)?.length ?? 0) >= 7;
    const email = /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value);
    if (!phone && !email) continue;
    if (isExcludedRegion(prev, regions) || isInListRow(prev)) continue;
    const mobile = MOBILE_TYPE.test(word) || ((self || MAIN_TYPE.test(word)) && CN_MOBILE_WRITTEN.test(value));
    const key = email ? 'email' : mobile ? 'mobile' : 'phone';
    out.push({ key, label: word, lines: [value], el: prev, via: 'inline', hidden: isHidden(prev, env.cache) });
  }
}

/** An icon whose title names the field, followed by the value: `<i class="fa-phone" title="Mobile"></i> 138…`. */
function fromIconTitles(body: Scope, env: ReadEnv, regions: RegionCache, out: Candidate[]): void {
  for (const el of elementsWithAttribute(body, env.walks, ['title'])) {
    if (el.childElementCount > 0 || textOf(el).trim() !== '') continue;
    const title = el.getAttribute('title') ?? '';
    if (title.length > 120) continue;
    // "EMail : orders@x.example" in the title itself, or the title names the value written after the icon.
    const inline = INLINE.exec(title);
    const inlineKey = inline ? keyForLabel(normalizeLabel(inline[1] ?? '')) : undefined;
    const key = inlineKey ?? keyForLabel(normalizeLabel(title));
    if (!key || isExcludedRegion(el, regions) || isInListRow(el)) continue;
    let value = inlineKey ? (inline?.[2] ?? '') : readAfter(el);
    const parent = el.parentElement;
    if (!value && parent && /^(A|SPAN|B|I)$/.test(parent.tagName) && (parent.textContent ?? '').trim() === '')
      value = readAfter(parent);
    // A bare country or city after a map pin is not an address: ask for a number (street, postcode).
    if (!value || (key === 'address' && !/\d/.test(value))) continue;
    out.push({
      key,
      label: inlineKey ? (inline?.[1] ?? '').trim() : title,
      lines: [value],
      el,
      via: 'inline',
      hidden: isHidden(el, env.cache),
    });
  }
}

/**
 * The numbers of a table of typed numbers (number-table.ts), each the record's mobile or landline by its type, and the
 * e-mail of a table of typed addresses.
 */
function fromNumberTables(body: Scope, env: ReadEnv, regions: RegionCache, out: Candidate[]): void {
  const tables = elementsByTag(body, env.walks, ['table']) ?? listOf(body.querySelectorAll('table'));
  for (const table of tables) {
    if (isExcludedRegion(table, regions)) continue;
    for (const n of numbersOfTable(table as HTMLTableElement))
      out.push({
        key: n.key,
        label: n.type,
        lines: [n.value],
        el: n.cell,
        via: 'inline',
        hidden: isHidden(n.cell, env.cache),
      });
  }
}

function fromRecordIdInputs(body: Scope, env: ReadEnv, regions: RegionCache, out: Candidate[]): void {
  for (const input of elementsByTag(body, env.walks, ['input']) ?? listOf(body.querySelectorAll('input'))) {
    const name = (input.getAttribute('name') ?? '').toLowerCase();
    const id = (input.getAttribute('id') ?? '').toLowerCase();
    if (!RECORD_ID_INPUTS.has(name) && !RECORD_ID_INPUTS.has(id) && !(name === 'id' && /customer|record/.test(id)))
      continue;
    const hidden = isHidden(input, env.cache);
    if (!hidden || input.closest('template')) continue;
    if (isExcludedRegion(input, regions)) continue;
    const value = readControl(input).trim();
    if (!/^[A-Za-z0-9-]{1,64}$/.test(value)) continue;
    out.push({ key: 'customerId', label: name || id, lines: [value], el: input, via: 'record-id', hidden: true });
  }
}

/**
 * Every candidate of the scopes, one reader at a time: each `yield` is a point where a caller may give the page its
 * turn (utils/extract/sliced.ts) on a page of thousands of elements.
 */
export function* collectSteps(scopes: Scope[], env: ReadEnv, regions: RegionCache): Steps<Candidate[]> {
  const out: Candidate[] = [];
  for (const scope of scopes) {
    // One walk of the scope's texts for the three text readers. It leaves out the large excluded regions (a long
    // activity stream); each reader drops whatever else it finds inside an excluded region.
    const texts = labelWalk(scope, (el) => isExcludedRegion(el, regions), env);
    yield;
    fromLabels(scope, env, regions, out, texts);
    yield;
    fromAttributes(scope, env, regions, out);
    yield;
    fromInlineText(texts, env, regions, out);
    fromIconTitles(scope, env, regions, out);
    yield;
    fromIconClasses(scope, env, regions, out);
    fromIconText(texts, env, regions, out);
    yield;
    fromTypeTags(scope, env, regions, out);
    fromNumberTables(scope, env, regions, out);
    yield;
    fromRecordIdInputs(scope, env, regions, out);
    yield;
    fromShapes(scope, texts, env, regions, isLabelWord, out);
  }
  // A closed dialog, an inert or aria-hidden part, a template, an off-screen clone: never the record.
  return out.filter((c) => !isNeverShown(c.el, env.never));
}
