import type { JsonStore } from '../core/store/json-store';

export interface WindowBounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

const DEFAULT: WindowBounds = { width: 1280, height: 820, maximized: false };

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** Saved window size and position; anything damaged or absurd falls back to the default. */
export function loadWindowBounds(store: JsonStore): WindowBounds {
  const raw = store.get('window') as Partial<WindowBounds> | undefined;
  if (!raw || !isNum(raw.width) || !isNum(raw.height) || raw.width < 640 || raw.height < 480) return DEFAULT;
  const bounds: WindowBounds = { width: raw.width, height: raw.height, maximized: raw.maximized === true };
  if (isNum(raw.x) && isNum(raw.y)) {
    bounds.x = raw.x;
    bounds.y = raw.y;
  }
  return bounds;
}

export function saveWindowBounds(store: JsonStore, bounds: WindowBounds): void {
  store.set('window', bounds);
}

export interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** How much of the window must lie on a display for its saved place to count: its title bar, grabbable. */
const MIN_VISIBLE = { width: 120, height: 40 };

/**
 * Saved bounds against the displays connected now (each display's work area, i.e. without task bar
 * or dock, from Electron's screen.getAllDisplays(): https://www.electronjs.org/docs/latest/api/screen).
 * A window whose top edge no longer lies on any display (a monitor was unplugged, a laptop left
 * its dock) opens centred on the primary display instead; a size larger than every display shrinks
 * to fit the largest.
 */
export function fitToDisplays(bounds: WindowBounds, workAreas: Area[]): WindowBounds {
  if (workAreas.length === 0) return bounds;
  const widest = Math.max(...workAreas.map((a) => a.width));
  const tallest = Math.max(...workAreas.map((a) => a.height));
  const fitted: WindowBounds = {
    width: Math.min(bounds.width, widest),
    height: Math.min(bounds.height, tallest),
    maximized: bounds.maximized,
  };
  if (bounds.x === undefined || bounds.y === undefined) return fitted;
  const titleBar: Area = { x: bounds.x, y: bounds.y, width: fitted.width, height: MIN_VISIBLE.height };
  const onScreen = workAreas.some((a) => {
    const w = Math.min(titleBar.x + titleBar.width, a.x + a.width) - Math.max(titleBar.x, a.x);
    const h = Math.min(titleBar.y + titleBar.height, a.y + a.height) - Math.max(titleBar.y, a.y);
    return w >= MIN_VISIBLE.width && h >= MIN_VISIBLE.height;
  });
  return onScreen ? { ...fitted, x: bounds.x, y: bounds.y } : fitted;
}
