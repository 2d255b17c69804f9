import { openDialogBoxes, watchDialogs } from './dialogs';
import { findFreeSpot } from './free-spot';
import { collectObstacles } from './obstacles';
import {
  clampPlacement,
  defaultPlacement,
  overlaySize,
  placeAroundDialogs,
  type OverlayPlacement,
  type PlacementStore,
} from './position';

export type { OverlayPlacement, PlacementStore };

export type OverlayHostOptions = {
  doc: Document;
  /** `browser.runtime.getURL('/overlay.html')`, passed in so this module needs no extension API. */
  src: string;
  /** The key positions are remembered under, usually the page's origin. */
  site: string;
  store: PlacementStore;
  /** `updated` and `reload`: what an overlay left behind by an update or a reload of the extension says. */
  labels: { title: string; collapse: string; expand: string; close: string; updated: string; reload: string };
  /** Tests open the root to look inside; on a CRM page it stays closed. */
  shadowMode?: ShadowRootMode;
  /** Told when the agent opens or closes it (the content script remembers it per tab, so it survives page loads). */
  onOpenChange?: (open: boolean) => void;
};

export type OverlayLabels = OverlayHostOptions['labels'];

/** Below common modal layers (Bootstrap 1050, Ant Design 1000, Element UI 2000+), above ordinary page content. */
export const OVERLAY_Z_INDEX = 900;
/** Over a modal's backdrop (it covers the whole page), once the overlay sits where it covers no dialog. */
export const OVERLAY_Z_INDEX_BESIDE_DIALOG = 2_147_483_000;
const STEP = 16;

export type OverlayHost = {
  show(): Promise<void>;
  hide(): void;
  toggle(): Promise<void>;
  isOpen(): boolean;
  /** The handle's words in the panel's language (they change when the agent switches it). */
  setLabels(labels: OverlayLabels): void;
  /** Removes everything it added and stops every listener. */
  destroy(): void;
  /**
   * The extension went away (updated, reloaded, turned off): the framed page died with it. When open, the overlay
   * says so in place of the frame and offers to reload the page (the host is marked `data-orphan`) until the content
   * script of the extension's next run (utils/background/content-script-registration.ts) replaces it.
   */
  orphan(): void;
};

/** The host element the content script's overlay lives in; one left by an earlier run carries `data-orphan`. */
export const OVERLAY_TAG = 'huifang-overlay';

function makeButton(doc: Document, text: string, label: string): HTMLButtonElement {
  const b = doc.createElement('button');
  b.type = 'button';
  b.textContent = text;
  b.setAttribute('aria-label', label);
  b.title = label;
  Object.assign(b.style, {
    border: '0',
    background: 'transparent',
    color: 'inherit',
    font: 'inherit',
    cursor: 'pointer',
    padding: '0 8px',
  });
  return b;
}

/** Hosts the overlay page in an iframe inside a closed shadow root: the page can neither read nor restyle it. */
export function createOverlayHost(options: OverlayHostOptions): OverlayHost {
  const { doc } = options;
  let labels = options.labels;
  const view = doc.defaultView;
  const viewport = () => ({ width: view?.innerWidth ?? 1024, height: view?.innerHeight ?? 768 });
  let host: HTMLElement | null = null;
  let parts: {
    iframe: HTMLIFrameElement;
    collapse: HTMLButtonElement;
    close: HTMLButtonElement;
    title: HTMLElement;
    handle: HTMLElement;
  } | null = null;
  let placement: OverlayPlacement = defaultPlacement(viewport());
  const cleanups: (() => void)[] = [];

  function apply() {
    if (!host) return;
    // Beside the page's open dialogs, never over them; above their backdrop so it stays usable (the record may be the dialog).
    const dialogs = openDialogBoxes(doc, host);
    const spot = dialogs.length
      ? placeAroundDialogs(placement, dialogs, viewport())
      : { x: placement.x, y: placement.y };
    Object.assign(host.style, {
      width: `${placement.collapsed ? overlaySize.tabWidth : overlaySize.width}px`,
      left: `${spot?.x ?? placement.x}px`,
      top: `${spot?.y ?? placement.y}px`,
      zIndex: String(dialogs.length ? OVERLAY_Z_INDEX_BESIDE_DIALOG : OVERLAY_Z_INDEX),
      visibility: spot ? 'visible' : 'hidden',
    });
    if (parts) {
      parts.iframe.style.setProperty('display', placement.collapsed ? 'none' : 'block');
      parts.collapse.setAttribute('aria-expanded', String(!placement.collapsed));
      parts.collapse.textContent = placement.collapsed ? '▸' : '▾';
      parts.collapse.title = placement.collapsed ? labels.expand : labels.collapse;
      parts.collapse.setAttribute('aria-label', parts.collapse.title);
      parts.close.title = labels.close;
      parts.close.setAttribute('aria-label', labels.close);
      parts.title.textContent = labels.title;
      parts.handle.setAttribute('aria-label', labels.title);
      parts.iframe.title = labels.title;
    }
  }

  function persist() {
    void options.store.save(options.site, placement).catch(() => undefined);
  }

  function build(): HTMLElement {
    const el = doc.createElement(OVERLAY_TAG);
    // `all: initial` first so page CSS aimed at unknown elements can't move or hide the host.
    el.style.setProperty('all', 'initial');
    Object.assign(el.style, {
      position: 'fixed',
      zIndex: String(OVERLAY_Z_INDEX),
      width: `${overlaySize.width}px`,
      display: 'block',
    });
    const root = el.attachShadow({ mode: options.shadowMode ?? 'closed' });
    const box = doc.createElement('div');
    Object.assign(box.style, {
      boxShadow: '0 4px 16px rgba(0,0,0,.25)',
      borderRadius: '8px',
      overflow: 'hidden',
      background: '#fff',
      border: '1px solid #8a8f98',
    });
    const handle = doc.createElement('div');
    handle.tabIndex = 0;
    handle.setAttribute('role', 'toolbar');
    handle.setAttribute('aria-label', labels.title);
    Object.assign(handle.style, {
      height: `${overlaySize.handle}px`,
      display: 'flex',
      alignItems: 'center',
      background: '#1f3a5f',
      color: '#fff',
      cursor: 'move',
      font: '13px system-ui, sans-serif',
      userSelect: 'none',
      paddingLeft: '8px',
    });
    const title = doc.createElement('span');
    title.textContent = labels.title;
    title.style.flex = '1';
    const collapse = makeButton(doc, '▾', labels.collapse);
    const close = makeButton(doc, '×', labels.close);
    handle.append(title, collapse, close);
    const iframe = doc.createElement('iframe');
    iframe.src = options.src;
    iframe.title = labels.title;
    Object.assign(iframe.style, { width: '100%', height: `${overlaySize.height}px`, border: '0', display: 'block' });
    box.append(handle, iframe);
    root.append(box);
    parts = { iframe, collapse, close, title, handle };

    collapse.addEventListener('click', () => {
      placement = { ...placement, collapsed: !placement.collapsed };
      apply();
      persist();
    });
    close.addEventListener('click', () => {
      hide();
      options.onOpenChange?.(false);
    });
    cleanups.push(enableDrag(handle));
    handle.addEventListener('keydown', (e) => {
      const moves: Record<string, [number, number]> = {
        ArrowLeft: [-STEP, 0],
        ArrowRight: [STEP, 0],
        ArrowUp: [0, -STEP],
        ArrowDown: [0, STEP],
      };
      const move = moves[e.key];
      if (!move) return;
      e.preventDefault();
      moveTo(placement.x + move[0], placement.y + move[1]);
      persist();
    });
    return el;
  }

  function moveTo(x: number, y: number) {
    placement = clampPlacement({ ...placement, x, y }, viewport());
    apply();
  }

  /**
   * Drag by the handle. The pointer is captured, so moving over the framed panel (which would swallow the events) or
   * off the window never drops the drag; moves are applied once per frame, and the framed page takes no pointer
   * events meanwhile.
   */
  function enableDrag(handle: HTMLElement): () => void {
    let start: { id: number; px: number; py: number; x: number; y: number } | null = null;
    let pending: { x: number; y: number } | null = null;
    let raf = 0;
    const flush = () => {
      raf = 0;
      if (pending) moveTo(pending.x, pending.y);
      pending = null;
    };
    const onMove = (e: PointerEvent) => {
      if (!start || e.pointerId !== start.id) return;
      pending = { x: start.x + e.clientX - start.px, y: start.y + e.clientY - start.py };
      if (!raf) raf = view?.requestAnimationFrame(flush) ?? (flush(), 0);
    };
    const onEnd = (e: PointerEvent) => {
      if (!start || e.pointerId !== start.id) return;
      start = null;
      if (raf) view?.cancelAnimationFrame(raf);
      flush();
      if (handle.hasPointerCapture?.(e.pointerId)) handle.releasePointerCapture(e.pointerId);
      parts?.iframe.style.removeProperty('pointer-events');
      persist();
    };
    const onDown = (e: PointerEvent) => {
      if (e.button !== 0 || (e.target !== handle && (e.target as Node | null)?.nodeName === 'BUTTON')) return;
      e.preventDefault();
      start = { id: e.pointerId, px: e.clientX, py: e.clientY, x: placement.x, y: placement.y };
      handle.setPointerCapture?.(e.pointerId);
      parts?.iframe.style.setProperty('pointer-events', 'none');
    };
    handle.addEventListener('pointerdown', onDown);
    handle.addEventListener('pointermove', onMove);
    handle.addEventListener('pointerup', onEnd);
    handle.addEventListener('pointercancel', onEnd);
    return () => {
      if (raf) view?.cancelAnimationFrame(raf);
      handle.removeEventListener('pointerdown', onDown);
      handle.removeEventListener('pointermove', onMove);
      handle.removeEventListener('pointerup', onEnd);
      handle.removeEventListener('pointercancel', onEnd);
    };
  }

  /**
   * The first time on a site: the spot nearest the top right that covers none of the page's fields and controls,
   * else collapsed to a tab in such a spot, else a tab at the bottom right. Where the agent drags it is kept after that.
   */
  function firstPlacement(): OverlayPlacement {
    const vp = viewport();
    const obstacles = collectObstacles(doc, null);
    const full = findFreeSpot(obstacles, vp, {
      width: overlaySize.width,
      height: overlaySize.handle + overlaySize.height,
    });
    if (full) return { ...full, collapsed: false };
    const tab = findFreeSpot(obstacles, vp, { width: overlaySize.tabWidth, height: overlaySize.handle });
    if (tab) return { ...tab, collapsed: true };
    return { x: vp.width - overlaySize.tabWidth - 8, y: vp.height - overlaySize.handle - 8, collapsed: true };
  }

  // The page load's restore and a toggle can ask at once: one overlay, whoever asks first.
  let opening: Promise<void> | null = null;
  function show(): Promise<void> {
    if (host) return Promise.resolve();
    opening ??= open().finally(() => (opening = null));
    return opening;
  }

  async function open() {
    const stored = await options.store.load(options.site).catch(() => null);
    placement = clampPlacement(stored ?? firstPlacement(), viewport());
    host = build();
    doc.documentElement.append(host);
    cleanups.push(watchDialogs(doc, apply));
    const onResize = () => moveTo(placement.x, placement.y);
    view?.addEventListener('resize', onResize);
    cleanups.push(() => view?.removeEventListener('resize', onResize));
    apply();
  }

  function hide() {
    while (cleanups.length) cleanups.pop()?.();
    host?.remove();
    host = null;
    parts = null;
  }

  function orphan() {
    if (!host || !parts) return;
    const notice = doc.createElement('div');
    notice.setAttribute('role', 'alert');
    Object.assign(notice.style, { padding: '12px', font: '14px/1.5 system-ui, sans-serif', color: '#1f2933' });
    const text = doc.createElement('p');
    text.style.margin = '0 0 8px';
    text.textContent = labels.updated;
    const reload = makeButton(doc, labels.reload, labels.reload);
    Object.assign(reload.style, { background: '#1f3a5f', color: '#fff', borderRadius: '4px', padding: '4px 12px' });
    reload.addEventListener('click', () => view?.location.reload());
    notice.append(text, reload);
    parts.iframe.replaceWith(notice);
    host.setAttribute('data-orphan', '');
    // Shown even if it was folded: this is the one thing the overlay still has to say.
    placement = { ...placement, collapsed: false };
    parts.collapse.remove();
    apply();
  }

  return {
    show,
    hide,
    orphan,
    toggle: () => (host ? Promise.resolve(hide()) : opening ? opening.then(hide) : show()),
    isOpen: () => host !== null,
    setLabels: (next) => {
      labels = next;
      apply();
    },
    destroy: hide,
  };
}
