/**
 * UI5 offline: ui5-assets.ts registers the themes, locale data and UI5's own texts the app uses
 * (bundled, each on demand); without them UI5 fetches from a CDN (blocked by our CSP and the offline
 * promise). Font loading is off for the same reason; fonts.css declares the "72" font from the
 * bundled theming content.
 */
import { registerDarkTheme, UI5_TEXT_PACKAGES } from './ui5-assets';
import { fetchI18nBundle } from '@ui5/webcomponents-base/dist/asset-registries/i18n.js';
import { setDefaultFontLoading } from '@ui5/webcomponents-base/dist/config/Fonts.js';
import { setLanguage } from '@ui5/webcomponents-base/dist/config/Language.js';
import getLocale from '@ui5/webcomponents-base/dist/locale/getLocale.js';
import { boot, isBooted } from '@ui5/webcomponents-base/dist/Boot.js';
import { getTheme, setTheme } from '@ui5/webcomponents-base/dist/config/Theme.js';
import applyUi5Theme from '@ui5/webcomponents-base/dist/theming/applyTheme.js';
import { attachThemeLoaded } from '@ui5/webcomponents-base/dist/theming/ThemeLoaded.js';
import type { Settings } from '../../shared/contract/app';
import { dropStartTheme, effectiveTheme, osDark } from './start-theme';

setDefaultFontLoading(false);

/** The theme UI5 last put on the page (its boot applies the theme it read when it got there). */
let shownTheme: string | undefined;
attachThemeLoaded((theme: string) => {
  shownTheme = theme;
});

export async function applyTheme(theme: Settings['theme']): Promise<void> {
  const name = effectiveTheme(theme);
  if (name === 'sap_horizon_dark') registerDarkTheme();
  document.documentElement.dataset.theme = name;
  const booted = isBooted();
  await setTheme(name);
  // During UI5's own boot a setTheme is recorded but not applied, and the boot applies the theme it
  // read when it got there: dark chosen at start came up light about one start in three
  // (test/e2e/app.spec.ts). After the boot, the chosen theme is applied once more, only when the
  // boot showed another one: applying a theme a second time updates UI5's stylesheets, and its
  // update path (Runtimes.js compareRuntimes) makes an Intl.Collator, ~40 ms of the first start on
  // the bench machine (npm run bench, issue 14).
  if (!booted) {
    await boot();
    if (shownTheme !== getTheme()) await applyUi5Theme(getTheme());
  }
  // UI5's parameters are on the page now; the ones shown before it loaded (start-theme.ts) go.
  dropStartTheme();
}

/** Follow the OS when the user chose "system"; returns the unsubscribe function. */
export function followOsTheme(getTheme: () => Settings['theme']): () => void {
  const listener = () => {
    if (getTheme() === 'system') void applyTheme('system');
  };
  osDark.addEventListener('change', listener);
  return () => osDark.removeEventListener('change', listener);
}

/** Switch UI5's own texts and locale data (CLDR) to the language; resolves when all is shown. */
export const applyUi5Language = (lang: string): Promise<void> => setLanguage(lang);

/**
 * UI5's language at start: its own texts in that language (the English ones are built into the
 * components; German ones load here), set when this module loads. UI5 starts in the OS language
 * (navigator.languages, locale/getLocale.js). Setting a language starts a language change that
 * loads that language's CLDR data (~100 KiB, used by date and number fields, none on Home), and
 * every language-aware component (ui5-button among them) holds its first render until the change is
 * done (UI5Element.connectedCallback, getLanguageChangePending): when Home still had UI5 buttons,
 * they came up ~200 ms after the rows (npm run bench, issue 14). So the language is set only when
 * the UI's is another one than the OS's; components that need CLDR load it when they are defined.
 */
function startUi5Language(lang: string): void {
  if (!osLocaleServes(lang)) void setLanguage(lang);
  for (const pkg of UI5_TEXT_PACKAGES) void fetchI18nBundle(pkg);
}

/**
 * OS locales whose UI5 locale data is the one ui5-assets.ts registers for the UI language: en-US
 * and de-DE resolve to "en" and "de". Another region (de-AT, de-CH, en-GB...) has data of its own in
 * UI5 that is not bundled here, and UI5 would fall back to English for it, so the language is set.
 */
function osLocaleServes(lang: string): boolean {
  const os = getLocale();
  const region = os.getRegion();
  const tag = region ? `${os.getLanguage()}_${region}` : os.getLanguage();
  return os.getLanguage() === lang && ['en', 'en_US', 'de', 'de_DE'].includes(tag);
}

/**
 * Whatever loads UI5 first (main.tsx after Home's first frame, or a notice's or a page's component
 * through ui5-first.ts), UI5 boots in the theme and language Home already shows (start-theme.ts and
 * main.tsx set them on <html> before the first render): a component defined first boots UI5 at once
 * (UI5Element.define), in whatever theme was recorded by then. Before the boot, setTheme only records.
 */
const shownAtStart = document.documentElement.dataset.theme;
if (shownAtStart === 'sap_horizon_dark') {
  registerDarkTheme();
  void setTheme(shownAtStart);
}
startUi5Language(document.documentElement.lang || 'en');
