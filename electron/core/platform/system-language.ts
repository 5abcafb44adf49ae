/**
 * The operating system's language as C4C Connect speaks it (German or English), for the CLI's
 * default --lang and main's notifications. POSIX locale variables first (LC_ALL, LC_MESSAGES,
 * LANG, in the order POSIX gives them precedence), then the locale ICU resolved for this process.
 */
import { langOf, type Lang } from '../../../shared/messages/say';

export function systemLang(env: NodeJS.ProcessEnv = process.env): Lang {
  const posix = env.LC_ALL || env.LC_MESSAGES || env.LANG;
  if (posix && posix !== 'C' && posix !== 'POSIX') return langOf(posix);
  return langOf(Intl.DateTimeFormat().resolvedOptions().locale);
}

/** The UI language of a setting ("system", "en", "de"). */
export function settingLang(setting: string, env: NodeJS.ProcessEnv = process.env): Lang {
  return setting === 'de' || setting === 'en' ? setting : systemLang(env);
}
