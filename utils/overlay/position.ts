export type OverlayPlacement = { x: number; y: number; collapsed: boolean };

/** Where the overlay's position per site is kept (the content script passes a store backed by the background). */
export type PlacementStore = {
  load(site: string): Promise<OverlayPlacement | null>;
  save(site: string, placement: OverlayPlacement): Promise<void>;
};

/** `tabWidth`: the collapsed overlay, a tab that shows the title and its two buttons. */
export const overlaySize = { width: 360, height: 460, handle: 32, tabWidth: 168 };

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

type Rect = { left: number; top: number; right: number; bottom: number };

const overlaps = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * Where to show the overlay while the page has dialogs open: where the agent put it if that covers none of them,
 * else the nearest free spot beside them (right, left, below, above), else nowhere (`null`: hide until they close).
 */
export function placeAroundDialogs(
  p: OverlayPlacement,
  dialogs: readonly Rect[],
  viewport: { width: number; height: number },
): { x: number; y: number } | null {
  const height = p.collapsed ? overlaySize.handle : overlaySize.handle + overlaySize.height;
  const boxAt = (x: number, y: number): Rect => ({ left: x, top: y, right: x + overlaySize.width, bottom: y + height });
  const fits = (x: number, y: number) =>
    x >= 0 &&
    y >= 0 &&
    x + overlaySize.width <= viewport.width &&
    y + height <= viewport.height &&
    !dialogs.some((d) => overlaps(boxAt(x, y), d));
  if (dialogs.every((d) => !overlaps(boxAt(p.x, p.y), d))) return { x: p.x, y: p.y };
  const gap = 8;
  const candidates = dialogs.flatMap((d) => [
    { x: d.right + gap, y: p.y },
    { x: d.left - gap - overlaySize.width, y: p.y },
    { x: p.x, y: d.bottom + gap },
    { x: p.x, y: d.top - gap - height },
    { x: d.right + gap, y: 0 },
    { x: d.left - gap - overlaySize.width, y: 0 },
  ]);
  const free = candidates
    .map((c) => ({
      x: Math.min(Math.max(0, c.x), viewport.width - overlaySize.width),
      y: Math.min(Math.max(0, c.y), viewport.height - height),
    }))
    .filter((c) => fits(c.x, c.y))
    .sort((a, b) => Math.hypot(a.x - p.x, a.y - p.y) - Math.hypot(b.x - p.x, b.y - p.y));
  return free[0] ?? null;
}
