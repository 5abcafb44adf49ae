import i18next, { type FormatterModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { interpolated } from '../../../shared/messages/say';

export const LANGUAGES = ['en', 'de'] as const;
export type UiLanguage = (typeof LANGUAGES)[number];

/**
 * One JSON file per feature and language: locales/<lang>/<feature>.json, each feature a namespace.
 * A unit test fails when a key exists in one language and not the other.
 */
const files = import.meta.glob<Record<string, unknown>>('./locales/*/*.json', {
  eager: true,
  import: 'default',
});

export function resources(): Record<string, Record<string, Record<string, unknown>>> {
  const out: Record<string, Record<string, Record<string, unknown>>> = {};
  for (const [path, content] of Object.entries(files)) {
    const match = /\.\/locales\/([a-z]+)\/([a-z-]+)\.json$/.exec(path);
    if (!match) continue;
    const [, lang, ns] = match as unknown as [string, string, string];
    (out[lang] ??= {})[ns] = content;
  }
  return out;
}

/** The OS language (navigator.languages in Chromium follows the OS) when we have it, else English. */
export function systemLanguage(languages: readonly string[] = navigator.languages): UiLanguage {
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'de' || base === 'en') return base;
  }
  return 'en';
}

/**
 * Every number a text says, in the UI language (1.200 in German, 1,200 in English): i18next's own
 * formatter formats a value only where a text names a format, and no text here does.
 */
const numbersInUiLanguage: FormatterModule = {
  type: 'formatter',
  init: () => undefined,
  add: () => undefined,
  addCached: () => undefined,
  // i18next hands every interpolated value through here (alwaysFormat); only numbers change.
  format: (value, _format, lng) => interpolated(value, lng) as string,
};

export async function initI18n(language: UiLanguage): Promise<typeof i18next> {
  await i18next.use(initReactI18next).use(numbersInUiLanguage).init({
    resources: resources(),
    lng: language,
    fallbackLng: 'en',
    defaultNS: 'common',
    interpolation: { escapeValue: false, alwaysFormat: true },
    returnNull: false,
  });
  return i18next;
}
