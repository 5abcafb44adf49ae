/** Damaged and hostile files give their error code quickly: never a crash, a hang or a stray error. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import forge from 'node-forge';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../../../shared/errors';
import { CodedError } from '../../../../shared/result';
import { der, toDer } from '../../../../electron/core/pkcs12/asn1';
import { MAX_PKCS12_BYTES, buildPkcs12, openPkcs12 } from '../../../../electron/core/pkcs12/index';

const dir = join(import.meta.dirname, '../../../fixtures/pkcs12');
const fixture = (name: string) => readFileSync(join(dir, name));
const PKCS12_CODES = [
  'WRONG_PASSWORD',
  'INVALID_FILE',
  'NO_PRIVATE_KEY',
  'NO_CERTIFICATE',
  'KEY_CERT_MISMATCH',
  'UNSUPPORTED_ENCRYPTION',
  'FILE_TOO_LARGE',
];

async function codeOf(bytes: Uint8Array, password = 'Test1234'): Promise<string> {
  try {
    await openPkcs12(bytes, password);
    return 'ok';
  } catch (error) {
    if (!(error instanceof CodedError)) throw error;
    expect(ERROR_CODES).toContain(error.code);
    return error.code;
  }
}

/** A small deterministic PRNG, so a failure can be replayed. */
function prng(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) >>> 0) / 2 ** 32;
}

type Asn1 = forge.asn1.Asn1;
const parse = (bytes: Buffer) => forge.asn1.fromDer(bytes.toString('latin1'));
const toBuffer = (node: Asn1) => Buffer.from(forge.asn1.toDer(node).getBytes(), 'latin1');
const kids = (node: Asn1 | undefined): Asn1[] => (Array.isArray(node?.value) ? node.value : []);
const integer = (n: number) =>
  forge.asn1.create(
    forge.asn1.Class.UNIVERSAL,
    forge.asn1.Type.INTEGER,
    false,
    forge.asn1.integerToDer(n).getBytes(),
  );

describe('hostile and damaged PKCS#12 input', () => {
  it('zero bytes -> INVALID_FILE', async () => {
    expect(await codeOf(new Uint8Array(0))).toBe('INVALID_FILE');
  });

  it('over the size limit -> FILE_TOO_LARGE before any parsing', async () => {
    const started = performance.now();
    expect(await codeOf(new Uint8Array(MAX_PKCS12_BYTES + 1).fill(0x30))).toBe('FILE_TOO_LARGE');
    // "Before any parsing": far below what reading 1 MiB of ASN.1 would take even on a loaded machine.
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(await codeOf(new Uint8Array(MAX_PKCS12_BYTES).fill(0x30))).toBe('INVALID_FILE');
  });

  it('every truncation of a real file -> INVALID_FILE', async () => {
    const whole = fixture('with-chain.p12');
    for (let length = 1; length < whole.length; length += 13) {
      expect(await codeOf(whole.subarray(0, length)), `first ${length} bytes`).toBe('INVALID_FILE');
    }
  });

  it('random bytes -> INVALID_FILE, also when they start like a SEQUENCE', async () => {
    const random = prng(7);
    for (let i = 0; i < 200; i++) {
      const bytes = Buffer.from(
        Array.from({ length: 1 + Math.floor(random() * 3000) }, () => Math.floor(random() * 256)),
      );
      if (i % 2 === 0) bytes[0] = 0x30;
      expect(PKCS12_CODES).toContain(await codeOf(bytes));
    }
  });

  it('single flipped bytes anywhere in a real file give a PKCS#12 code or still open', async () => {
    const whole = fixture('with-chain.p12');
    const random = prng(42);
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const bytes = Buffer.from(whole);
      const at = Math.floor(random() * bytes.length);
      bytes[at] = (bytes[at] ?? 0) ^ (1 + Math.floor(random() * 255));
      const code = await codeOf(bytes);
      seen.add(code);
      expect([...PKCS12_CODES, 'ok']).toContain(code);
    }
    // The MAC covers the contents: most flips there read as a wrong password.
    expect(seen).toContain('WRONG_PASSWORD');
    expect(seen).toContain('INVALID_FILE');
  });

  it('deeply nested ASN.1 -> INVALID_FILE without a stack overflow', async () => {
    const indefinite = Buffer.alloc(200_000);
    for (let i = 0; i < indefinite.length; i += 2) indefinite.set([0x30, 0x80], i);
    expect(await codeOf(indefinite)).toBe('INVALID_FILE');
    // 4,000 nested definite-length SEQUENCEs (each adds a 4-byte header).
    let nested = Buffer.from([0x05, 0x00]);
    for (let i = 0; i < 4000; i++) {
      const header = Buffer.from([
        0x30,
        0x83,
        (nested.length >> 16) & 0xff,
        (nested.length >> 8) & 0xff,
        nested.length & 0xff,
      ]);
      nested = Buffer.concat([header, nested]);
    }
    expect(await codeOf(nested)).toBe('INVALID_FILE');
  });

  it('an absurd MAC iteration count -> UNSUPPORTED_ENCRYPTION at once', async () => {
    const pfx = parse(fixture('with-chain.p12'));
    const macData = kids(pfx)[2];
    kids(macData)[2] = integer(2_147_483_647);
    const started = performance.now();
    const error = await openPkcs12(toBuffer(pfx), 'Test1234').catch((e: unknown) => e as CodedError);
    expect(error).toMatchObject({ code: 'UNSUPPORTED_ENCRYPTION' });
    expect((error as CodedError).message).toContain('2,147,483,647');
    // Deriving 2^31 rounds would take hours: refusing takes no measurable time, loaded machine or not.
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('an absurd PBKDF2 iteration count (file without MAC) -> UNSUPPORTED_ENCRYPTION at once', async () => {
    // Every INTEGER 2048 in this file is a PBKDF2 round count: raise them all, re-encoding the
    // OCTET STRINGs that hold DER on the way down.
    const pfx = parse(fixture('no-mac.p12'));
    const authSafe = parse(Buffer.from(kids(kids(kids(pfx)[1])[1])[0]?.value as string, 'latin1'));
    let patchedCount = 0;
    const walk = (node: Asn1) => {
      const children = kids(node);
      children.forEach((c, i) => {
        if (c.type === forge.asn1.Type.INTEGER && c.value === forge.asn1.integerToDer(2048).getBytes()) {
          children[i] = integer(50_000_000);
          patchedCount++;
        } else if (c.type === forge.asn1.Type.OCTETSTRING && typeof c.value === 'string') {
          try {
            const inner = forge.asn1.fromDer(c.value);
            walk(inner);
            c.value = forge.asn1.toDer(inner).getBytes();
          } catch {
            // not DER inside: encrypted bytes or a salt
          }
        } else walk(c);
      });
    };
    walk(authSafe);
    expect(patchedCount).toBeGreaterThan(0);
    const content = kids(kids(pfx)[1])[1];
    const octets = kids(content)[0];
    if (octets) octets.value = forge.asn1.toDer(authSafe).getBytes();
    expect(await codeOf(toBuffer(pfx))).toBe('UNSUPPORTED_ENCRYPTION');
  });

  it('an unknown MAC algorithm -> UNSUPPORTED_ENCRYPTION', async () => {
    const pfx = parse(fixture('with-chain.p12'));
    const algorithm = kids(kids(kids(kids(pfx)[2])[0])[0])[0];
    if (algorithm) algorithm.value = forge.asn1.oidToDer('1.2.840.113549.2.5').getBytes(); // MD5
    expect(await codeOf(toBuffer(pfx))).toBe('UNSUPPORTED_ENCRYPTION');
  });

  it('a public-key protected file (signedData) -> UNSUPPORTED_ENCRYPTION', async () => {
    const pfx = parse(fixture('with-chain.p12'));
    const type = kids(kids(pfx)[1])[0];
    if (type) type.value = forge.asn1.oidToDer('1.2.840.113549.1.7.2').getBytes();
    expect(await codeOf(toBuffer(pfx))).toBe('UNSUPPORTED_ENCRYPTION');
  });

  it('many encrypted parts, each just under the per-part ceiling -> UNSUPPORTED_ENCRYPTION before any work', async () => {
    // No MAC; three PBES2 parts asking for 9,000,000 PBKDF2 rounds each (27 million in all).
    const part = () =>
      der.seq([
        der.oid('1.2.840.113549.1.7.6'),
        der.explicit(
          0,
          der.seq([
            der.int(0),
            der.seq([
              der.oid('1.2.840.113549.1.7.1'),
              der.seq([
                der.oid('1.2.840.113549.1.5.13'),
                der.seq([
                  der.seq([
                    der.oid('1.2.840.113549.1.5.12'),
                    der.seq([der.octets(Buffer.alloc(8, 1)), der.int(9_000_000)]),
                  ]),
                  der.seq([der.oid('2.16.840.1.101.3.4.1.42'), der.octets(Buffer.alloc(16, 2))]),
                ]),
              ]),
              der.implicitOctets(0, Buffer.alloc(64, 3)),
            ]),
          ]),
        ),
      ]);
    const authSafe = toDer(der.seq([part(), part(), part()]));
    const pfx = toDer(
      der.seq([
        der.int(3),
        der.seq([der.oid('1.2.840.113549.1.7.1'), der.explicit(0, der.octets(authSafe))]),
      ]),
    );
    const started = performance.now();
    expect(await codeOf(pfx)).toBe('UNSUPPORTED_ENCRYPTION');
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('more certificates than any key pair file holds -> INVALID_FILE', async () => {
    const { keyPem, chainPem } = await openPkcs12(fixture('with-chain.p12'), 'Test1234');
    const many = Array.from({ length: 70 }, (_, i) => chainPem[i % chainPem.length] ?? '');
    expect(await codeOf(await buildPkcs12(keyPem, many, 'pw'), 'pw')).toBe('INVALID_FILE');
    expect(await codeOf(await buildPkcs12(keyPem, many.slice(0, 60), 'pw'), 'pw')).toBe('ok');
  });
});
