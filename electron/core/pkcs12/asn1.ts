/**
 * Reading ASN.1 with node-forge's parser (structure only: every cryptographic step runs natively in
 * node:crypto). Any shape we do not expect throws INVALID_FILE, never a TypeError.
 */
import forge from 'node-forge';
import { problems } from './problems';

export type Node = forge.asn1.Asn1;
const { Class, Type } = forge.asn1;

/** Deep enough for any real PKCS#12 (about 12 levels), shallow enough that no stack overflows. */
const MAX_DEPTH = 64;

export function parseDer(bytes: Uint8Array, options: { parseAllBytes?: boolean } = {}): Node {
  try {
    // decodeBitStrings off: certificates are left to X509Certificate; guessing ASN.1 inside bit
    // strings is wasted work on hostile input.
    const parse = forge.asn1.fromDer as unknown as (
      bytes: string,
      options: { strict: boolean; parseAllBytes: boolean; decodeBitStrings: boolean; maxDepth: number },
    ) => Node;
    return parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1'), {
      strict: true,
      parseAllBytes: options.parseAllBytes ?? true,
      decodeBitStrings: false,
      maxDepth: MAX_DEPTH,
    });
  } catch {
    throw problems.invalidFile();
  }
}

export function toDer(node: Node): Buffer {
  return Buffer.from(forge.asn1.toDer(node).getBytes(), 'latin1');
}

export function children(node: Node | undefined): Node[] {
  if (!node || !Array.isArray(node.value)) throw problems.invalidFile();
  return node.value;
}

export function child(node: Node | undefined, index: number): Node {
  const found = children(node)[index];
  if (!found) throw problems.invalidFile();
  return found;
}

/** The inner value of a context-specific [n] EXPLICIT tag. */
export function explicit(node: Node | undefined, tag = 0): Node {
  if (!isContext(node, tag)) throw problems.invalidFile();
  return child(node, 0);
}

export function isContext(node: Node | undefined, tag: number): boolean {
  // forge types tags as enums; a context tag number is any small integer.
  return node?.tagClass === Class.CONTEXT_SPECIFIC && (node.type as number) === tag;
}

export function oidOf(node: Node | undefined): string {
  if (node?.tagClass !== Class.UNIVERSAL || node.type !== Type.OID || typeof node.value !== 'string')
    throw problems.invalidFile();
  return forge.asn1.derToOid(node.value);
}

/**
 * Bytes of an OCTET STRING (or an IMPLICIT-tagged one). BER writers (older Windows) split long
 * values into constructed chunks, which are concatenated here.
 */
export function bytesOf(node: Node | undefined): Buffer {
  if (!node) throw problems.invalidFile();
  if (typeof node.value === 'string') return Buffer.from(node.value, 'latin1');
  return Buffer.concat(node.value.map((part) => bytesOf(part)));
}

/** A non-negative INTEGER; values beyond 2^48 come back as Infinity so limits reject them. */
export function intOf(node: Node | undefined): number {
  if (node?.tagClass !== Class.UNIVERSAL || node.type !== Type.INTEGER || typeof node.value !== 'string')
    throw problems.invalidFile();
  const bytes = Buffer.from(node.value, 'latin1');
  if (bytes.length === 0 || (bytes[0] ?? 0) & 0x80) throw problems.invalidFile();
  let start = 0;
  while (start < bytes.length - 1 && bytes[start] === 0) start++;
  const significant = bytes.subarray(start);
  return significant.length > 6 ? Infinity : significant.readUIntBE(0, significant.length);
}

/** A BMPString (friendly names) as text; forge's parser already decodes UTF-16 into a string. */
export function bmpStringOf(node: Node | undefined): string {
  if (typeof node?.value !== 'string') throw problems.invalidFile();
  return node.value;
}

/** A context-specific [n] node; forge's typings only allow its universal Type enum as tag number. */
function createTagged(tag: number, constructed: boolean, value: string | Node[]): Node {
  const create: (c: number, t: number, k: boolean, v: string | Node[]) => Node = forge.asn1.create;
  return create(Class.CONTEXT_SPECIFIC, tag, constructed, value);
}

// Builders for writing a .p12 (build.ts).
export const der = {
  seq: (items: Node[]) => forge.asn1.create(Class.UNIVERSAL, Type.SEQUENCE, true, items),
  set: (items: Node[]) => forge.asn1.create(Class.UNIVERSAL, Type.SET, true, items),
  oid: (oid: string) =>
    forge.asn1.create(Class.UNIVERSAL, Type.OID, false, forge.asn1.oidToDer(oid).getBytes()),
  int: (value: number) =>
    forge.asn1.create(Class.UNIVERSAL, Type.INTEGER, false, forge.asn1.integerToDer(value).getBytes()),
  octets: (bytes: Uint8Array) =>
    forge.asn1.create(Class.UNIVERSAL, Type.OCTETSTRING, false, Buffer.from(bytes).toString('latin1')),
  // forge encodes a BMPSTRING's text as UTF-16 itself.
  bmp: (text: string) => forge.asn1.create(Class.UNIVERSAL, Type.BMPSTRING, false, text),
  null: () => forge.asn1.create(Class.UNIVERSAL, Type.NULL, false, ''),
  explicit: (tag: number, inner: Node) => createTagged(tag, true, [inner]),
  implicitOctets: (tag: number, bytes: Uint8Array) =>
    createTagged(tag, false, Buffer.from(bytes).toString('latin1')),
};
