/**
 * Looks at what a server sent without regular expressions: every scan walks the text once, so a
 * hostile answer (`<edmx:Edmx ` repeated for megabytes) costs what a normal one of the same size
 * costs (issue 9: the regular expressions this replaces were quadratic and froze the main process).
 */

/** Longest element name looked at (prefix included); longer names are not ours. */
const MAX_NAME = 64;

const isNameChar = (code: number): boolean =>
  (code >= 48 && code <= 58) || // 0-9 and ':'
  (code >= 65 && code <= 90) ||
  (code >= 97 && code <= 122) ||
  code === 95 || // _
  code === 45 || // -
  code === 46; // .

export interface Tag {
  /** The whole name as written ("edmx:Edmx"). */
  name: string;
  /** Without its namespace prefix ("Edmx"). */
  local: string;
  /** Index of the "<". */
  start: number;
  /** Index just after the name. */
  nameEnd: number;
}

/**
 * The next start tag at or after `from` whose local name (after any "prefix:") is `local`, before
 * `limit`. Each "<" is looked at once and names are read at most MAX_NAME characters far.
 */
export function findTag(text: string, local: string, from = 0, limit = text.length): Tag | null {
  const end = Math.min(limit, text.length);
  let i = text.indexOf('<', from);
  while (i !== -1 && i < end) {
    let j = i + 1;
    let colon = -1;
    while (j < text.length && j - i <= MAX_NAME) {
      const code = text.charCodeAt(j);
      if (!isNameChar(code)) break;
      if (code === 58) colon = j;
      j++;
    }
    const localStart = colon === -1 ? i + 1 : colon + 1;
    if (j - i <= MAX_NAME && j - localStart === local.length && text.startsWith(local, localStart)) {
      const name = text.slice(i + 1, j);
      return { name, local, start: i, nameEnd: j };
    }
    i = text.indexOf('<', Math.max(j, i + 1));
  }
  return null;
}

/** The first start tag with this local name (any prefix), or null. */
export const firstTag = (text: string, local: string, limit?: number): Tag | null =>
  findTag(text, local, 0, limit);

/** How many start tags have this local name. */
export function countTags(text: string, local: string): number {
  let n = 0;
  for (let tag = findTag(text, local); tag; tag = findTag(text, local, tag.nameEnd)) n++;
  return n;
}

/** An attribute of a start tag, read within the tag and at most `max` characters of value. */
export function attributeOf(text: string, tag: Tag, attribute: string, max = 100): string | null {
  const close = text.indexOf('>', tag.nameEnd);
  const inside = text.slice(tag.nameEnd, close === -1 ? Math.min(text.length, tag.nameEnd + 4096) : close);
  let at = inside.indexOf(attribute);
  while (at !== -1) {
    const before = inside.charCodeAt(at - 1);
    let k = at + attribute.length;
    while (inside[k] === ' ') k++;
    if (!isNameChar(before) && inside[k] === '=') {
      k++;
      while (inside[k] === ' ') k++;
      const quote = inside[k];
      if (quote === '"' || quote === "'") {
        const endQuote = inside.indexOf(quote, k + 1);
        if (endQuote !== -1 && endQuote - k - 1 <= max) return inside.slice(k + 1, endQuote);
      }
      return null;
    }
    at = inside.indexOf(attribute, at + attribute.length);
  }
  return null;
}

/** The text of the first element with this local name, when it is plain text of at most `max` characters. */
export function textOf(text: string, local: string, max: number): string | null {
  const tag = firstTag(text, local);
  if (!tag) return null;
  const open = text.indexOf('>', tag.nameEnd);
  if (open === -1 || text[open - 1] === '/') return null;
  const close = text.indexOf('<', open + 1);
  if (close === -1 || close - open - 1 > max || close - open - 1 < 1) return null;
  const after = firstEndTag(text, close);
  return after === local ? text.slice(open + 1, close) : null;
}

function firstEndTag(text: string, at: number): string | null {
  if (text[at + 1] !== '/') return null;
  let j = at + 2;
  while (j < text.length && j - at <= MAX_NAME && isNameChar(text.charCodeAt(j))) j++;
  const name = text.slice(at + 2, j);
  const colon = name.lastIndexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
}

/** The text after leading white space, at most `length` characters of it, lower case. */
export function headOf(text: string, length: number): string {
  let i = 0;
  while (i < text.length && i < 4096 && /\s/.test(text.charAt(i))) i++;
  return text.slice(i, i + length).toLowerCase();
}
