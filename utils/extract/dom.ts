// Reading the page: visible text only, never a password field, never markup. Nothing is written.
import { composedParent } from './composed';
import { listOf } from './list';

const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'TEMPLATE',
  'NOSCRIPT',
  'SVG',
  'BUTTON',
  'SELECT',
  'INPUT',
  'TEXTAREA',
  'OPTION',
  'IFRAME',
  'OBJECT',
  'HEAD',
  'TITLE',
  'META',
  'LINK',
  // Ruby annotations (furigana, pinyin) over a name are a reading aid, not the value: 佐藤<rt>さとう</rt> is 佐藤.
  'RT',
  'RP',
]);
const BLOCK_TAGS = new Set([
  'DIV',
  'P',
  'LI',
  'UL',
  'OL',
  'TR',
  'TABLE',
  'TBODY',
  'SECTION',
  'ARTICLE',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'DT',
  'DD',
  'DL',
  'FORM',
  'HEADER',
  'FOOTER',
  'BLOCKQUOTE',
  'PRE',
  'ADDRESS',
  'FIELDSET',
]);
const HIDDEN_CLASS =
  /(?:^|\s)(?:hidden|d-none|hide|slds-hide|is-hidden|sr-only|visually-hidden|slds-assistive-text|assistive-text|ng-hide|x-hidden|layui-hide)(?:\s|$)/;
// Avatars (an initial letter) and icon glyphs are not part of a value; nor is a copy action after it (antd's
// ant-typography-copy, a copy-btn: "1060023517<a>复制</a>").
const DECORATION_CLASS = /(?:^|[\s_-])(?:avatar|icon|anticon|glyphicon)(?:$|[\s_-])|(?:^|\s)fa[srlbd]?(?:\s|$)/i;
// A description under a value, after the value's own text (TDesign's t-cell__description "距网点 6.4 km" under an
// address): a note about the value, no part of it.
const VALUE_NOTE_CLASS = /(?:^|\s)[\w-]*__description(?:\s|$)/;
function isNoteAfterText(e: Element): boolean {
  if (!VALUE_NOTE_CLASS.test(e.getAttribute('class') ?? '')) return false;
  for (let n = e.previousSibling; n; n = n.previousSibling)
    if (n.nodeType === 3 && (n.nodeValue ?? '').trim()) return true;
  return false;
}
// A link or a span classed or worded as "copy" after a value, with a word or an icon only.
const COPY_CLASS = /(?:^|[\s_-])copy(?:$|[\s_-])/i;
const COPY_ACTION = /^(?:复制|複製|拷贝|一键复制|copy|kopieren|copier|copiar|copia|копировать|コピー|복사)?$/i;
// (A leaf's text only: asked of every link and span read, never of a whole subtree.)
function isCopyAction(e: Element, tag: string): boolean {
  if ((tag !== 'A' && tag !== 'SPAN') || e.childElementCount > 1) return false;
  const classed = COPY_CLASS.test(e.getAttribute('class') ?? '');
  if (!classed && e.childElementCount > 0) return false;
  const text = (e.textContent ?? '').trim();
  return COPY_ACTION.test(text) && (classed || text !== '');
}
const READABLE_INPUT = /^(?:text|tel|email|search|url|number|date|datetime-local|month|week|time|)$/;

/** Caches visibility per element for one extraction pass. */
export type HiddenCache = Map<Element, boolean>;

// Inline styles that take an element off the screen (an off-screen clone, a measuring copy).
const OFF_SCREEN =
  /(?:^|;)\s*(?:(?:left|top|right)\s*:\s*-\d{4,}px|transform\s*:\s*translate[xy3d]*\(\s*-\d{4,}px|clip\s*:\s*rect\(\s*0(?:px)?[\s,]+0(?:px)?[\s,]+0(?:px)?[\s,]+0(?:px)?\s*\)|opacity\s*:\s*0(?:\.0+)?\s*(?:;|$)|(?:width|height)\s*:\s*0(?:px)?\s*;[^]*?overflow\s*:\s*hidden)/i;

/**
 * Hidden for good: what the agent can never see and that is never part of the record, even when an
 * adapter allows hidden parts (a closed dialog, an inert or aria-hidden subtree, a template, an
 * off-screen clone, a closed modal). See docs/adapters.md ("Hidden content").
 */
export function neverShownBySelf(el: Element): boolean {
  const tag = el.tagName;
  if (tag === 'TEMPLATE' || tag === 'NOSCRIPT') return true;
  if (tag === 'DIALOG' && !el.hasAttribute('open')) return true;
  if (el.hasAttribute('inert')) return true;
  if (el.getAttribute('aria-hidden') === 'true' && el.childElementCount > 0) return true;
  const style = el.getAttribute('style');
  if (style && OFF_SCREEN.test(style)) return true;
  const cls = el.getAttribute('class');
  if (
    cls &&
    /(?:^|\s)(?:modal|ant-modal-wrap|el-dialog__wrapper|el-overlay|layui-layer|ant-drawer|el-drawer__wrapper)(?:\s|$)/.test(
      cls,
    ) &&
    /display\s*:\s*none/i.test(style ?? '')
  )
    return true;
  return false;
}

// A layout's tab panes (div.tab, .tab-panel, .tabpage…): the one marked current / active / selected is open; its
// siblings of the same class are hidden by the stylesheet (OpenEMR's `#DEM .tab{display:none}`).
const TAB_PANE = /(?:^|\s)(tab|tab-?pane|tab-?panel|tab-?page|tab-?body|tab-?item-?content)(?=\s|$)/i;
const OPEN_TAB = /(?:^|\s)(?:current|active|selected|show|open|on|is-active|is-current)(?:\s|$)/i;

function closedTabPane(el: Element, cls: string): boolean {
  const pane = TAB_PANE.exec(cls)?.[1]?.toLowerCase();
  const parent = el.parentElement;
  if (!pane || OPEN_TAB.test(cls) || !parent) return false;
  // Class tokens compared as words: no pattern built per pane (this runs on every element's hidden check).
  for (const sib of listOf(parent.children)) {
    if (sib === el) continue;
    const c = sib.getAttribute('class');
    if (c && OPEN_TAB.test(c) && c.toLowerCase().split(/\s+/).includes(pane)) return true;
  }
  return false;
}

/**
 * Drawn over the page by the page's own stylesheet: displayed, visible, fixed or absolute. A closed Bootstrap modal's
 * stylesheet says display:none; a modal's markup without any stylesheet stays in the flow (static).
 */
function drawnAsOverlay(el: Element): boolean {
  const view = el.ownerDocument.defaultView;
  if (!view) return false;
  const style = view.getComputedStyle(el);
  return (
    style.display !== 'none' &&
    style.visibility !== 'hidden' &&
    (style.position === 'fixed' || style.position === 'absolute')
  );
}

function hiddenBySelf(el: Element): boolean {
  if (el.hasAttribute('hidden') || neverShownBySelf(el)) return true;
  const style = el.getAttribute('style');
  if (style && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style)) return true;
  const cls = el.getAttribute('class');
  if (cls) {
    if (HIDDEN_CLASS.test(cls)) return true;
    // Bootstrap-style tab panes that are not the open tab: a fading one not shown, or one whose sibling is marked open
    // (closedTabPane); a lone .tab-pane no sibling marks open (AT-UI's card body) is shown.
    if (
      /(?:^|\s)tab-pane(?:\s|$)/.test(cls) &&
      /(?:^|\s)fade(?:\s|$)/.test(cls) &&
      !/(?:^|\s)(?:active|show|in)(?:\s|$)/.test(cls)
    )
      return true;
    if (closedTabPane(el, cls)) return true;
    // A Bootstrap modal that is not open (its stylesheet hides it; no inline style says so). One marked
    // aria-modal="true" is open: Bootstrap sets that only while it shows the dialog, and an app's own modal says so;
    // so is one the page's own stylesheet draws as an overlay (shown, fixed or absolute), a dialog of inputs over a list.
    if (
      /(?:^|\s)modal(?:\s|$)/.test(cls) &&
      !/(?:^|\s)(?:show|in|d-block|open|active)(?:\s|$)/.test(cls) &&
      !/display\s*:\s*block/i.test(style ?? '') &&
      el.getAttribute('aria-modal') !== 'true' &&
      !drawnAsOverlay(el)
    )
      return true;
  }
  if (el.tagName === 'INPUT' && (el as HTMLInputElement).type === 'hidden') return true;
  return false;
}

function climbCached(el: Element, test: (e: Element) => boolean, cache?: HiddenCache): boolean {
  const path: Element[] = [];
  let cur: Element | null = el;
  let result = false;
  while (cur) {
    const cached = cache?.get(cur);
    if (cached !== undefined) {
      result = cached;
      break;
    }
    path.push(cur);
    if (test(cur)) {
      result = true;
      break;
    }
    cur = composedParent(cur);
  }
  if (cache) for (const p of path) cache.set(p, result);
  return result;
}

/** True when the element or an ancestor (across shadow roots) is hidden by attribute, inline style or a well-known hiding class. */
export function isHidden(el: Element, cache?: HiddenCache): boolean {
  return climbCached(el, hiddenBySelf, cache);
}

/**
 * Not drawn because the page's own stylesheet hides it or an ancestor (display:none by a class this reader has no word
 * for, a closed <details>), asked of the browser. False where the DOM has no layout to ask (a test's DOM).
 */
export function hiddenByStylesheet(el: Element): boolean {
  // A declarative shadow root the parser kept as a <template> is read as the shadow root it declares
  // (docs/adapters.md, "Shadow roots"); its content is in no document, so there is nothing to ask.
  if (!el.isConnected) return false;
  for (let e: Element | null = el; e; e = composedParent(e)) {
    const check = (e as Element & { checkVisibility?: () => boolean }).checkVisibility;
    if (typeof check !== 'function' || check.call(e)) return false;
    // An element of display:contents (a shadow root's <slot>, a wrapper) has no box of its own, so the browser calls it
    // not visible: ask its nearest ancestor that has one.
    if (e.ownerDocument.defaultView?.getComputedStyle(e).display !== 'contents') return true;
  }
  return false;
}

/** True when the element or an ancestor is hidden for good (see neverShownBySelf): never read, whatever the rule. */
export function isNeverShown(el: Element, cache?: HiddenCache): boolean {
  return climbCached(el, neverShownBySelf, cache);
}

/** A form control's value as the agent sees it; '' for password fields, checkboxes and buttons. */
export function readControl(el: Element): string {
  if (el.tagName === 'TEXTAREA') return (el as HTMLTextAreaElement).value ?? '';
  if (el.tagName === 'SELECT') {
    const select = el as HTMLSelectElement;
    const options = listOf(select.options);
    const option = options.find((o) => o.hasAttribute('selected')) ?? options[select.selectedIndex];
    return option ? (option.textContent ?? '') : '';
  }
  if (el.tagName !== 'INPUT') return '';
  const input = el as HTMLInputElement;
  const type = (input.getAttribute('type') ?? '').toLowerCase();
  if (type === 'password' || /password/i.test(input.getAttribute('autocomplete') ?? '')) return '';
  if (!READABLE_INPUT.test(type) && type !== 'hidden') return '';
  return input.value ?? '';
}

export function isPasswordField(el: Element): boolean {
  return (
    el.tagName === 'INPUT' &&
    ((el as HTMLInputElement).type === 'password' || /password/i.test(el.getAttribute('autocomplete') ?? ''))
  );
}

/**
 * Text lines of an element: block elements and <br> break lines; hidden parts are left out unless allowed
 * (parts hidden for good never count). Open shadow roots are read in place of their host's light children
 * (slots read what is assigned to them). Iterative: a value nested 10,000 levels deep is still read.
 */
export function readLines(el: Element, allowHidden = false, cache?: HiddenCache): string[] {
  const lines: string[] = [];
  let line = '';
  const flush = () => {
    const t = line.replace(/[\s\u00a0\u3000\u200b\u200e\u200f\ufeff]+/g, ' ').trim();
    if (t) lines.push(t);
    line = '';
  };
  if (allowHidden ? isNeverShown(el, undefined) : isHidden(el, cache)) return [];
  // A stack of child lists to walk; `null` marks the end of a block element (flush after it).
  const stack: (Node | null)[] = [];
  const pushChildren = (node: Node) => {
    let kids: Node[];
    const shadow = (node as Element).shadowRoot;
    if (shadow) kids = listOf(shadow.childNodes);
    else if ((node as Element).tagName === 'SLOT') {
      const assigned = (node as HTMLSlotElement).assignedNodes?.({ flatten: true }) ?? [];
      kids = assigned.length > 0 ? assigned : listOf(node.childNodes);
    } else kids = listOf(node.childNodes);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as Node);
  };
  pushChildren(el);
  let steps = 0;
  while (stack.length > 0 && steps++ < 200_000) {
    const child = stack.pop();
    if (child === null) {
      flush();
      continue;
    }
    if (!child) continue;
    if (child.nodeType === 3) {
      line += child.nodeValue ?? '';
      continue;
    }
    if (child.nodeType !== 1) continue;
    const e = child as Element;
    const tag = e.tagName.toUpperCase();
    if (tag === 'BR') {
      flush();
      continue;
    }
    if (SKIP_TAGS.has(tag) && !(tag === 'BUTTON' && isValueButton(e))) continue;
    if (allowHidden ? neverShownBySelf(e) : hiddenBySelf(e)) continue;
    if (DECORATION_CLASS.test(e.getAttribute('class') ?? '') || isCopyAction(e, tag) || isNoteAfterText(e)) continue;
    if (BLOCK_TAGS.has(tag)) {
      flush();
      stack.push(null);
    }
    pushChildren(e);
  }
  flush();
  return lines;
}

/**
 * A link-styled button that is all its cell shows: a reference to another record (Axelor's "Assigned to" user, a
 * many-to-one address), read like a link. Action buttons ("Edit", "☎ 呼叫") sit beside other text and stay unread.
 */
function isValueButton(e: Element): boolean {
  if (!/link/i.test(e.getAttribute('class') ?? '')) return false;
  const text = (e.textContent ?? '').trim();
  return text !== '' && (e.parentElement?.textContent ?? '').trim() === text;
}

/** Readable, non-empty values of the form controls inside `el` (or `el` itself). */
export function readControls(el: Element, allowHidden = false, cache?: HiddenCache): string[] {
  // (A web component's input keeps its control in its open shadow root: <ui5-input value=…> › #shadow › <input>.)
  const light = /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName)
    ? [el]
    : listOf(el.querySelectorAll('input, textarea, select'));
  const controls =
    light.length === 0 && el.shadowRoot ? listOf(el.shadowRoot.querySelectorAll('input, textarea, select')) : light;
  const values: string[] = [];
  for (const c of controls) {
    const isHiddenInput = c.tagName === 'INPUT' && (c as HTMLInputElement).type === 'hidden';
    if (!allowHidden && (isHiddenInput || (c !== el && isHidden(c, cache)))) continue;
    if (allowHidden && isNeverShown(c)) continue;
    const v = readControl(c).replace(/\s+/g, ' ').trim();
    if (v) values.push(v);
  }
  return values;
}

/** The value an element shows: its controls' values if it holds filled controls, else its text lines. */
export function readValueLines(el: Element, allowHidden = false, cache?: HiddenCache): string[] {
  if (isPasswordField(el)) return [];
  const controls = readControls(el, allowHidden, cache);
  if (controls.length > 0) return controls;
  return readLines(el, allowHidden, cache);
}

/**
 * A date picked in three selects, year, month and day ("1990" "01" "17"; or day, month, year): one date written as
 * the page's own text would be ("1990-01-17", "17/01/1990"), not three numbers.
 */
export function dateOfSelects(el: Element, values: string[]): string | null {
  if (listOf(el.querySelectorAll('select')).length !== 3 || el.querySelector('input, textarea')) return null;
  const [a = '', b = '', c = ''] = values.map((v) => v.replace(/[年月日]$/, ''));
  if (/^\d{4}$/.test(a) && /^\d{1,2}$/.test(b) && /^\d{1,2}$/.test(c))
    return `${a}-${b.padStart(2, '0')}-${c.padStart(2, '0')}`;
  if (/^\d{1,2}$/.test(a) && /^\d{1,2}$/.test(b) && /^\d{4}$/.test(c)) return `${a}/${b}/${c}`;
  return null;
}

/** The element's own text nodes only (not its children's). */
export function readOwnText(el: Element): string {
  let text = '';
  for (let child = el.firstChild; child; child = child.nextSibling)
    if (child.nodeType === 3) text += child.nodeValue ?? '';
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

/** Text right after the element, up to the next line break or block. */
export function readAfter(el: Element): string {
  let text = '';
  for (let n = el.nextSibling; n; n = n.nextSibling) {
    if (n.nodeType === 3) text += n.nodeValue ?? '';
    else if (n.nodeType === 1) {
      const tag = (n as Element).tagName.toUpperCase();
      if (tag === 'BR' || BLOCK_TAGS.has(tag)) break;
      text += (n as Element).textContent ?? '';
    }
  }
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

/**
 * `el.textContent`, without building a new string when the element holds one text node or none (most leaves of a
 * page): Chromium concatenates a fresh copy on every `textContent` read, while a text node's value is shared.
 */
export function textOf(el: Element): string {
  const first = el.firstChild;
  if (!first) return '';
  if (first === el.lastChild && first.nodeType === 3) return (first as Text).data;
  return el.textContent ?? '';
}

/**
 * Whether the text nodes below `el`, each counted by `count` and summed in page order, pass `max`: stops as soon as
 * they do, without building the element's whole text.
 */
function textCountPasses(el: Element, max: number, count: (text: string) => number): boolean {
  let length = 0;
  let node: Node | null = el.firstChild;
  while (node) {
    if (node.nodeType === 3 || node.nodeType === 4) {
      length += count((node as CharacterData).data);
      if (length > max) return true;
    }
    // Page order below `el`: the first child, else the next sibling of the node or of its nearest ancestor having one.
    let next: Node | null = node.firstChild;
    while (!next && node && node !== el) {
      next = node.nextSibling;
      if (!next) node = node.parentNode;
    }
    node = next;
  }
  return false;
}

/**
 * `(el.textContent ?? '').length > max`, without building the text. A reader that only wants short texts (a heading's
 * words) asks this of thousands of wrappers, whose whole text it would otherwise copy each time (docs/benchmarks.md,
 * "Where one extraction's time goes").
 */
export const textLongerThan = (el: Element, max: number): boolean => textCountPasses(el, max, (text) => text.length);

/**
 * `(el.textContent ?? '').replace(/\s+/g, '').length > max`, without building the whole text. A region test asks it of
 * every form on the way up from a label, and a page wrapped whole in one form (ASP.NET) would otherwise be copied
 * entire each time.
 */
export const filledTextLongerThan = (el: Element, max: number): boolean =>
  textCountPasses(el, max, (text) => text.replace(/\s+/g, '').length);
