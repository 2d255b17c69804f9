// Values read by their shape when the label beside them is a word this reader does not know (docs/adapters.md,
// "Values by their shape"): an e-mail address, a phone number written as one (or a tel: link), a national id that
// passes its own check. The label still decides whose the value is: a known word (an owner's, a fax, a company's)
// keeps it from the customer; an unknown one leaves the shape to say the field.
import { normalizeLabel } from '../../core/normalize/text';
import type { Scope } from '../composed';
import { isHidden, readControl, textOf } from '../dom';
import { listOf } from '../list';
import { isUserLabel } from '../page-kind';
import type { ReadEnv } from '../types';
import { elementsByTag } from '../walk';
import type { Candidate } from './collect';
import { isExcludedRegion, isInListRow, type RegionCache } from './regions';
import { digitCount, shapeKeyMemo } from './value-shape';

// Labels (in the languages this reader knows) saying the value is not the customer's own: a fax, someone else's, the
// system's or the company's, a record's bookkeeping.
const NOT_THEIRS =
  /fax|telefax|faks|факс|φαξ|ファクス|ファックス|팩스|传真|傳真|emergency|urgence|emergencia|notfall|紧急|緊急|created|modified|updated|changed|assigned|owner|agent|manager|handler|support|helpdesk|hotline|service desk|sender|reply|\bcc\b|\bbcc\b|\bfrom\b|referr|referee|guarantor|guardian|spouse|mother|father|parent|relative|kin\b|assistant|secretary|supervisor|employee|staff|\buser\b|login|\bmy\b|\bour\b|创建|修改|更新|负责|負責|客服|售后|售後|热线|熱線|总机|總機|推荐|推薦|介绍|介紹|担保|擔保|监护|監護|家属|家屬|亲属|親屬|配偶|联系人|聯絡人|员工|員工|坐席|座席|销售|銷售|我的/i;

// Tags whose text is never a value of the record (scripts, styles, a select's options, the tab's title).
const NOT_VALUE_PARENT = /^(?:SCRIPT|STYLE|TEMPLATE|NOSCRIPT|TEXTAREA|OPTION|TITLE|BUTTON)$/;
// "Label: value" in one text (a label with no element of its own).
const INLINE = /^\s*([^:：\n]{1,30}?)\s*[:：]\s*(\S[\s\S]{0,80})$/;
const INPUT_TYPES = /^(?:|text|email|tel|search|url)$/i;

const BLOCKS =
  'div, p, dl, dt, dd, table, tr, td, th, ul, ol, li, br, input, select, textarea, section, form, h1, h2, h3';
const spaced = (text: string) => text.replace(/\s+/g, ' ').trim();

/** An element that only decorates (a line break, an empty icon): no label. */
function isDecoration(el: Element): boolean {
  if (el.tagName === 'BR' || el.tagName === 'HR') return true;
  return textOf(el).trim() === '' && el.querySelector('input, select, textarea') === null;
}

/** The text between `el`'s previous element sibling and `el` (a bare "Label:" before the value's element). */
function textRightBefore(el: Element): string {
  let text = '';
  for (let n = el.previousSibling; n && n.nodeType !== 1; n = n.previousSibling)
    if (n.nodeType === 3) text = (n.nodeValue ?? '') + text;
  return spaced(text);
}

/** Text after `el` in its parent, up to the end (a note or another value beside it). */
function textAfter(el: Element): boolean {
  for (let n = el.nextSibling; n; n = n.nextSibling) {
    if (n.nodeType === 3 && (n.nodeValue ?? '').trim() !== '') return true;
    if (n.nodeType === 1 && textOf(n as Element).trim() !== '') return true;
  }
  return false;
}

/**
 * The label written beside a value element, as text: the `<label for>` of a control, the element before it (a `dt`,
 * a `th` or first cell, a caption box), or a bare "Label:" right before it — climbing while the value is all its
 * parent shows. '' when the value stands alone or beside other values (no pair).
 */
export function labelTextBeside(value: Element): string {
  const id = value.getAttribute('id');
  if (id && /^(?:INPUT|SELECT|TEXTAREA)$/.test(value.tagName)) {
    const root = value.getRootNode() as Document | ShadowRoot;
    const own = typeof root.querySelector === 'function' ? root.querySelector(`label[for="${CSS.escape(id)}"]`) : null;
    if (own) return spaced(textOf(own));
  }
  let cur: Element = value;
  for (let depth = 0; depth < 4; depth++) {
    const bare = textRightBefore(cur);
    if (bare) return /[:：]$/.test(bare) ? bare : '';
    let prev = cur.previousElementSibling;
    while (prev && isDecoration(prev)) prev = prev.previousElementSibling;
    // A label is one line of its own (inline parts at most); a box of fields or lines before the value is no label.
    if (prev) return prev.querySelector(BLOCKS) ? '' : spaced(textOf(prev));
    const parent: Element | null = cur.parentElement;
    if (!parent || parent.tagName === 'BODY' || textAfter(cur)) return '';
    cur = parent;
  }
  return '';
}

/**
 * What a label beside a shaped value says: the label as written when it is a word this reader does not know (the
 * shape names the field), '' when it is no label (a value, a long text: the value stands alone), null when it is a
 * known word or names someone else (the labelled reader, or nobody, takes the value).
 */
export function unknownLabel(text: string, isKnown: (label: string) => boolean): string | null {
  const written = text.replace(/[:：]\s*$/, '').trim();
  const label = normalizeLabel(written);
  if (!label || label.length > 40 || !/\p{L}/u.test(label) || /@|\d{4}/.test(label)) return '';
  if (isKnown(label) || isUserLabel(label) || NOT_THEIRS.test(label)) return null;
  return written;
}

/**
 * Shaped values of the scope outside excluded regions and list rows, shown (never hidden content): one candidate per
 * value element, via 'shape', keyed by the shape; `label` is the unknown label beside it, '' when none (such a value
 * is counted, never taken: a second e-mail in a note makes the one in a pair unsure). Values beside a known label
 * are the labelled reader's and are left out.
 */
export function fromShapes(
  scope: Scope,
  texts: Text[],
  env: ReadEnv,
  regions: RegionCache,
  isKnown: (label: string) => boolean,
  out: Candidate[],
): void {
  const doc = 'ownerDocument' in scope && scope.ownerDocument ? scope.ownerDocument : null;
  const lang = doc?.documentElement?.getAttribute('lang') ?? '';
  const seen = new Set<Element>();
  const push = (el: Element, key: string, value: string, label: string) => {
    if (isExcludedRegion(el, regions) || isInListRow(el) || isHidden(el, env.cache)) return;
    out.push({ key, label, lines: [value], el, via: 'shape', hidden: false });
  };
  for (const node of texts) {
    const raw = node.nodeValue ?? '';
    // Most texts of a page hold neither an '@' nor seven digits: passed over before anything else is asked.
    if (raw.length < 6 || raw.length > 160 || (!raw.includes('@') && digitCount(raw) < 7)) continue;
    const parent = node.parentElement;
    if (!parent || NOT_VALUE_PARENT.test(parent.tagName) || seen.has(parent)) continue;
    const text = spaced(raw);
    const href = parent.tagName === 'A' ? (parent.getAttribute('href') ?? '') : '';
    const key = shapeKeyMemo(text, lang, /^tel:/i.test(href));
    if (key) {
      // The value alone in its element (not a sentence, not a line of several facts).
      if (spaced(textOf(parent)) !== text) continue;
      seen.add(parent);
      const label = unknownLabel(labelTextBeside(parent), isKnown);
      if (label !== null) push(parent, key, text, label);
      continue;
    }
    // "Label: value" in one text, under a label this reader does not know.
    const inline = text.includes(':') || text.includes('：') ? INLINE.exec(text) : null;
    const value = inline?.[2]?.trim() ?? '';
    const inlineKey = value ? shapeKeyMemo(value, lang) : null;
    if (!inline || !inlineKey || spaced(textOf(parent)) !== text) continue;
    seen.add(parent);
    const label = unknownLabel(inline[1] ?? '', isKnown);
    if (label !== null) push(parent, inlineKey, value, label);
  }
  // Filled form controls (label + input forms): their values are no text of the page.
  for (const input of elementsByTag(scope, env.walks, ['input']) ?? listOf(scope.querySelectorAll('input'))) {
    const type = input.getAttribute('type') ?? '';
    if (!INPUT_TYPES.test(type)) continue;
    const value = spaced(readControl(input));
    const key = value.length >= 6 ? shapeKeyMemo(value, lang, /^tel$/i.test(type)) : null;
    if (!key) continue;
    const label = unknownLabel(labelTextBeside(input), isKnown);
    if (label !== null) push(input, key, value, label);
  }
}
