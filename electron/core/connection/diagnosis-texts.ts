/**
 * A diagnosis in the reader's language: the title and advice of its code plus the lines specific
 * to this test. The words live in shared/messages (the one place codes become sentences); the
 * result keeps the keyed lines and C4C's own error so the app can say them again in its language.
 */
import type { Diagnosis, DiagnosisCode } from '../../../shared/domain/diagnosis';
import type { ODataError } from '../../../shared/odata/odata-error';
import { lines as sayLines, say, type Lang, type Message } from '../../../shared/messages/say';

/** Title and advice of a code, specific lines first. */
export function adviceOf(lang: Lang, code: DiagnosisCode, specific: readonly Message[] = []) {
  return {
    title: say(lang, `diagnosis.${code}.title`),
    advice: [
      ...specific.map((m) => say(lang, m.key, m.params)),
      ...sayLines(lang, `diagnosis.${code}.advice`),
    ],
  };
}

/** A diagnosis with the standard texts of its code, in `lang` (English unless told). */
export function describe(
  code: DiagnosisCode,
  specific: readonly Message[] = [],
  c4c: ODataError | null = null,
  lang: Lang = 'en',
): Diagnosis {
  return {
    code,
    ...adviceOf(lang, code, specific),
    ...(specific.length ? { lines: [...specific] } : {}),
    ...(c4c ? { c4c } : {}),
  };
}
