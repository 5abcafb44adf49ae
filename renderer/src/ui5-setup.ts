/**
 * UI5 offline: Assets.js brings themes, locale data and UI5's own texts into the bundle; without it
 * UI5 fetches them from a CDN (blocked by our CSP and the offline promise). Font loading is off for
 * the same reason; fonts.css declares the "72" font from the bundled theming content.
 */
import '@ui5/webcomponents-react/dist/Assets.js';
import { setDefaultFontLoading } from '@ui5/webcomponents-base/dist/config/Fonts.js';
import { setLanguage } from '@ui5/webcomponents-base/dist/config/Language.js';
import { setTheme } from '@ui5/webcomponents-base/dist/config/Theme.js';
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
  await setTheme(name);
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
