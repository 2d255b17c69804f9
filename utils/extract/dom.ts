// Reading the page: visible text only, never a password field, never markup. Nothing is written.

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
// Avatars (an initial letter) and icon glyphs are not part of a value.
const DECORATION_CLASS = /(?:^|[\s_-])(?:avatar|icon|anticon|glyphicon)(?:$|[\s_-])|(?:^|\s)fa[srlbd]?(?:\s|$)/i;
const READABLE_INPUT = /^(?:text|tel|email|search|url|number|date|datetime-local|month|week|time|)$/;

/** Caches visibility per element for one extraction pass. */
export type HiddenCache = Map<Element, boolean>;

function hiddenBySelf(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.tagName === 'TEMPLATE') return true;
  if (el.getAttribute('aria-hidden') === 'true' && el.childElementCount > 0) return true;
  const style = el.getAttribute('style');
  if (style && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style)) return true;
  const cls = el.getAttribute('class');
  if (cls) {
    if (HIDDEN_CLASS.test(cls)) return true;
    // Bootstrap-style tab panes that are not the open tab.
    if (/(?:^|\s)tab-pane\S*(?:\s|$)/.test(cls) && !/(?:^|\s)(?:active|show)(?:\s|$)/.test(cls)) return true;
    // A Bootstrap modal that is not open (its stylesheet hides it; no inline style says so).
    if (
      /(?:^|\s)modal(?:\s|$)/.test(cls) &&
      !/(?:^|\s)(?:show|in|d-block|open|active)(?:\s|$)/.test(cls) &&
      !/display\s*:\s*block/i.test(style ?? '')
    )
      return true;
  }
  if (el.tagName === 'INPUT' && (el as HTMLInputElement).type === 'hidden') return true;
  return false;
}

/** True when the element or an ancestor is hidden by attribute, inline style or a well-known hiding class. */
export function isHidden(el: Element, cache?: HiddenCache): boolean {
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
    if (hiddenBySelf(cur)) {
      result = true;
      break;
    }
    cur = cur.parentElement;
  }
  if (cache) for (const p of path) cache.set(p, result);
  return result;
}

/** A form control's value as the agent sees it; '' for password fields, checkboxes and buttons. */
export function readControl(el: Element): string {
  if (el.tagName === 'TEXTAREA') return (el as HTMLTextAreaElement).value ?? '';
  if (el.tagName === 'SELECT') {
    const select = el as HTMLSelectElement;
    const options = Array.from(select.options);
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

/** Text lines of an element: block elements and <br> break lines; hidden parts are left out unless allowed. */
export function readLines(el: Element, allowHidden = false, cache?: HiddenCache): string[] {
  const lines: string[] = [];
  let line = '';
  const flush = () => {
    const t = line.replace(/[\s\u00a0\u3000\u200b\u200e\u200f\ufeff]+/g, ' ').trim();
    if (t) lines.push(t);
    line = '';
  };
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
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
      if (SKIP_TAGS.has(tag)) continue;
      if (!allowHidden && hiddenBySelf(e)) continue;
      if (DECORATION_CLASS.test(e.getAttribute('class') ?? '')) continue;
      const block = BLOCK_TAGS.has(tag);
      if (block) flush();
      walk(e);
      if (block) flush();
    }
  };
  if (!allowHidden && isHidden(el, cache)) return [];
  walk(el);
  flush();
  return lines;
}

/** Readable, non-empty values of the form controls inside `el` (or `el` itself). */
export function readControls(el: Element, allowHidden = false, cache?: HiddenCache): string[] {
  const controls = /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName)
    ? [el]
    : Array.from(el.querySelectorAll('input, textarea, select'));
  const values: string[] = [];
  for (const c of controls) {
    const isHiddenInput = c.tagName === 'INPUT' && (c as HTMLInputElement).type === 'hidden';
    if (!allowHidden && (isHiddenInput || (c !== el && isHidden(c, cache)))) continue;
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
