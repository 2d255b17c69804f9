// The page's own dialogs win: the overlay steps aside while one is open (never covers it).

const DIALOG_SELECTOR = 'dialog[open], [role="dialog"], [role="alertdialog"], [aria-modal="true"]';

function isShown(el: Element, view: Window): boolean {
  if (el.closest('[hidden], [aria-hidden="true"]')) return false;
  const style = view.getComputedStyle(el);
  if (style.display === 'none' || style.visibility === 'hidden') return false;
  const rect = el.getBoundingClientRect();
  // happy-dom and detached nodes report 0×0; treat an attached, displayed element as shown then.
  return rect.width > 0 || rect.height > 0 || rect.top !== 0 || el.isConnected;
}

/** True when the page shows a dialog (modal or not) that is not ours. */
export function hasOpenDialog(doc: Document, ownHost: Element | null): boolean {
  const view = doc.defaultView;
  if (!view) return false;
  for (const el of Array.from(doc.querySelectorAll(DIALOG_SELECTOR))) {
    if (ownHost && (el === ownHost || ownHost.contains(el))) continue;
    if (isShown(el, view)) return true;
  }
  return false;
}

/** Calls back (debounced to a frame) when dialogs may have opened or closed. Returns the cleanup. */
export function watchDialogs(doc: Document, onChange: () => void): () => void {
  let scheduled = false;
  const view = doc.defaultView;
  const observer = new MutationObserver(() => {
    if (scheduled) return;
    scheduled = true;
    const run = () => {
      scheduled = false;
      onChange();
    };
    if (view?.requestAnimationFrame) view.requestAnimationFrame(run);
    else setTimeout(run, 16);
  });
  observer.observe(doc.documentElement, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['open', 'role', 'aria-modal', 'hidden', 'style', 'class', 'aria-hidden'],
  });
  return () => observer.disconnect();
}
