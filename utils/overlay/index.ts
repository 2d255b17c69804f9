// What the content script calls to host the overlay (kept free of zod and of extension APIs: both are injected).
import { createOverlayHost, type OverlayHost, type OverlayHostOptions } from './host';
import type { OverlayPlacement, PlacementStore } from './position';

export { createOverlayHost, OVERLAY_Z_INDEX, type OverlayHost, type OverlayHostOptions } from './host';
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

/** One overlay per page, created on the first toggle. */
export function createOverlayToggle(options: OverlayHostOptions): { toggle(): Promise<void>; destroy(): void } {
  let host: OverlayHost | null = null;
  return {
    toggle: () => (host ??= createOverlayHost(options)).toggle(),
    destroy: () => host?.destroy(),
  };
}
