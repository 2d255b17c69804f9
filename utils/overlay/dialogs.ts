// The page's own dialogs win: the overlay moves beside an open one, or out of sight when there is no room (never covers it).

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
  return openDialogs(doc, ownHost).length > 0;
}

function openDialogs(doc: Document, ownHost: Element | null): Element[] {
  const view = doc.defaultView;
  if (!view) return [];
  return Array.from(doc.querySelectorAll(DIALOG_SELECTOR)).filter(
    (el) => !(ownHost && (el === ownHost || ownHost.contains(el))) && isShown(el, view),
  );
}

export type Box = { left: number; top: number; right: number; bottom: number };

const area = (r: Box) => Math.max(0, r.right - r.left) * Math.max(0, r.bottom - r.top);

/**
 * The boxes of the open dialogs' visible content. Many UI kits give role=dialog to a full-screen wrapper
 * (Ant Design's .ant-modal-wrap, Element's .el-dialog__wrapper): inside it, the panel the user sees is the box.
 */
export function openDialogBoxes(doc: Document, ownHost: Element | null): Box[] {
  const view = doc.defaultView;
  if (!view) return [];
  const screen = view.innerWidth * view.innerHeight;
  return openDialogs(doc, ownHost).map((dialog) => {
    let el: Element = dialog;
    for (let depth = 0; depth < 4 && area(el.getBoundingClientRect()) >= 0.8 * screen; depth++) {
      const children = Array.from(el.children).filter((c) => area(c.getBoundingClientRect()) > 0);
      const largest = children.sort((a, b) => area(b.getBoundingClientRect()) - area(a.getBoundingClientRect()))[0];
      if (!largest) break;
      el = largest;
    }
    const r = el.getBoundingClientRect();
    return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
  });
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
