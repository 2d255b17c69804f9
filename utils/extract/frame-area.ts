// How much of a frame the agent can see, for the frame choice (utils/extract/frame-choice.ts): its viewport, or 0
// when its <iframe> is hidden or placed off-screen in its parent — tab workbenches (金和 C6 and the like) keep
// inactive tabs' frames loaded, with visibility:hidden or at left:-3000px, each holding another record.
// Only a same-origin parent can be asked; a cross-origin frame reports its viewport as before.

/** The frame's visible viewport in CSS px² (innerWidth × innerHeight), 0 when its frame element is not shown. */
export function frameArea(win: Window): number {
  const area = Math.max(0, win.innerWidth * win.innerHeight);
  let w: Window = win;
  // Up the chain of same-origin frames: any hidden or off-screen <iframe> on the way hides this one.
  for (let depth = 0; depth < 8 && w.parent !== w; depth++) {
    let el: Element | null;
    try {
      el = w.frameElement;
    } catch {
      return area;
    }
    if (!el) return area;
    const parent = w.parent;
    if (!isShownIn(el, parent)) return 0;
    w = parent;
  }
  return area;
}

function isShownIn(el: Element, parent: Window): boolean {
  const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  if (typeof check === 'function' && !check.call(el, { visibilityProperty: true, opacityProperty: true })) return false;
  const style = parent.getComputedStyle(el);
  if (style.visibility === 'hidden' || style.display === 'none') return false;
  const r = el.getBoundingClientRect();
  if (r.width < 2 || r.height < 2) return false;
  // Wholly outside the parent's page (left:-3000px): scrolled-away parts of a long page still count as shown.
  const doc = parent.document.documentElement;
  const right = Math.max(doc.scrollWidth, parent.innerWidth);
  const bottom = Math.max(doc.scrollHeight, parent.innerHeight);
  const x = r.left + parent.scrollX;
  const y = r.top + parent.scrollY;
  return x + r.width > 0 && y + r.height > 0 && x < right && y < bottom;
}
