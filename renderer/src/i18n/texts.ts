/**
 * The app's texts: one JSON file per feature and language, locales/<lang>/<feature>.json, each
 * feature a namespace. Only the language on screen is loaded (one chunk per language: ./en.ts,
 * ./de.ts); the other one loads when the user switches to it. Nothing here but the loading, so the
 * page's first module (../start.ts) can start it as soon as the settings name the language.
 */
import type { Settings } from '../../../shared/contract/app';

export const LANGUAGES = ['en', 'de'] as const;
export type UiLanguage = (typeof LANGUAGES)[number];
export type Namespaces = Record<string, Record<string, unknown>>;

/** The OS language (navigator.languages in Chromium follows the OS) when we have it, else English. */
export function systemLanguage(languages: readonly string[] = navigator.languages): UiLanguage {
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'de' || base === 'en') return base;
  }
  return 'en';
}

/** The language the settings ask for ("system": the OS language). */
export const uiLanguage = (s: Settings): UiLanguage =>
  s.language === 'system' ? systemLanguage() : s.language;

const files: Record<UiLanguage, () => Promise<{ default: Record<string, Record<string, unknown>> }>> = {
  en: () => import('./en'),
  de: () => import('./de'),
};
const loading = new Map<UiLanguage, Promise<Namespaces>>();

async function load(language: UiLanguage): Promise<Namespaces> {
  const out: Namespaces = {};
  for (const [path, content] of Object.entries((await files[language]()).default)) {
    const match = /\/([a-z-]+)\.json$/.exec(path);
    if (match?.[1]) out[match[1]] = content;
  }
  return out;
}

/** The texts of one language by namespace (locales/de/home.json: home), loaded once. */
export function loadTexts(language: UiLanguage): Promise<Namespaces> {
  let pending = loading.get(language);
  if (!pending) loading.set(language, (pending = load(language)));
  return pending;
}
