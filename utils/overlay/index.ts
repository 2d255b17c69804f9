// What the content script calls to host the overlay (kept free of zod and of extension APIs: both are injected).
import { createOverlayHost, OVERLAY_TAG, type OverlayHost, type OverlayHostOptions, type OverlayLabels } from './host';
import type { OverlayPlacement, PlacementStore } from './position';

export {
  createOverlayHost,
  OVERLAY_Z_INDEX,
  type OverlayHost,
  type OverlayHostOptions,
  type OverlayLabels,
} from './host';
export type { OverlayPlacement, PlacementStore } from './position';

function isPlacement(value: unknown): value is OverlayPlacement {
  if (typeof value !== 'object' || value === null) return false;
  const v: { x?: unknown; y?: unknown; collapsed?: unknown } = value;
  return typeof v.x === 'number' && typeof v.y === 'number' && typeof v.collapsed === 'boolean';
}

/** A per-site placement store over any key-value area (e.g. WXT `storage` with `local:` keys); bad values read as none. */
export function createPlacementStore(area: {
  getItem(key: `local:${string}`): Promise<unknown>;
  setItem(key: `local:${string}`, value: unknown): Promise<void>;
}): PlacementStore {
  const keyOf = (site: string) => `local:overlay-placement:${site}` as const;
  return {
    load: async (site) => {
      const value = await area.getItem(keyOf(site));
      return isPlacement(value) ? value : null;
    },
    save: (site, placement) => area.setItem(keyOf(site), placement),
  };
}

/** The background's answer to `overlay-state`: open in this tab before, and the handle's words in the panel's language. */
export type OverlayState = { open: boolean; labels: OverlayLabels };

/** A hand-written guard (no zod in the content script, docs/architecture.md); anything malformed reads as null. */
export function readOverlayState(raw: unknown): OverlayState | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r: { open?: unknown; labels?: unknown } = raw;
  if (typeof r.open !== 'boolean' || typeof r.labels !== 'object' || r.labels === null) return null;
  const l: Record<string, unknown> = { ...r.labels };
  const text = (k: string) => (typeof l[k] === 'string' && (l[k] as string).length <= 300 ? (l[k] as string) : null);
  const [title, collapse, expand, close] = [text('title'), text('collapse'), text('expand'), text('close')];
  const [updated, reload] = [text('updated'), text('reload')];
  if (!title || !collapse || !expand || !close || !updated || !reload) return null;
  return { open: r.open, labels: { title, collapse, expand, close, updated, reload } };
}

export type OverlayToggle = {
  toggle(): Promise<void>;
  show(): Promise<void>;
  isOpen(): boolean;
  setLabels(labels: OverlayLabels): void;
  destroy(): void;
  /** The extension went away: an open overlay says so (OverlayHost.orphan). */
  orphan(): void;
};

/**
 * Removes the overlays an earlier run of the extension left on the page (updated, reloaded, turned off and on) and
 * says whether one was open: this run's overlay then opens in its place. Called as a content script starts: an
 * earlier copy in the same run has removed its own by then (WXT stops it as this one starts), so any host left is a
 * dead run's, marked `data-orphan` or not yet (the dead script notices within about a second).
 */
export function replaceOrphans(doc: Document): boolean {
  const orphans = [...doc.querySelectorAll(OVERLAY_TAG)];
  for (const el of orphans) el.remove();
  return orphans.length > 0;
}

/** One overlay per page, created when first shown. */
export function createOverlayToggle(options: OverlayHostOptions): OverlayToggle {
  let host: OverlayHost | null = null;
  let labels = options.labels;
  const get = () => (host ??= createOverlayHost({ ...options, labels }));
  return {
    toggle: () => get().toggle(),
    show: () => get().show(),
    isOpen: () => host?.isOpen() ?? false,
    setLabels: (next) => {
      labels = next;
      host?.setLabels(next);
    },
    destroy: () => host?.destroy(),
    orphan: () => host?.orphan(),
  };
}
