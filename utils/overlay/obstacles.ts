import type { Box } from './free-spot';

// What the overlay must not cover: every control the agent may click and every piece of the record they read.
const CONTROL_SELECTOR =
  'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [role="link"], [role="tab"], [role="menuitem"], [contenteditable="true"], [tabindex]:not([tabindex="-1"])';

function visibleBox(el: Element, view: Window): Box | null {
  const r = el.getBoundingClientRect();
  if (r.width <= 0 || r.height <= 0) return null;
  const style = view.getComputedStyle(el);
  if (style.visibility === 'hidden' || style.display === 'none' || Number(style.opacity) === 0) return null;
  return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
}

/** Boxes of the page's visible controls and of every element that shows text of its own (field labels and values). */
export function collectObstacles(doc: Document, ownHost: Element | null): Box[] {
  const view = doc.defaultView;
  if (!view || !doc.body) return [];
  const boxes: Box[] = [];
  const mine = (el: Element) => ownHost !== null && (el === ownHost || ownHost.contains(el));
  for (const el of Array.from(doc.body.querySelectorAll(CONTROL_SELECTOR))) {
    if (mine(el)) continue;
    const box = visibleBox(el, view);
    if (box) boxes.push(box);
  }
  // Text the record shows: the range of each non-blank text node (a cell's box may be far wider than its text).
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
  const range = doc.createRange();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.nodeValue?.trim()) continue;
    const parent = node.parentElement;
    if (!parent || mine(parent) || /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/.test(parent.nodeName)) continue;
    if (!visibleBox(parent, view)) continue;
    range.selectNodeContents(node);
    const r = range.getBoundingClientRect();
    if (r.width > 0 && r.height > 0) boxes.push({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
  }
  return boxes;
}
