/**
 * The attributes of the start tag the scanner (xml-scanner.ts) reports: offsets into its buffer,
 * read only when the handler asks. A value is made into a string once and kept in a small cache,
 * as $metadata repeats names, types and labels thousands of times; a value needs decoding only
 * when the scanner saw an entity or a tab, newline or return in it.
 */
import { entityText } from './xml-chars';

/** The attributes of the start tag being reported; valid only during the open() call. */
export interface TagAttributes {
  readonly count: number;
  name(i: number): string;
  value(i: number): string;
  get(name: string): string | undefined;
  equals(name: string, text: string): boolean;
  int(name: string): number | null;
}

// 4,096 slots: small enough to stay in the processor's cache (64 K slots spent more time on memory
// than they saved), enough for the few hundred values a $metadata document repeats.
const CACHE_SIZE = 1 << 12;
/** A copy of a string that holds no reference to the string it was sliced from. */
export const own = (s: string): string => (s.length < 13 ? s : (' ' + s).slice(1));

/**
 * One of 32 bits for an attribute name, from its length and last character. A tag's names set
 * their bits; a name whose bit is not set is not there, so most looks for an absent attribute
 * (Precision, Scale, value help on most properties) and most duplicate checks end at once.
 */
const nameBit = (length: number, last: number): number => 1 << ((length * 7 + last) & 31);

/** The scanner's buffer and the current tag's attributes, read through TagAttributes. */
export abstract class AttributeReader implements TagAttributes {
  protected buf = '';
  count = 0;
  /** Per attribute six numbers: name start, name end, value start, value end, needs decoding, hash. */
  private at = new Int32Array(96);
  /** The bits (nameBit) of this tag's attribute names. */
  private names = 0;
  /** Where find() looks first: after the attribute found last, as tags list theirs in the order read. */
  private next = 0;
  /** Per slot the value's text and its raw characters (the same string unless decoded). */
  private readonly cache: (string | undefined)[] = new Array<string | undefined>(CACHE_SIZE * 2);
  /** Per slot the raw characters' hash and length, side by side: a miss is told at one look. */
  private readonly cacheKey = new Int32Array(CACHE_SIZE * 2);

  name(k: number): string {
    return this.buf.slice(this.off(k * 6), this.off(k * 6 + 1));
  }

  value(k: number): string {
    const b = this.buf;
    const start = this.off(k * 6 + 2);
    const end = this.off(k * 6 + 3);
    // Values repeat a lot (types, names, labels): a small cache keyed by the hash the scanner made
    // of the raw characters finds the string made before without allocating a new one.
    const len = end - start;
    const h = this.off(k * 6 + 5);
    const slot = ((h ^ (h >>> 15)) & (CACHE_SIZE - 1)) * 2;
    const hit = this.cache[slot];
    if (
      hit !== undefined &&
      this.cacheKey[slot] === h &&
      this.cacheKey[slot + 1] === len &&
      b.startsWith(this.cache[slot + 1] ?? '', start)
    ) {
      return hit;
    }
    // A slice of 13 or more characters is a view that keeps its whole chunk (a megabyte) alive;
    // the value kept is a copy.
    const raw = own(b.slice(start, end));
    const text = this.off(k * 6 + 4) === 0 ? raw : this.decode(start, end);
    this.cache[slot] = text;
    this.cache[slot + 1] = raw;
    this.cacheKey[slot] = h;
    this.cacheKey[slot + 1] = len;
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
        // The scanner checked every reference before reporting the tag.
        parts.push(b.slice(from, j), entityText(b.slice(j + 1, semi)) ?? '');
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
    if (this.off(k * 6 + 4) !== 0) return this.value(k) === text;
    const start = this.off(k * 6 + 2);
    return this.off(k * 6 + 3) - start === text.length && this.buf.startsWith(text, start);
  }

  /** The attribute read as Number.parseInt(value, 10) would, or null (absent or not a number). */
  int(name: string): number | null {
    const k = this.find(name);
    if (k < 0) return null;
    const b = this.buf;
    let j = this.off(k * 6 + 2);
    const end = this.off(k * 6 + 3);
    if (this.off(k * 6 + 4) !== 0) {
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

  /** A new tag: no attributes yet. */
  protected resetAttributes(): void {
    this.count = 0;
    this.names = 0;
    this.next = 0;
  }

  /** Adds an attribute of the tag being scanned (offsets into buf, the value's hash). */
  protected record(
    nameStart: number,
    nameEnd: number,
    start: number,
    end: number,
    decode: number,
    hash: number,
  ): void {
    const o = this.count * 6;
    if (o + 6 > this.at.length) {
      const grown = new Int32Array(this.at.length * 2);
      grown.set(this.at);
      this.at = grown;
    }
    const at = this.at;
    at[o] = nameStart;
    at[o + 1] = nameEnd;
    at[o + 2] = start;
    at[o + 3] = end;
    at[o + 4] = decode;
    at[o + 5] = hash;
    this.names |= nameBit(nameEnd - nameStart, this.buf.charCodeAt(nameEnd - 1));
    this.count++;
  }

  /** Whether an attribute named as buf[start, end) is already recorded for this tag. */
  protected recorded(start: number, end: number): boolean {
    const len = end - start;
    if ((this.names & nameBit(len, this.buf.charCodeAt(end - 1))) === 0) return false;
    const b = this.buf;
    for (let k = 0; k < this.count; k++) {
      const s = this.off(k * 6);
      if (this.off(k * 6 + 1) - s !== len) continue;
      let c = 0;
      while (c < len && b.charCodeAt(s + c) === b.charCodeAt(start + c)) c++;
      if (c === len) return true;
    }
    return false;
  }

  protected off(i: number): number {
    return this.at[i] ?? 0;
  }

  private find(name: string): number {
    const len = name.length;
    if ((this.names & nameBit(len, name.charCodeAt(len - 1))) === 0) return -1;
    const b = this.buf;
    const n = this.count;
    let k = this.next;
    for (let tries = 0; tries < n; tries++, k++) {
      if (k >= n) k = 0;
      const s = this.off(k * 6);
      if (this.off(k * 6 + 1) - s === len && b.startsWith(name, s)) {
        this.next = k + 1;
        return k;
      }
    }
    return -1;
  }
}
