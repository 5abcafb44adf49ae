/**
 * A small, strict XML tokenizer for `$metadata`: start tags with their attributes and end tags, in
 * streamed chunks, nothing else kept. Written for speed on 7–30 MB documents (saxes, the general
 * parser used before, spent most of its time per character and per attribute object; this scanner
 * jumps with indexOf, checks and hashes an attribute value in one pass, keeps only offsets, makes a
 * string of a value only when asked (once per distinct value, through the reader's cache) and of a
 * tag name once per document).
 *
 * It refuses what is not well-formed XML 1.0, with a line and column: mismatched, unclosed or
 * stray tags, text or a second element outside the root, attributes without a quoted value, twice
 * or without whitespace between them, `<` in a value, names with disallowed characters, malformed
 * comments, `]]>` in text, control characters, and every entity but the five predefined ones and
 * character references. A DOCTYPE is handed to the caller, which refuses it: nothing declared in a
 * DTD is ever expanded. Nesting is an array, never recursion. test/unit/core/odata/xml-scanner.test.ts
 * holds it to saxes' verdict on hundreds of mutated documents, xml-attributes.test.ts its attribute
 * reader to saxes' values on generated tags. Its character tables are in
 * xml-chars.ts, positions, names and processing instructions in xml-cursor.ts, the reading of
 * attribute values in xml-attributes.ts.
 */

import { own, type TagAttributes } from './xml-attributes';
import { isBadChar } from './xml-chars';
import { INCOMPLETE, XmlCursor, XmlSyntaxError } from './xml-cursor';

export type { TagAttributes } from './xml-attributes';
export { XmlSyntaxError };

export interface XmlHandler {
  /** A start tag (an empty-element tag is followed at once by close()). */
  open(name: string, attributes: TagAttributes): void;
  close(name: string): void;
  /** `<!DOCTYPE` and up to 16 characters after it. The handler throws; the scanner refuses anyway. */
  doctype(following: string, line: number, column: number): void;
}

export class XmlScanner extends XmlCursor {
  private i = 0;
  /** Don't scan again before the buffer is this long (an unfinished construct waits to double). */
  private wait = 0;
  private readonly stack: string[] = [];
  private rootSeen = false;
  private rootClosed = false;
  private seen: Set<string> | null = null;
  private readonly tagNames: (string | undefined)[] = new Array<string | undefined>(256);

  constructor(private readonly handler: XmlHandler) {
    super();
  }

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

  private endTag(i: number): number {
    const b = this.buf;
    const nameEnd = this.nameEnd(i + 2, 'closing tag');
    if (nameEnd === INCOMPLETE) return INCOMPLETE;
    const gt = this.skipSpace(nameEnd);
    if (gt >= b.length) return INCOMPLETE;
    if (b.charCodeAt(gt) !== 62) this.fail('disallowed character in closing tag', gt);
    const open = this.stack.pop();
    if (open?.length !== nameEnd - i - 2 || !b.startsWith(open, i + 2)) this.fail('unexpected close tag', gt);
    if (this.stack.length === 0) this.rootClosed = true;
    this.handler.close(open);
    return gt + 1;
  }

  private startTag(i: number): number {
    const b = this.buf;
    const n = b.length;
    if (this.rootClosed) this.fail('documents may contain only one root', i + 1);
    const nameEnd = this.nameEnd(i + 1, 'tag name');
    if (nameEnd === INCOMPLETE) return INCOMPLETE;
    this.resetAttributes();
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
    const name = this.tagName(i + 1, nameEnd);
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

  /** The tag name at buf[start, end), made into a string once per document (a few dozen kinds). */
  private tagName(start: number, end: number): string {
    const b = this.buf;
    const len = end - start;
    const slot =
      (len * 31 + b.charCodeAt(start) * 7 + b.charCodeAt(end - 1) + b.charCodeAt(start + (len >> 1))) & 255;
    const hit = this.tagNames[slot];
    if (hit?.length === len && b.startsWith(hit, start)) return hit;
    const name = own(b.slice(start, end));
    this.tagNames[slot] = name;
    return name;
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
    let decode = 0;
    // One pass finds the closing quote, checks every character and makes the value's hash (the
    // key of the reader's string cache).
    let h = 0;
    let close = j + 1;
    for (; ; close++) {
      const c = b.charCodeAt(close);
      // Letters, digits, space and most punctuation need no further look.
      if (c > 60 ? c < 0xfffe : c >= 32 && c !== 38 && c !== q && c !== 60) {
        h = (Math.imul(h, 31) + c) | 0;
        continue;
      }
      if (c === q) break;
      if (Number.isNaN(c)) return INCOMPLETE;
      if (c === 38) {
        const semi = this.reference(close);
        if (semi === INCOMPLETE) return INCOMPLETE;
        decode = 1;
        close = semi;
      } else if (c === 60) {
        this.fail('disallowed character', close);
      } else if (c === 9 || c === 10 || c === 13) {
        decode = 1;
      } else if (isBadChar(c)) {
        this.fail('disallowed character', close);
      }
    }
    this.checkDuplicate(i, nameEnd);
    this.record(i, nameEnd, j + 1, close, decode, h);
    return close + 1;
  }

  private checkDuplicate(start: number, end: number): void {
    if (this.count < 16) {
      if (this.recorded(start, end)) this.fail('duplicate attribute', start);
      return;
    }
    // Many attributes (only a hostile document has them): a set keeps this linear.
    if (!this.seen) {
      this.seen = new Set();
      for (let k = 0; k < this.count; k++) this.seen.add(this.name(k));
    }
    const name = this.buf.slice(start, end);
    if (this.seen.has(name)) this.fail('duplicate attribute', start);
    this.seen.add(name);
  }
}
