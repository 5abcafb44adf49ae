/**
 * A value inside a sentence that could reorder the sentence around it: a name with a right-to-left
 * override left open (names come from imported files and .p12 files too), or with right-to-left
 * letters, which pull neighbouring digits and punctuation with them. Such a value is put in its own
 * bidi isolate (U+2068 FIRST STRONG ISOLATE ... U+2069 POP DIRECTIONAL ISOLATE,
 * https://www.unicode.org/reports/tr9/#Explicit_Directional_Isolates), which keeps whatever it holds
 * inside and shows nothing itself. Values that cannot move anything (left-to-right text, digits)
 * stay as they are: the UI's languages are left-to-right, and copied values never pass here.
 */

/** Explicit directional formatting characters and marks (embeddings, overrides, isolates, LRM/RLM/ALM). */
const CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
/**
 * Letters of right-to-left scripts: Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, Mandaic and
 * their presentation forms, and the RTL blocks of the supplementary planes.
 */
const RIGHT_TO_LEFT = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]|[\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;

export const FSI = '\u2068';
export const PDI = '\u2069';

/**
 * The value's own isolates balanced, so it cannot leave the isolate put around it: a PDI without
 * its initiator would close ours early and let what follows (an override) act on the sentence, so
 * it is dropped; an initiator left open is closed at the end. Embeddings and overrides left open
 * need nothing: the closing PDI ends them (TR9, rule X6a).
 */
function balanced(value: string): string {
  let open = 0;
  let out = '';
  for (const ch of value) {
    if (ch === '\u2066' || ch === '\u2067' || ch === FSI) open++;
    else if (ch === PDI) {
      if (open === 0) continue;
      open--;
    }
    out += ch;
  }
  return out + PDI.repeat(open);
}

export function isolated(value: string): string {
  return CONTROLS.test(value) || RIGHT_TO_LEFT.test(value) ? `${FSI}${balanced(value)}${PDI}` : value;
}

/** The text values of a message's parameters, each isolated where it needs it (numbers as they are). */
export function isolatedParams<P extends Record<string, string | number>>(params: P): P {
  return Object.fromEntries(
    Object.entries(params).map(([k, v]) => [k, typeof v === 'string' ? isolated(v) : v]),
  ) as P;
}
