import { describe, expect, it } from 'vitest';
import { placeToolbar } from './placeToolbar';

const size = { width: 200, height: 40 };
const viewport = { width: 1000, height: 800 };
const reader = { top: 0, bottom: 800, left: 300, right: 1000 };

describe('placeToolbar', () => {
  it('centres the toolbar above the selection', () => {
    const selection = { top: 400, bottom: 420, left: 500, right: 700 };
    expect(placeToolbar(selection, size, viewport, reader)).toEqual({
      top: 352,
      left: 500,
      side: 'above',
    });
  });

  it('flips below a selection near the top', () => {
    const selection = { top: 30, bottom: 50, left: 500, right: 700 };
    expect(placeToolbar(selection, size, viewport, reader)).toMatchObject({
      top: 58,
      side: 'below',
    });
  });

  it('stays inside the reader and the window', () => {
    const nearLeft = placeToolbar(
      { top: 400, bottom: 420, left: 300, right: 310 },
      size,
      viewport,
      reader,
    );
    expect(nearLeft.left).toBe(308);
    const nearRight = placeToolbar(
      { top: 400, bottom: 420, left: 990, right: 999 },
      size,
      viewport,
      reader,
    );
    expect(nearRight.left).toBe(792);
    const scrolledAway = placeToolbar(
      { top: 2000, bottom: 2100, left: 500, right: 700 },
      size,
      viewport,
      reader,
    );
    expect(scrolledAway.top).toBe(752);
  });
});
