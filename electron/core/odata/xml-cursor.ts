/**
 * Where the $metadata tokenizer (xml-scanner.ts) stands in its buffer: line and column for errors
 * (counted lazily, only up to what was scanned), names, white space, references and processing
 * instructions, each checked as XML 1.0 (5th edition) requires.
 */
import { AttributeReader } from './xml-attributes';
import { entityText, isNameChar, isNameStart, isSpace } from './xml-chars';

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

/** A construct runs past the end of the buffer: wait for more input. */
export const INCOMPLETE = -1;

export abstract class XmlCursor extends AttributeReader {
  // Position bookkeeping: absolute offset of buf[0], and the line that holds buf[counted].
  protected base = 0;
  protected counted = 0;
  private line = 1;
  private lineStart = 0;

  /** Reads a name from i; returns its end, or INCOMPLETE at the buffer's end. */
  protected nameEnd(i: number, what: string): number {
    const b = this.buf;
    const n = b.length;
    if (i >= n) return INCOMPLETE;
    if (!isNameStart(b.charCodeAt(i))) this.fail(`disallowed character in ${what}`, i);
    let j = i + 1;
    while (j < n && isNameChar(b.charCodeAt(j))) j++;
    return j < n ? j : INCOMPLETE;
  }

  protected skipSpace(j: number): number {
    const b = this.buf;
    while (j < b.length && isSpace(b.charCodeAt(j))) j++;
    return j;
  }

  /** The text of `&ref;` (ref without & and ;) at index at; only predefined and character references. */
  protected entity(ref: string, at: number): string {
    return (
      entityText(ref) ??
      this.fail(
        ref.startsWith('#') ? 'malformed character entity' : `undefined entity: ${ref.slice(0, 40)}`,
        at,
      )
    );
  }

  /**
   * The reference `&...;` starting at i in an attribute value, checked as entity() does; returns the
   * index of its `;`, or INCOMPLETE.
   */
  protected reference(i: number): number {
    const b = this.buf;
    let j = i + 1;
    for (; ; j++) {
      const c = b.charCodeAt(j);
      if (c === 59) break;
      if (Number.isNaN(c)) return INCOMPLETE;
      if (c !== 35 && !isNameChar(c)) this.fail('malformed entity', i);
    }
    // &amp; (the one SAP's labels hold) without making a string of it.
    if (j - i !== 4 || !b.startsWith('amp', i + 1)) this.entity(b.slice(i + 1, j), i);
    return j;
  }

  /** A processing instruction from i (the XML declaration only at the very start, with a version). */
  protected instruction(i: number): number {
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

  protected advanceLines(upTo: number): void {
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
  protected position(at: number): { line: number; column: number } {
    this.advanceLines(Math.max(at, this.counted));
    return { line: this.line, column: this.base + at - this.lineStart + 1 };
  }

  protected fail(reason: string, at: number): never {
    const { line, column } = this.position(at);
    throw new XmlSyntaxError(reason, line, column);
  }
}
