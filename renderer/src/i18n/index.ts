import i18next, { type FormatterModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { interpolated } from '../../../shared/messages/say';
import { loadTexts, type UiLanguage } from './texts';

export { LANGUAGES, systemLanguage, uiLanguage, type UiLanguage } from './texts';

/** Languages whose texts i18next holds (the one shown at start, then each one switched to). */
const loaded = new Set<UiLanguage>();

/**
 * Every value a text says, as the screen needs it: a number in the UI language (1.200 in German,
 * 1,200 in English; i18next's own formatter formats a value only where a text names a format, and
 * no text here does), a name that could turn its sentence around in its own bidi isolate.
 */
const valuesOnScreen: FormatterModule = {
  type: 'formatter',
  init: () => undefined,
  add: () => undefined,
  addCached: () => undefined,
  // i18next hands every interpolated value through here (alwaysFormat).
  format: (value, _format, lng) => interpolated(value, lng) as string,
};

export async function initI18n(language: UiLanguage): Promise<typeof i18next> {
  const namespaces = await loadTexts(language);
  loaded.add(language);
  await i18next
    .use(initReactI18next)
    .use(valuesOnScreen)
    .init({
      resources: { [language]: namespaces },
      lng: language,
      fallbackLng: 'en',
      defaultNS: 'common',
      interpolation: { escapeValue: false, alwaysFormat: true },
      returnNull: false,
    });
  return i18next;
}

/** Switch the texts: the language's texts are loaded first, then every component re-renders once. */
export async function changeUiLanguage(language: UiLanguage): Promise<void> {
  if (!loaded.has(language)) {
    for (const [ns, content] of Object.entries(await loadTexts(language))) {
      i18next.addResourceBundle(language, ns, content);
    }
    loaded.add(language);
  }
  await i18next.changeLanguage(language);
}
