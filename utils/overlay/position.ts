export type OverlayPlacement = { x: number; y: number; collapsed: boolean };

/** Where the overlay's position per site is kept (the content script passes a store backed by the background). */
export type PlacementStore = {
  load(site: string): Promise<OverlayPlacement | null>;
  save(site: string, placement: OverlayPlacement): Promise<void>;
};

export const overlaySize = { width: 360, height: 460, handle: 32 };

/** Keeps the handle on screen, whatever was stored or however far it was dragged. */
export function clampPlacement(p: OverlayPlacement, viewport: { width: number; height: number }): OverlayPlacement {
  const maxX = Math.max(0, viewport.width - 120);
  const maxY = Math.max(0, viewport.height - overlaySize.handle);
  const x = Number.isFinite(p.x) ? Math.min(Math.max(0, p.x), maxX) : 0;
  const y = Number.isFinite(p.y) ? Math.min(Math.max(0, p.y), maxY) : 0;
  return { x, y, collapsed: p.collapsed };
}

export function defaultPlacement(viewport: { width: number; height: number }): OverlayPlacement {
  return clampPlacement({ x: viewport.width - overlaySize.width - 16, y: 72, collapsed: false }, viewport);
}
