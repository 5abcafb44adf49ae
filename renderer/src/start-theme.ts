/**
 * Horizon's base parameters (the --sap* CSS variables) on the page before UI5 is loaded. Home, the
 * first screen, is drawn with plain elements in Horizon's look (PlainButton, PlainIcon, Heading) and
 * UI5 loads after its first paint (main.tsx): its ~300 KiB of code, its boot and its components'
 * first renders were most of the time to Home's first paint (npm run bench, issue 14).
 *
 * The parameters are the very module UI5's components import for the theme (its theming package's
 * parameters bundle), adopted the way UI5 adopts them: a constructed stylesheet on the document,
 * which our CSP allows where an inline <style> would need 'unsafe-inline'. Once UI5 has applied its
 * theme (ui5-setup.ts applyTheme), this sheet is dropped, so one set of parameters is left.
 */
import type { Settings } from '../../shared/contract/app';

export type ThemeName = 'sap_horizon' | 'sap_horizon_dark';

const PARAMETERS: Record<ThemeName, () => Promise<{ default: string }>> = {
  sap_horizon: () =>
    import('@ui5/webcomponents-theming/dist/generated/themes/sap_horizon/parameters-bundle.css.js'),
  sap_horizon_dark: () =>
    import('@ui5/webcomponents-theming/dist/generated/themes/sap_horizon_dark/parameters-bundle.css.js'),
};

/** The OS's light or dark, which the "system" setting follows. */
export const osDark = window.matchMedia('(prefers-color-scheme: dark)');

/** The theme a setting means ("system": the OS's light or dark). */
export function effectiveTheme(theme: Settings['theme'], dark = osDark.matches): ThemeName {
  const isDark = theme === 'dark' || (theme === 'system' && dark);
  return isDark ? 'sap_horizon_dark' : 'sap_horizon';
}

let sheet: CSSStyleSheet | null = null;

/** Puts the theme's base parameters on the page (until UI5 applies its own). */
export async function showStartTheme(name: ThemeName): Promise<void> {
  const { default: css } = await PARAMETERS[name]();
  const next = new CSSStyleSheet();
  next.replaceSync(css);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets.filter((s) => s !== sheet), next];
  sheet = next;
  document.documentElement.dataset.theme = name;
  // Says the parameters on the page are these, not UI5's yet (test/e2e/app.spec.ts waits for UI5's).
  document.documentElement.dataset.startTheme = name;
}

/** UI5 has applied its theme: its parameters are the page's from now on. */
export function dropStartTheme(): void {
  if (!sheet) return;
  const dropped = sheet;
  document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== dropped);
  sheet = null;
  delete document.documentElement.dataset.startTheme;
}
