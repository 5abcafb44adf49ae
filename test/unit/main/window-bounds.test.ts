/** Saved window bounds checked against the displays connected now (fitToDisplays). */
import { describe, expect, it } from 'vitest';
import { fitToDisplays } from '../../../electron/main/window-state';

const laptop = { x: 0, y: 0, width: 1440, height: 860 };
const monitorRight = { x: 1440, y: 0, width: 2560, height: 1400 };
const monitorLeft = { x: -1920, y: 0, width: 1920, height: 1040 };

describe('fitToDisplays', () => {
  it('keeps a window that lies on a connected display', () => {
    const saved = { x: 1600, y: 100, width: 1280, height: 820, maximized: false };
    expect(fitToDisplays(saved, [laptop, monitorRight])).toEqual(saved);
  });

  it('keeps a window on a display left of the primary one (negative coordinates)', () => {
    const saved = { x: -1800, y: 50, width: 1280, height: 820, maximized: true };
    expect(fitToDisplays(saved, [laptop, monitorLeft])).toEqual(saved);
  });

  it('drops the position when its monitor was unplugged, so the window opens centred', () => {
    const saved = { x: 1600, y: 100, width: 1280, height: 820, maximized: false };
    expect(fitToDisplays(saved, [laptop])).toEqual({ width: 1280, height: 820, maximized: false });
  });

  it('drops the position when only a sliver of the title bar would be reachable', () => {
    const saved = { x: 1400, y: 100, width: 1280, height: 820, maximized: false };
    expect(fitToDisplays(saved, [laptop]).x).toBeUndefined();
    const aboveTop = { x: 100, y: -500, width: 1280, height: 820, maximized: false };
    expect(fitToDisplays(aboveTop, [laptop]).x).toBeUndefined();
  });

  it('shrinks a size larger than every display to the largest one', () => {
    const saved = { width: 3000, height: 2000, maximized: false };
    expect(fitToDisplays(saved, [laptop, monitorRight])).toEqual({
      width: 2560,
      height: 1400,
      maximized: false,
    });
  });

  it('leaves the bounds alone when no display is reported', () => {
    const saved = { x: 5, y: 5, width: 1280, height: 820, maximized: false };
    expect(fitToDisplays(saved, [])).toEqual(saved);
  });
});
