/**
 * A small, strict XML tokenizer for `$metadata`: start tags with their attributes and end tags, in
 * streamed chunks, nothing else kept. Written for speed on 7–30 MB documents (saxes, the general
 * parser used before, spent most of its time per character and per attribute object; this scanner
 * jumps with indexOf and reads an attribute's value only when asked).
 *
 * It refuses what is not well-formed XML 1.0, with a line and column: mismatched, unclosed or
 * stray tags, text or a second element outside the root, attributes without a quoted value, twice
 * or without whitespace between them, `<` in a value, names with disallowed characters, malformed
 * comments, `]]>` in text, control characters, and every entity but the five predefined ones and
 * character references. A DOCTYPE is handed to the caller, which refuses it: nothing declared in a
 * DTD is ever expanded. Nesting is an array, never recursion. test/unit/core/odata/xml-scanner.test.ts
 * holds it to saxes' verdict on hundreds of mutated documents.
 */

export class XmlSyntaxError extends Error {
  constructor(
    readonly reason: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(`${line}:${column}: ${reason}`);
    this.name = 'XmlSyntaxError';
  }
}

/** The attributes of the start tag being reported; valid only during the open() call. */
export interface TagAttributes {
  readonly count: number;
  name(i: number): string;
  value(i: number): string;
  get(name: string): string | undefined;
  equals(name: string, text: string): boolean;
  int(name: string): number | null;
}

export interface XmlHandler {
  /** A start tag (an empty-element tag is followed at once by close()). */
  open(name: string, attributes: TagAttributes): void;
  close(name: string): void;
  /** `<!DOCTYPE` and up to 16 characters after it. The handler throws; the scanner refuses anyway. */
  doctype(following: string, line: number, column: number): void;
}

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
const isNameStart = (c: number) => (c < 128 ? ((NAME[c] ?? 0) & 1) === 1 : inRanges(c, START_RANGES));
const isNameChar = (c: number) =>
  c < 128 ? (NAME[c] ?? 0) !== 0 : inRanges(c, START_RANGES) || inRanges(c, MORE_RANGES);
const isSpace = (c: number) => c === 32 || c === 10 || c === 9 || c === 13;
/** Characters XML 1.0 never allows (controls but tab/newline/return, U+FFFE, U+FFFF). */
const isBadChar = (c: number) => (c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffe || c === 0xffff;

const PREDEFINED = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
]);
const INCOMPLETE = -1;
const CACHE_SIZE = 1 << 16;
/** A copy of a string that holds no reference to the string it was sliced from. */
const own = (s: string): string => (s.length < 13 ? s : (' ' + s).slice(1));

export class XmlScanner implements TagAttributes {
  private buf = '';
  private i = 0;
  /** Don't scan again before the buffer is this long (an unfinished construct waits to double). */
  private wait = 0;
  // Position bookkeeping: absolute offset of buf[0], and the line that holds buf[counted].
  private base = 0;
  private counted = 0;
  private line = 1;
  private lineStart = 0;
  private readonly stack: string[] = [];
  private rootSeen = false;
  private rootClosed = false;
  // The current start tag's attributes: offsets into buf, and whether a value needs decoding.
  count = 0;
  private readonly at: number[] = [];
  private seen: Set<string> | null = null;
  private readonly cache: (string | undefined)[] = new Array<string | undefined>(CACHE_SIZE);
  private readonly cacheText: (string | undefined)[] = new Array<string | undefined>(CACHE_SIZE);
  private readonly cacheRaw = new Int32Array(CACHE_SIZE);

  constructor(private readonly handler: XmlHandler) {}

  write(text: string): void {
    this.buf = this.i === this.buf.length ? text : this.buf + text;
    if (this.buf.length < this.wait) return;
    this.scan(false);
    this.advanceLines(this.i);
    this.base += this.i;
    this.counted -= this.i;
    this.buf = this.buf.slice(this.i);
    this.i = 0;
    this.wait = this.buf.length * 2;
  }

  /** The end of the document: anything unfinished or unclosed is an error. */
  close(): void {
    this.scan(true);
    const end = this.buf.length;
    if (!this.rootSeen) this.fail('document must contain a root element', end);
    if (this.stack.length > 0) this.fail(`unclosed tag: ${this.stack[this.stack.length - 1]}`, end);
  }

  // TagAttributes, over the start tag just read.
  name(k: number): string {
    return this.buf.slice(this.off(k * 5), this.off(k * 5 + 1));
  }

  value(k: number): string {
    const b = this.buf;
    const start = this.off(k * 5 + 2);
    const end = this.off(k * 5 + 3);
    // Values repeat a lot (types, names, labels): a small cache keyed by a few of the raw
    // characters finds the string made before without allocating or hashing a new one.
    const len = end - start;
    let h = len;
    if (len > 0) {
      h = h * 31 + b.charCodeAt(start);
      h = h * 31 + b.charCodeAt(end - 1);
      h = h * 31 + b.charCodeAt(start + (len >> 1));
      h = h * 31 + b.charCodeAt(start + (len >> 2));
      h = h * 31 + b.charCodeAt(end - 1 - (len >> 2));
    }
    const slot = h & (CACHE_SIZE - 1);
    const hit = this.cache[slot];
    if (hit !== undefined && this.cacheRaw[slot] === len && b.startsWith(this.cacheText[slot] ?? '', start)) {
      return hit;
    }
    // A slice of 13 or more characters is a view that keeps its whole chunk (a megabyte) alive;
    // the value kept is a copy.
    const raw = own(b.slice(start, end));
    const text = this.off(k * 5 + 4) === 0 ? raw : this.decode(start, end);
    this.cache[slot] = text;
    this.cacheText[slot] = raw;
    this.cacheRaw[slot] = len;
    return text;
  }

  private decode(start: number, end: number): string {
    const b = this.buf;
    const parts: string[] = [];
    let from = start;
    for (let j = start; j < end; j++) {
      const c = b.charCodeAt(j);
      if (c === 38) {
        const semi = b.indexOf(';', j);
        parts.push(b.slice(from, j), this.entity(b.slice(j + 1, semi), j));
        from = semi + 1;
        j = semi;
      } else if (c === 9 || c === 10 || c === 13) {
        // Attribute-value normalisation (XML 1.0, 3.3.3); a CR LF pair is one line break.
        parts.push(b.slice(from, j), c === 13 && b.charCodeAt(j + 1) === 10 ? '' : ' ');
        from = j + 1;
      }
    }
    parts.push(b.slice(from, end));
    // join makes one flat string (not a chain of concatenations).
    return parts.join('');
  }

  get(name: string): string | undefined {
    const k = this.find(name);
    return k < 0 ? undefined : this.value(k);
  }

  /** Whether the attribute is present and its value is exactly `text` (without making a string). */
  equals(name: string, text: string): boolean {
    const k = this.find(name);
    if (k < 0) return false;
    if (this.off(k * 5 + 4) !== 0) return this.value(k) === text;
    const start = this.off(k * 5 + 2);
    return this.off(k * 5 + 3) - start === text.length && this.buf.startsWith(text, start);
  }

  /** The attribute read as Number.parseInt(value, 10) would, or null (absent or not a number). */
  int(name: string): number | null {
    const k = this.find(name);
    if (k < 0) return null;
    const b = this.buf;
    let j = this.off(k * 5 + 2);
    const end = this.off(k * 5 + 3);
    if (this.off(k * 5 + 4) !== 0) {
      const n = Number.parseInt(this.value(k), 10);
      return Number.isFinite(n) ? n : null;
    }
    while (j < end && b.charCodeAt(j) === 32) j++;
    const sign = b.charCodeAt(j) === 45 ? -1 : 1;
    if (b.charCodeAt(j) === 45 || b.charCodeAt(j) === 43) j++;
    let n = 0;
    const first = j;
    for (let c = b.charCodeAt(j); j < end && c >= 48 && c <= 57; c = b.charCodeAt(++j)) n = n * 10 + c - 48;
    if (j === first) return null;
    // Long digit runs lose precision in the loop above; parseInt rounds them the same way it always did.
    return j - first > 15 ? Number.parseInt(b.slice(first - (sign < 0 ? 1 : 0), j), 10) : sign * n;
  }

  private off(i: number): number {
    return this.at[i] ?? 0;
  }

  private find(name: string): number {
    const b = this.buf;
    for (let k = 0; k < this.count; k++) {
      const s = this.off(k * 5);
      if (this.off(k * 5 + 1) - s === name.length && b.startsWith(name, s)) return k;
    }
    return -1;
  }

  private scan(final: boolean): void {
    const b = this.buf;
    const n = b.length;
    let i = this.i;
    while (i < n) {
      const lt = b.indexOf('<', i);
      if (lt !== i) {
        // Text up to the next tag; at the very end only once the input is complete.
        if (lt < 0 && !final) break;
        const end = lt < 0 ? n : lt;
        this.text(i, end);
        i = end;
        if (lt < 0) break;
      }
      const next = this.markup(i, final);
      if (next === INCOMPLETE) {
        if (final) this.fail('unexpected end', n);
        break;
      }
      i = next;
    }
    this.i = i;
  }

  private text(start: number, end: number): void {
    const b = this.buf;
    const inRoot = this.stack.length > 0;
    for (let j = start; j < end; j++) {
      const c = b.charCodeAt(j);
      if (c === 32 || c === 10 || c === 9 || c === 13) continue;
      if (c === 0xfeff && this.base + j === 0) continue;
      if (!inRoot) this.fail('text data outside of root node', j);
      if (c === 38) {
        const semi = b.indexOf(';', j);
        if (semi < 0 || semi >= end) this.fail('malformed entity', j);
        this.entity(b.slice(j + 1, semi), j);
        j = semi;
      } else if (c === 93 && b.startsWith(']]>', j) && j + 2 < end) {
        this.fail('the string "]]>" is disallowed in char data', j);
      } else if (isBadChar(c)) {
        this.fail('disallowed character', j);
      }
    }
  }

  /** What `<` at i starts; returns the index after it, or INCOMPLETE. */
  private markup(i: number, final: boolean): number {
    const b = this.buf;
    const c = b.charCodeAt(i + 1);
    if (Number.isNaN(c)) return INCOMPLETE;
    if (c === 47) return this.endTag(i);
    if (c === 63) return this.instruction(i);
    if (c !== 33) return this.startTag(i);
    if (b.startsWith('<!--', i)) {
      const end = b.indexOf('-->', i + 4);
      if (end < 0) return INCOMPLETE;
      const dashes = b.indexOf('--', i + 4);
      if (dashes < end || b.charCodeAt(end - 1) === 45) this.fail('malformed comment', end);
      return end + 3;
    }
    if (b.startsWith('<![CDATA[', i)) {
      if (this.stack.length === 0) this.fail('CDATA outside of root node', i);
      const end = b.indexOf(']]>', i + 9);
      return end < 0 ? INCOMPLETE : end + 3;
    }
    const head = b.slice(i, i + 9).toUpperCase();
    if (head === '<!DOCTYPE') {
      if (b.length - i < 25 && !final) return INCOMPLETE;
      const { line, column } = this.position(i);
      this.handler.doctype(b.slice(i + 9, i + 25), line, column);
      this.fail('a document type declaration is not allowed', i);
    }
    const prefixOf = (s: string) => s.startsWith(head);
    if (b.length - i < 9 && !final && (prefixOf('<!DOCTYPE') || prefixOf('<![CDATA[') || prefixOf('<!--'))) {
      return INCOMPLETE;
    }
    return this.fail('incorrect syntax', i + 1);
  }

  private instruction(i: number): number {
    const b = this.buf;
    const end = b.indexOf('?>', i + 2);
    if (end < 0) return INCOMPLETE;
    let j = i + 2;
    if (!isNameStart(b.charCodeAt(j))) this.fail('processing instruction without a target', j);
    while (j < end && isNameChar(b.charCodeAt(j))) j++;
    if (j < end && !isSpace(b.charCodeAt(j)))
      this.fail('disallowed character in processing instruction name', j);
    const target = b.slice(i + 2, j);
    if (target.toLowerCase() === 'xml') {
      const at = this.base + i;
      if (target !== 'xml' || !(at === 0 || (at === 1 && b.charCodeAt(i - 1) === 0xfeff))) {
        this.fail('an XML declaration must be at the start of the document', j);
      }
      if (!/^\s+version\s*=\s*(["'])1\.[0-9]+\1/.test(b.slice(j, end))) {
        this.fail('XML declaration must contain a version', j);
      }
    }
    return end + 2;
  }

  /** Reads a name from i; returns its end, or INCOMPLETE at the buffer's end. */
  private nameEnd(i: number, what: string): number {
    const b = this.buf;
    const n = b.length;
    if (i >= n) return INCOMPLETE;
    if (!isNameStart(b.charCodeAt(i))) this.fail(`disallowed character in ${what}`, i);
    let j = i + 1;
    while (j < n && isNameChar(b.charCodeAt(j))) j++;
    return j < n ? j : INCOMPLETE;
  }

  private skipSpace(j: number): number {
    const b = this.buf;
    while (j < b.length && isSpace(b.charCodeAt(j))) j++;
    return j;
  }

  private endTag(i: number): number {
    const b = this.buf;
    const nameEnd = this.nameEnd(i + 2, 'closing tag');
    if (nameEnd === INCOMPLETE) return INCOMPLETE;
    const gt = this.skipSpace(nameEnd);
    if (gt >= b.length) return INCOMPLETE;
    if (b.charCodeAt(gt) !== 62) this.fail('disallowed character in closing tag', gt);
    const open = this.stack.pop();
    const name = b.slice(i + 2, nameEnd);
    if (open !== name) this.fail('unexpected close tag', gt);
    if (this.stack.length === 0) this.rootClosed = true;
    this.handler.close(name);
    return gt + 1;
  }

  private startTag(i: number): number {
    const b = this.buf;
    const n = b.length;
    if (this.rootClosed) this.fail('documents may contain only one root', i + 1);
    const nameEnd = this.nameEnd(i + 1, 'tag name');
    if (nameEnd === INCOMPLETE) return INCOMPLETE;
    this.count = 0;
    this.seen = null;
    let j = nameEnd;
    let empty = false;
    for (;;) {
      const after = this.skipSpace(j);
      if (after >= n) return INCOMPLETE;
      const c = b.charCodeAt(after);
      if (c === 62) {
        j = after + 1;
        break;
      }
      if (c === 47) {
        if (after + 1 >= n) return INCOMPLETE;
        if (b.charCodeAt(after + 1) !== 62)
          this.fail('forward-slash in opening tag not followed by >', after + 1);
        empty = true;
        j = after + 2;
        break;
      }
      if (after === j) {
        this.fail(j === nameEnd ? 'disallowed character in tag name' : 'no whitespace between attributes', j);
      }
      j = this.attribute(after);
      if (j === INCOMPLETE) return INCOMPLETE;
    }
    const name = b.slice(i + 1, nameEnd);
    this.stack.push(name);
    this.rootSeen = true;
    this.handler.open(name, this);
    if (empty) {
      this.stack.pop();
      if (this.stack.length === 0) this.rootClosed = true;
      this.handler.close(name);
    }
    return j;
  }

  /** One `name="value"` from i; records it and returns the index after the closing quote. */
  private attribute(i: number): number {
    const b = this.buf;
    const nameEnd = this.nameEnd(i, 'attribute name');
    if (nameEnd === INCOMPLETE) return INCOMPLETE;
    let j = this.skipSpace(nameEnd);
    if (j >= b.length) return INCOMPLETE;
    if (b.charCodeAt(j) !== 61) this.fail('attribute without value', j);
    j = this.skipSpace(j + 1);
    if (j >= b.length) return INCOMPLETE;
    const q = b.charCodeAt(j);
    if (q !== 34 && q !== 39) this.fail('unquoted attribute value', j);
    const close = b.indexOf(q === 34 ? '"' : "'", j + 1);
    if (close < 0) return INCOMPLETE;
    let decode = 0;
    for (let k = j + 1; k < close; k++) {
      const c = b.charCodeAt(k);
      if (c === 38) {
        const semi = b.indexOf(';', k);
        if (semi < 0 || semi >= close) this.fail('malformed entity', k);
        this.entity(b.slice(k + 1, semi), k);
        decode = 1;
        k = semi;
      } else if (c === 60) {
        this.fail('disallowed character', k);
      } else if (c === 9 || c === 10 || c === 13) {
        decode = 1;
      } else if (c < 32 || c >= 0xfffe) {
        if (isBadChar(c)) this.fail('disallowed character', k);
      }
    }
    this.checkDuplicate(i, nameEnd);
    const o = this.count * 5;
    this.at[o] = i;
    this.at[o + 1] = nameEnd;
    this.at[o + 2] = j + 1;
    this.at[o + 3] = close;
    this.at[o + 4] = decode;
    this.count++;
    return close + 1;
  }

  private checkDuplicate(start: number, end: number): void {
    const b = this.buf;
    const len = end - start;
    if (this.count < 16) {
      for (let k = 0; k < this.count; k++) {
        const s = this.off(k * 5);
        if (this.off(k * 5 + 1) - s === len && b.startsWith(b.slice(start, end), s)) {
          this.fail('duplicate attribute', start);
        }
      }
      return;
    }
    // Many attributes (only a hostile document has them): a set keeps this linear.
    if (!this.seen) {
      this.seen = new Set();
      for (let k = 0; k < this.count; k++) this.seen.add(this.name(k));
    }
    const name = b.slice(start, end);
    if (this.seen.has(name)) this.fail('duplicate attribute', start);
    this.seen.add(name);
  }

  /** The text of `&ref;` (ref without & and ;) at index at; only predefined and character references. */
  private entity(ref: string, at: number): string {
    const predefined = PREDEFINED.get(ref);
    if (predefined !== undefined) return predefined;
    const m = /^#(?:([0-9]{1,7})|x([0-9A-Fa-f]{1,6}))$/.exec(ref);
    const code = m ? Number.parseInt(m[1] ?? m[2] ?? '', m[1] ? 10 : 16) : NaN;
    if (
      Number.isNaN(code) ||
      code > 0x10ffff ||
      (code >= 0xd800 && code <= 0xdfff) ||
      (code < 0x10000 && isBadChar(code))
    ) {
      return this.fail(
        ref.startsWith('#') ? 'malformed character entity' : `undefined entity: ${ref.slice(0, 40)}`,
        at,
      );
    }
    return String.fromCodePoint(code);
  }

  private advanceLines(upTo: number): void {
    const b = this.buf;
    let nl = b.indexOf('\n', this.counted);
    while (nl >= 0 && nl < upTo) {
      this.line++;
      this.lineStart = this.base + nl + 1;
      nl = b.indexOf('\n', nl + 1);
    }
    this.counted = upTo;
  }

  /** The 1-based line and column of buf[at] (at >= this.i). */
  private position(at: number): { line: number; column: number } {
    this.advanceLines(Math.max(at, this.counted));
    return { line: this.line, column: this.base + at - this.lineStart + 1 };
  }

  private fail(reason: string, at: number): never {
    const { line, column } = this.position(at);
    throw new XmlSyntaxError(reason, line, column);
  }
}
