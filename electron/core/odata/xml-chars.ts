/**
 * The characters XML 1.0 (5th edition) allows in names and text, and the entities it predefines:
 * the tables the $metadata tokenizer (xml-scanner.ts) and its attribute reader look things up in.
 */

// ASCII name characters: 1 = may start a name, 2 = may continue it.
const NAME = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  if (/[A-Za-z_:]/.test(ch)) NAME[c] = 3;
  else if (/[0-9.-]/.test(ch)) NAME[c] = 2;
}
// XML 1.0 (5th ed.) NameStartChar / NameChar above ASCII, as UTF-16 code units (surrogates of
// characters from U+10000 are allowed, as the standard allows those characters).
const START_RANGES = [
  0xc0, 0xd6, 0xd8, 0xf6, 0xf8, 0x2ff, 0x370, 0x37d, 0x37f, 0x1fff, 0x200c, 0x200d, 0x2070, 0x218f, 0x2c00,
  0x2fef, 0x3001, 0xdbff, 0xf900, 0xfdcf, 0xfdf0, 0xfffd,
];
const MORE_RANGES = [0xb7, 0xb7, 0x300, 0x36f, 0x203f, 0x2040, 0xdc00, 0xdfff];
const inRanges = (c: number, ranges: number[]) => {
  for (let i = 0; i < ranges.length; i += 2)
    if (c >= (ranges[i] ?? 0) && c <= (ranges[i + 1] ?? 0)) return true;
  return false;
};
export const isNameStart = (c: number) => (c < 128 ? ((NAME[c] ?? 0) & 1) === 1 : inRanges(c, START_RANGES));
export const isNameChar = (c: number) =>
  c < 128 ? (NAME[c] ?? 0) !== 0 : inRanges(c, START_RANGES) || inRanges(c, MORE_RANGES);
export const isSpace = (c: number) => c === 32 || c === 10 || c === 9 || c === 13;
/** Characters XML 1.0 never allows (controls but tab/newline/return, U+FFFE, U+FFFF). */
export const isBadChar = (c: number) =>
  (c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffe || c === 0xffff;

const PREDEFINED = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
]);

/**
 * The text of `&ref;` (ref without & and ;): one of the five predefined entities or a character
 * reference; null for anything else (never expanded: no DTD entity exists for this scanner).
 */
export function entityText(ref: string): string | null {
  const predefined = PREDEFINED.get(ref);
  if (predefined !== undefined) return predefined;
  // Leading zeros are allowed (XML 1.0, 4.1: CharRef ::= '&#' [0-9]+ ';' | '&#x' [0-9a-fA-F]+ ';').
  const m = /^#(?:0*([0-9]{1,7})|x0*([0-9A-Fa-f]{1,6}))$/.exec(ref);
  const code = m ? Number.parseInt(m[1] ?? m[2] ?? '', m[1] ? 10 : 16) : NaN;
  if (
    Number.isNaN(code) ||
    code > 0x10ffff ||
    (code >= 0xd800 && code <= 0xdfff) ||
    (code < 0x10000 && isBadChar(code))
  ) {
    return null;
  }
  return String.fromCodePoint(code);
}
