import { overlaySize, placeAroundDialogs } from '@/utils/overlay/position';

const viewport = { width: 1280, height: 900 };
const box = (left: number, top: number, right: number, bottom: number) => ({ left, top, right, bottom });

describe('placeAroundDialogs', () => {
  it("keeps the agent's position when it covers no dialog", () => {
    expect(placeAroundDialogs({ x: 900, y: 72, collapsed: false }, [box(100, 100, 700, 500)], viewport)).toEqual({
      x: 900,
      y: 72,
    });
  });

  it('moves to the nearest free side of a dialog it would cover', () => {
    const spot = placeAroundDialogs({ x: 600, y: 72, collapsed: false }, [box(190, 60, 890, 610)], viewport);
    expect(spot).toEqual({ x: 898, y: 72 });
  });

  it('gives up (hides) when the dialogs leave no room anywhere', () => {
    expect(placeAroundDialogs({ x: 600, y: 72, collapsed: false }, [box(0, 0, 1280, 900)], viewport)).toBeNull();
  });

  it('never returns a spot that overlaps a dialog or leaves the screen', () => {
    const dialogs = [box(300, 0, 1000, 400), box(0, 450, 1280, 900)];
    const spot = placeAroundDialogs({ x: 500, y: 100, collapsed: true }, dialogs, viewport);
    expect(spot).not.toBeNull();
    if (!spot) return;
    const mine = box(spot.x, spot.y, spot.x + overlaySize.width, spot.y + overlaySize.handle);
    for (const d of dialogs)
      expect(mine.left < d.right && d.left < mine.right && mine.top < d.bottom && d.top < mine.bottom).toBe(false);
    expect(mine.right).toBeLessThanOrEqual(viewport.width);
  });
});
