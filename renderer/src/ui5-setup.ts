/**
 * UI5 offline: ui5-assets.ts registers the themes, locale data and UI5's own texts the app uses
 * (bundled, each on demand); without them UI5 fetches from a CDN (blocked by our CSP and the offline
 * promise). Font loading is off for the same reason; fonts.css declares the "72" font from the
 * bundled theming content.
 */
import './ui5-assets';
import { setDefaultFontLoading } from '@ui5/webcomponents-base/dist/config/Fonts.js';
import { setLanguage } from '@ui5/webcomponents-base/dist/config/Language.js';
import { boot, isBooted } from '@ui5/webcomponents-base/dist/Boot.js';
import { getTheme, setTheme } from '@ui5/webcomponents-base/dist/config/Theme.js';
import applyUi5Theme from '@ui5/webcomponents-base/dist/theming/applyTheme.js';
import type { Settings } from '../../shared/contract/app';

setDefaultFontLoading(false);

const dark = window.matchMedia('(prefers-color-scheme: dark)');

export function effectiveTheme(
  theme: Settings['theme'],
  osDark = dark.matches,
): 'sap_horizon' | 'sap_horizon_dark' {
  const isDark = theme === 'dark' || (theme === 'system' && osDark);
  return isDark ? 'sap_horizon_dark' : 'sap_horizon';
}

export async function applyTheme(theme: Settings['theme']): Promise<void> {
  const name = effectiveTheme(theme);
  document.documentElement.dataset.theme = name;
  const booted = isBooted();
  await setTheme(name);
  // During UI5's own boot a setTheme is recorded but not applied, and the boot applies the theme it
  // read when it got there: dark chosen at start came up light about one start in three
  // (test/e2e/app.spec.ts). After the boot, the chosen theme is applied once more.
  if (!booted) {
    await boot();
    await applyUi5Theme(getTheme());
  }
}

/** Follow the OS when the user chose "system"; returns the unsubscribe function. */
export function followOsTheme(getTheme: () => Settings['theme']): () => void {
  const listener = () => {
    if (getTheme() === 'system') void applyTheme('system');
  };
  dark.addEventListener('change', listener);
  return () => dark.removeEventListener('change', listener);
}

export const applyUi5Language = (lang: string): Promise<void> => setLanguage(lang);
