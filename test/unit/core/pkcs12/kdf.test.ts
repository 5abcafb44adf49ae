/** The native PKCS#12 KDF (RFC 7292 appendix B) against published vectors and forge's pure-JS one. */
import { hash, randomBytes } from 'node:crypto';
import forge from 'node-forge';
import { describe, expect, it } from 'vitest';
import { hashDigestRounds } from '../../../../electron/core/pkcs12/iterated-hash';
import { bmpPassword, pkcs12Kdf, pkcs12PasswordCandidates } from '../../../../electron/core/pkcs12/kdf';

const hex = (b: Buffer) => b.toString('hex').toUpperCase();

describe('PKCS#12 KDF', () => {
  // Vectors from the Bouncy Castle / OpenSSL PKCS#12 KDF tests (SHA-1, BMPString passwords).
  it('matches the published SHA-1 vectors', () => {
    const salt1 = Buffer.from('0A58CF64530D823F', 'hex');
    expect(hex(pkcs12Kdf('sha1', 64, bmpPassword('smeg'), salt1, 1, 1, 24))).toBe(
      '8AAAE6297B6CB04642AB5B077851284EB7128F1A2A7FBCA3',
    );
    expect(hex(pkcs12Kdf('sha1', 64, bmpPassword('smeg'), salt1, 1, 2, 8))).toBe('79993DFE048D3B76');
    const salt2 = Buffer.from('1682C0FC5B3F7EC5', 'hex');
    expect(hex(pkcs12Kdf('sha1', 64, bmpPassword('queeg'), salt2, 1000, 1, 24))).toBe(
      '483DD6E919D7DE2E8E648BA8F862F3FBFBDC2BCB2C02957F',
    );
  });

  it('agrees with node-forge for SHA-1 and SHA-256, every id, lengths across hash blocks', () => {
    for (const [hash, md] of [
      ['sha1', forge.md.sha1.create()],
      ['sha256', forge.md.sha256.create()],
    ] as const) {
      for (const id of [1, 2, 3] as const) {
        for (const length of [5, 8, 24, 32, 45, 64]) {
          const salt = randomBytes(8 + length);
          const password = `pw-${length}-Grüße`;
          const ours = pkcs12Kdf(hash, 64, bmpPassword(password), salt, 3, id, length);
          const theirs = forge.pkcs12.generateKey(
            password,
            forge.util.createBuffer(salt.toString('latin1')),
            id,
            3,
            length,
            md,
          );
          expect(hex(ours)).toBe(hex(Buffer.from(theirs.getBytes(), 'latin1')));
        }
      }
    }
  });

  it('iterates SHA-256 and SHA-1 over a digest exactly as node:crypto does', () => {
    for (const algorithm of ['sha256', 'sha1'] as const) {
      for (const seed of ['a', 'b', 'Grüße']) {
        let expected = hash(algorithm, seed, 'buffer');
        const start = expected;
        for (let rounds = 1; rounds <= 300; rounds++) {
          expected = hash(algorithm, expected, 'buffer');
          if (rounds % 37 === 1 || rounds === 300) {
            expect(hex(hashDigestRounds(algorithm, start, rounds) ?? Buffer.alloc(0))).toBe(hex(expected));
          }
        }
      }
    }
    expect(hashDigestRounds('sha512', hash('sha512', 'x', 'buffer'), 2)).toBeNull();
  });

  it('agrees with node-forge for many rounds and a SHA-512 (128-byte block) MAC key', () => {
    const salt = randomBytes(20);
    for (const [name, md, block, rounds] of [
      ['sha256', forge.md.sha256.create(), 64, 2048],
      ['sha1', forge.md.sha1.create(), 64, 2048],
      ['sha512', forge.md.sha512.create(), 128, 50],
    ] as const) {
      const ours = pkcs12Kdf(name, block, bmpPassword('Grüße€'), salt, rounds, 3, 40);
      const theirs = forge.pkcs12.generateKey(
        'Grüße€',
        forge.util.createBuffer(salt.toString('latin1')),
        3,
        rounds,
        40,
        md,
      );
      expect(hex(ours)).toBe(hex(Buffer.from(theirs.getBytes(), 'latin1')));
    }
  });

  it('encodes passwords as BMPString with a terminator, emoji as surrogate pairs', () => {
    expect(bmpPassword('A€').toString('hex')).toBe('004120ac0000');
    expect(bmpPassword('🔑').toString('hex')).toBe('d83ddd110000');
    expect(bmpPassword('').toString('hex')).toBe('0000');
  });

  it('also tries no bytes for an empty password and widened UTF-8 bytes for old OpenSSL files', () => {
    expect(pkcs12PasswordCandidates('').map((b) => b.toString('hex'))).toEqual(['0000', '']);
    expect(pkcs12PasswordCandidates('ab').map((b) => b.toString('hex'))).toEqual(['006100620000']);
    expect(pkcs12PasswordCandidates('ü').map((b) => b.toString('hex'))).toEqual(['00fc0000', '00c300bc0000']);
  });
});
