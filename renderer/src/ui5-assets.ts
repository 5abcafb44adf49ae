/**
 * UI5's assets for the two languages and two themes this app offers, each loaded on demand. UI5's
 * own `Assets.js` registers about 50 languages, 76 CLDR locales and 10 themes for every package; its
 * registration tables alone were about 40 KiB of the start bundle, and the build carried some 300
 * chunks never loaded (npm run bench, issue 14). Without a registration UI5 would ask a CDN, which
 * our CSP and the offline promise forbid, so every package whose texts or theme the app uses is
 * registered here: English and German texts, English and German CLDR data, Horizon dark.
 * Horizon light is UI5's default theme: every component's style module imports its package's light
 * parameters and registers them itself, so they come with the components. The base light parameters
 * are registered here too (below), from the same module the components import: an earlier
 * registration from the JSON copies fetched the same ~176 KiB a second time at every start (npm run
 * bench). The dark parameters load only when dark is chosen (registerDarkTheme).
 * test/e2e/app.spec.ts checks German and dark for real.
 */
import { registerI18nLoader } from '@ui5/webcomponents-base/dist/asset-registries/i18n.js';
import { registerLocaleDataLoader } from '@ui5/webcomponents-base/dist/asset-registries/LocaleData.js';
import { registerThemePropertiesLoader } from '@ui5/webcomponents-base/dist/asset-registries/Themes.js';

type Loader<T> = (id: string) => Promise<T>;
type I18nData = Record<string, string>;
type CldrData = Record<string, string | boolean | object>;

/** One loader over a table of dynamic imports (each a chunk of its own, loaded on first use). */
const table =
  <T>(loaders: Record<string, () => Promise<{ default: unknown }>>): Loader<T> =>
  async (id) => {
    const load = loaders[id];
    if (!load) throw new Error(`UI5 asset ${id} is not bundled`);
    return (await load()).default as T;
  };

const texts: Record<string, Loader<I18nData>> = {
  '@ui5/webcomponents': table<I18nData>({
    en: () => import('@ui5/webcomponents/dist/generated/assets/i18n/messagebundle_en.json'),
    de: () => import('@ui5/webcomponents/dist/generated/assets/i18n/messagebundle_de.json'),
  }),
  '@ui5/webcomponents-fiori': table<I18nData>({
    en: () => import('@ui5/webcomponents-fiori/dist/generated/assets/i18n/messagebundle_en.json'),
    de: () => import('@ui5/webcomponents-fiori/dist/generated/assets/i18n/messagebundle_de.json'),
  }),
  '@ui5/webcomponents-icons': table<I18nData>({
    en: () => import('@ui5/webcomponents-icons/dist/generated/assets/i18n/messagebundle_en.json'),
    de: () => import('@ui5/webcomponents-icons/dist/generated/assets/i18n/messagebundle_de.json'),
  }),
  '@ui5/webcomponents-react': table<I18nData>({
    en: () => import('@ui5/webcomponents-react/dist/assets/i18n/messagebundle_en.json'),
    de: () => import('@ui5/webcomponents-react/dist/assets/i18n/messagebundle_de.json'),
  }),
};
/** The packages whose texts UI5 shows in the UI language. */
export const UI5_TEXT_PACKAGES = Object.keys(texts);
for (const [pkg, loader] of Object.entries(texts)) {
  for (const lang of ['en', 'de']) registerI18nLoader(pkg, lang, loader);
}

const cldr = table<CldrData>({
  en: () => import('@ui5/webcomponents-localization/dist/generated/assets/cldr/en.json'),
  de: () => import('@ui5/webcomponents-localization/dist/generated/assets/cldr/de.json'),
});
for (const locale of ['en', 'de']) registerLocaleDataLoader(locale, cldr);

type ThemeFile = () => Promise<{ default: unknown }>;

// The components' parameters go on their host elements, the base parameters on :root (as UI5's own tables).
const register = (pkg: string, theme: string, file: ThemeFile, scope?: 'host') => {
  const loader = table<string>({ [theme]: file });
  if (scope) registerThemePropertiesLoader(pkg, theme, loader, scope);
  else registerThemePropertiesLoader(pkg, theme, loader);
};

// Horizon light's base parameters, registered here as well: UI5 now boots after Home's first paint
// (main.tsx), possibly before any component has registered them, and would leave the page without
// them. The same module the components' style modules import, so it is one chunk, loaded once.
register(
  '@ui5/webcomponents-theming',
  'sap_horizon',
  () => import('@ui5/webcomponents-theming/dist/generated/themes/sap_horizon/parameters-bundle.css.js'),
);

let darkRegistered = false;

/** Horizon dark, registered the first time dark is applied (ui5-setup.ts): light starts load none of it. */
export function registerDarkTheme(): void {
  if (darkRegistered) return;
  darkRegistered = true;
  register(
    '@ui5/webcomponents-theming',
    'sap_horizon_dark',
    // The module start-theme.ts shows at a dark start: one chunk for both, loaded once.
    () =>
      import('@ui5/webcomponents-theming/dist/generated/themes/sap_horizon_dark/parameters-bundle.css.js'),
  );
  register(
    '@ui5/webcomponents',
    'sap_horizon_dark',
    () =>
      import('@ui5/webcomponents/dist/generated/assets/themes/sap_horizon_dark/parameters-bundle.css.json'),
    'host',
  );
  register(
    '@ui5/webcomponents-fiori',
    'sap_horizon_dark',
    () =>
      import('@ui5/webcomponents-fiori/dist/generated/assets/themes/sap_horizon_dark/parameters-bundle.css.json'),
    'host',
  );
  // With a theme registered for it, UI5 asks for the fiori package's parameters at every theme
  // change, also before any fiori component (which brings its light ones) is loaded: light too.
  register(
    '@ui5/webcomponents-fiori',
    'sap_horizon',
    () =>
      import('@ui5/webcomponents-fiori/dist/generated/assets/themes/sap_horizon/parameters-bundle.css.json'),
    'host',
  );
}
