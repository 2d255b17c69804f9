import { findFreeSpot } from '@/utils/overlay/free-spot';

const viewport = { width: 1000, height: 800 };
const size = { width: 300, height: 400 };

describe('findFreeSpot', () => {
  it('takes the top right corner when nothing is there', () => {
    expect(findFreeSpot([], viewport, size)).toEqual({ x: 700, y: 0 });
  });

  it('moves off the controls it would cover, staying near the top right', () => {
    const toolbar = { left: 600, top: 0, right: 1000, bottom: 60 };
    const spot = findFreeSpot([toolbar], viewport, size);
    expect(spot).not.toBeNull();
    expect(spot!.y + 0).toBeGreaterThanOrEqual(64);
    expect(spot!.x).toBe(700);
  });

  it('returns null when every spot covers something (the caller docks a tab)', () => {
    const grid = Array.from({ length: 10 }, (_, i) => ({
      left: 0,
      top: i * 80 + 30,
      right: 1000,
      bottom: i * 80 + 40,
    }));
    expect(findFreeSpot(grid, viewport, size)).toBeNull();
    expect(findFreeSpot(grid, viewport, { width: 168, height: 32 })).not.toBeNull();
  });

  it('returns null when the window is smaller than the box', () => {
    expect(findFreeSpot([], { width: 200, height: 200 }, size)).toBeNull();
  });
});
