/**
 * The reminder timer in main: check on start, then once a day while the app runs. Plain Node
 * (timers and a clock are passed in) so a test drives it with a fake clock and a real notifier.
 */
import type { Lang } from '../../../shared/messages/say';
import { notificationText, type ExpiryReminder } from './expiry';

export const DAY_MS = 24 * 60 * 60 * 1000;

export interface ReminderScheduleDeps {
  reminders(now: Date): ExpiryReminder[] | Promise<ExpiryReminder[]>;
  notify(title: string, body: string): void;
  /** The language of the notification (the UI language setting). */
  lang?: () => Lang;
  now?: () => Date;
  setInterval?: (fn: () => void, ms: number) => { unref?: () => void };
  clearInterval?: (handle: unknown) => void;
  onError?: (error: unknown) => void;
}

export interface ReminderSchedule {
  /** Runs a check now (start, and each day); resolves with what it found. */
  check(): Promise<ExpiryReminder[]>;
  stop(): void;
}

export function startReminderSchedule(deps: ReminderScheduleDeps): ReminderSchedule {
  const now = deps.now ?? (() => new Date());
  const every = deps.setInterval ?? ((fn, ms) => setInterval(fn, ms));
  const clear = deps.clearInterval ?? ((h) => clearInterval(h as NodeJS.Timeout));
  const check = async (): Promise<ExpiryReminder[]> => {
    const found = await deps.reminders(now());
    const text = notificationText(found, deps.lang?.() ?? 'en');
    if (text) deps.notify(text.title, text.body);
    return found;
  };
  const run = () => {
    check().catch((error: unknown) => deps.onError?.(error));
  };
  const handle = every(run, DAY_MS);
  // A pending daily timer must not keep the process (CLI, tests) alive.
  handle.unref?.();
  run();
  return { check, stop: () => clear(handle) };
}
