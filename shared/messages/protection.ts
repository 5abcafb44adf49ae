/**
 * A .p12's protection summary in the reader's language. Core writes it in English from the words
 * of the catalog (electron/core/pkcs12/protection.ts) and stores it with the key pair, so records
 * written by earlier versions read the same: the English words are swapped for the language's.
 */
import { PROBLEMS_EN } from './problems';
import { say, type Lang } from './say';

const [, ITERATIONS_SUFFIX = ''] = PROBLEMS_EN['protection.iterations'].split('{count}');
// Digits then the suffix: linear (no nested or overlapping repetition).
const ITERATIONS = new RegExp(`(\\d+)${ITERATIONS_SUFFIX}`);

export function protectionSummary(lang: Lang, summary: string): string {
  if (lang === 'en') return summary;
  if (summary === PROBLEMS_EN['protection.createdHere']) return say(lang, 'protection.createdHere');
  const notEncrypted = PROBLEMS_EN['protection.notEncrypted'];
  let text = summary.startsWith(notEncrypted)
    ? `${say(lang, 'protection.notEncrypted')}${summary.slice(notEncrypted.length)}`
    : summary;
  text = text.replaceAll(PROBLEMS_EN['protection.legacy'], say(lang, 'protection.legacy'));
  // The count as written (no grouping), as in the English summary.
  text = text.replace(ITERATIONS, (_whole, n: string) => say(lang, 'protection.iterations', { count: n }));
  return text.replace(PROBLEMS_EN['protection.noMac'], say(lang, 'protection.noMac'));
}
