/**
 * The renderer's side of shared/messages: what main sends as a key and parameters (errors,
 * diagnosis lines, hand-over notes) said in the UI language. English messages from main are only
 * the fallback for an error sent without a key, and only in the English UI.
 */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { isolatedParams } from '../../../shared/messages/bidi';
import { langOf, isMessageKey, say, sayMessage, type Lang, type Params } from '../../../shared/messages/say';
import type { AppError } from '../../../shared/result';

export function uiLanguage(i18n: { resolvedLanguage?: string | undefined; language: string }): Lang {
  return langOf(i18n.resolvedLanguage ?? i18n.language);
}

export function errorText(lang: Lang, error: AppError): string {
  if (error.key && isMessageKey(error.key))
    return sayOnScreen(lang, error.params ? { key: error.key, params: error.params } : { key: error.key });
  if (lang === 'en') return error.message;
  const generic = `error.${error.code}`;
  return isMessageKey(generic) ? say(lang, generic) : error.message;
}

/** The UI language and its sayers, for components (stable while the language stays). */
export function useMessages() {
  const { i18n } = useTranslation();
  const lang = uiLanguage(i18n);
  const say = useCallback((e: AppError) => errorText(lang, e), [lang]);
  return { lang, errorText: say };
}

/**
 * A keyed line from main said on screen (diagnosis lines, notices): its parameters come from
 * servers and files (a certificate's subject, a host, a path), each isolated where it needs it.
 */
export const sayOnScreen = (lang: Lang, m: { key: string; params?: Params }): string =>
  sayMessage(lang, m.params ? { key: m.key, params: isolatedParams(m.params) } : m);
