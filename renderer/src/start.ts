/**
 * The first code the page runs: asks main for the settings (language, theme) and for Home's data
 * before the rest of the app (UI5, React, i18next) is evaluated, so both answers travel while that
 * code is parsed and run instead of after it. Settings go first: the first render waits for them,
 * and main answers in order. Taken once; later visits to Home ask anew.
 */
import type { Settings } from '../../shared/contract/app';
import { api } from './api';
import { loadTexts, uiLanguage } from './i18n/texts';
import { effectiveTheme, showStartTheme } from './start-theme';

/** The settings; without them (main could not read them) the OS's language and theme. */
export const startSettings: Promise<Settings> = api.settings
  .get({})
  .then((r) => (r.ok ? r.value : { language: 'system', theme: 'system' }));

type OverviewAnswer = Awaited<ReturnType<typeof api.home.overview>>;
type RemindersAnswer = Awaited<ReturnType<typeof api.reminders.list>>;

let startOverview: Promise<OverviewAnswer> | null = api.home.overview({});
/** The start answer once it is in, until Home takes it. */
let arrived: OverviewAnswer | null = null;
startOverview.then(
  (r) => {
    if (startOverview) arrived = r;
  },
  // Home's own request (homeOverview) sees the failure; nothing to keep here.
  () => undefined,
);

/** Home's data asked for at start, the first time; a fresh request after that. */
export function homeOverview(): Promise<OverviewAnswer> {
  const pending = startOverview ?? api.home.overview({});
  startOverview = null;
  arrived = null;
  return pending;
}

/**
 * The start answer if it is already in (it usually is by the first render): Home then shows its
 * rows in its first render, with no second pass after an effect. Taken once, like homeOverview.
 */
export function arrivedHomeOverview(): OverviewAnswer | null {
  const answer = arrived;
  if (answer) {
    startOverview = null;
    arrived = null;
  }
  return answer;
}

/**
 * The key pairs close to expiry, asked for at start too: the banner above Home is then in Home's
 * first frame, not pushing it down a moment later (hands-on review: ~74 px). Taken once.
 */
let startReminders: Promise<RemindersAnswer> | null = api.reminders.list({});
let arrivedRemindersAnswer: RemindersAnswer | null = null;
startReminders.then(
  (r) => {
    if (startReminders) arrivedRemindersAnswer = r;
  },
  () => undefined,
);

/** The start answer if it is already in (for the banner's first render); taken once. */
export function arrivedReminders(): RemindersAnswer | null {
  const answer = arrivedRemindersAnswer;
  arrivedRemindersAnswer = null;
  return answer;
}

/** The reminders asked for at start, the first time; a fresh request after that. */
export function remindersNow(): Promise<RemindersAnswer> {
  const pending = startReminders ?? api.reminders.list({});
  startReminders = null;
  arrivedRemindersAnswer = null;
  return pending;
}

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
