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
