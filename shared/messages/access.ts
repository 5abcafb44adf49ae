/**
 * The title and advice of an access check cell in the reader's language, from its outcome code
 * (shared/messages), so the window and the CLI say it in theirs whatever language core used.
 */
import type { AccessOutcome } from '../domain/access-check';
import { lines, say, type Lang } from './say';

export function accessText(lang: Lang, outcome: AccessOutcome): { title: string; advice: string[] } {
  if (outcome === 'UNREACHABLE')
    return { title: say(lang, 'access.UNREACHABLE.title'), advice: [say(lang, 'access.UNREACHABLE.advice')] };
  if (outcome === 'CANCELLED') return { title: say(lang, 'access.CANCELLED.title'), advice: [] };
  return {
    title: say(lang, `diagnosis.${outcome}.title`),
    advice: lines(lang, `diagnosis.${outcome}.advice`),
  };
}
