// What the content script calls to host the overlay (kept free of zod and of extension APIs: both are injected).
import { createOverlayHost, type OverlayHost, type OverlayHostOptions, type OverlayLabels } from './host';
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
  const text = (k: string) => (typeof l[k] === 'string' && (l[k] as string).length <= 100 ? (l[k] as string) : null);
  const [title, collapse, expand, close] = [text('title'), text('collapse'), text('expand'), text('close')];
  if (!title || !collapse || !expand || !close) return null;
  return { open: r.open, labels: { title, collapse, expand, close } };
}

export type OverlayToggle = {
  toggle(): Promise<void>;
  show(): Promise<void>;
  isOpen(): boolean;
  setLabels(labels: OverlayLabels): void;
  destroy(): void;
};

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
  };
}
