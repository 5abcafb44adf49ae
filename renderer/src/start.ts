/**
 * The first code the page runs: asks main for the settings (language, theme), Home's data and the
 * expiry reminders before the rest of the app (React, i18next) is evaluated, so the answers travel
 * while that code is parsed and run instead of after it. Settings go first: the first render waits
 * for them, and main answers in order. Taken once; later visits to Home ask anew.
 */
import type { Settings } from '../../shared/contract/app';
import { api } from './api';
import { loadTexts, uiLanguage } from './i18n/texts';
import { effectiveTheme, showStartTheme } from './start-theme';

/** The settings; without them (main could not read them) the OS's language and theme. */
export const startSettings: Promise<Settings> = api.settings
  .get({})
  .then((r) => (r.ok ? r.value : { language: 'system', theme: 'system' }));

/**
 * A request sent at start whose answer the first render may already use. Taken once: after the
 * start answer was taken (or the start request handed out), each call asks anew.
 */
function askedAtStart<T>(ask: () => Promise<T>) {
  let pending: Promise<T> | null = ask();
  let arrived: T | null = null;
  pending.then(
    (r) => {
      if (pending) arrived = r;
    },
    // The caller's own request (now) sees the failure; nothing to keep here.
    () => undefined,
  );
  return {
    /** The start answer if it is already in (for a first render, no second pass after an effect). */
    arrived: (): T | null => {
      const answer = arrived;
      if (answer) {
        pending = null;
        arrived = null;
      }
      return answer;
    },
    /** The start request the first time, a fresh one after that. */
    now: (): Promise<T> => {
      const request = pending ?? ask();
      pending = null;
      arrived = null;
      return request;
    },
  };
}

/** Home's data: its rows are usually in its first render. */
const overview = askedAtStart(() => api.home.overview({}));
export const arrivedHomeOverview = overview.arrived;
export const homeOverview = overview.now;

/**
 * The key pairs close to expiry: the banner above Home is then in Home's first frame, not pushing
 * it down a moment later (hands-on review: ~74 px).
 */
const reminders = askedAtStart(() => api.reminders.list({}));
export const arrivedReminders = reminders.arrived;
export const remindersNow = reminders.now;

// The texts of the language the settings name load beside the app's chunks, not after them.
void startSettings.then((s) => loadTexts(uiLanguage(s))).catch(() => undefined);

/**
 * The theme's parameters on the page (start-theme.ts). Light's chunk is preloaded by index.html;
 * dark's is asked for when the settings answer, while the app's chunks still load and run.
 */
export const startTheme: Promise<void> = startSettings
  .then((s) => showStartTheme(effectiveTheme(s.theme)))
  // Without them Home still shows, unstyled until UI5 applies the theme a moment later.
  .catch(() => undefined);

// The app itself: index.html preloads its chunks (electron.vite.config.ts), so they load while
// these two requests are answered.
void import('./main');
