// Where the overlay opens the first time on a site: over none of the record's fields and controls (issue #12). On
// Dolibarr the old default (top right) covered 17 controls, including back-to-list and next-record.

export type Box = { left: number; top: number; right: number; bottom: number };
export type Size = { width: number; height: number };

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * The free spot for a box of `size` nearest the preferred corner (top right, where the panel-less agent looks), or
 * null when every spot covers something. Scans a grid of `step` px; obstacles get a small margin so the overlay never
 * sits flush on a control.
 */
export function findFreeSpot(
  obstacles: readonly Box[],
  viewport: Size,
  size: Size,
  { step = 8, margin = 4 }: { step?: number; margin?: number } = {},
): { x: number; y: number } | null {
  const grown = obstacles
    .filter((o) => o.right > 0 && o.bottom > 0 && o.left < viewport.width && o.top < viewport.height)
    .map((o) => ({ left: o.left - margin, top: o.top - margin, right: o.right + margin, bottom: o.bottom + margin }));
  const maxX = viewport.width - size.width;
  const maxY = viewport.height - size.height;
  if (maxX < 0 || maxY < 0) return null;
  let best: { x: number; y: number; cost: number } | null = null;
  for (let y = 0; y <= maxY; y += step) {
    for (let x = maxX; x >= 0; x -= step) {
      const cost = maxX - x + y;
      if (best && cost >= best.cost) continue;
      const box = { left: x, top: y, right: x + size.width, bottom: y + size.height };
      if (!grown.some((o) => overlaps(box, o))) best = { x, y, cost };
    }
  }
  return best && { x: best.x, y: best.y };
}
