/**
 * The errors a .p12 file can cause, each one plain sentence in the user's words plus what to do.
 * Messages never carry a password, key material or bytes of the file.
 */
import { CodedError } from '../../../shared/result';

/** 1 MiB: a real key pair file is a few KiB; anything this big is not one, and is refused unread. */
export const MAX_PKCS12_BYTES = 1024 * 1024;

/**
 * Highest key-derivation round count we run. A hostile file could ask for billions and keep the
 * worker busy for hours; real files use 1 to 600,000 (OWASP 2023 recommends 600,000 for PBKDF2).
 */
export const MAX_ITERATIONS = 10_000_000;

/**
 * The PKCS#12 KDF and MAC (RFC 7292 appendix B) iterate one hash per round in JavaScript (no native
 * call exists for it), about 1 µs a round here, so they get a lower ceiling than native PBKDF2.
 */
export const MAX_PKCS12_KDF_ITERATIONS = 2_000_000;

export const problems = {
  wrongPassword: () =>
    new CodedError(
      'WRONG_PASSWORD',
      'The password does not open this key pair file. Check the password you received with the file (it is case-sensitive) and try again.',
    ),
  invalidFile: () =>
    new CodedError(
      'INVALID_FILE',
      'This is not a readable .p12/.pfx key pair file; it may be damaged or cut short. Download or export the key pair again.',
    ),
  undecryptable: () =>
    new CodedError(
      'INVALID_FILE',
      'The password was accepted, but part of the key pair file could not be decrypted; the file may be damaged. Export the key pair again.',
    ),
  noPrivateKey: () =>
    new CodedError(
      'NO_PRIVATE_KEY',
      'This file holds certificates but no private key. Export the key pair again with its private key (in C4C: Edit Credentials, download the key pair as .p12).',
    ),
  noCertificate: () =>
    new CodedError(
      'NO_CERTIFICATE',
      'This file holds a private key but no certificate. Export the key pair again together with its certificate.',
    ),
  keyCertMismatch: () =>
    new CodedError(
      'KEY_CERT_MISMATCH',
      'The private key in this file does not belong to any certificate in it. Export the key pair again from the system that created it.',
    ),
  unsupportedKey: (type: string) =>
    new CodedError(
      'INVALID_FILE',
      `This key pair uses a ${type} key; only RSA and EC keys can be used for a communication system. Create an RSA or EC key pair instead.`,
    ),
  unsupportedEncryption: (what: string) =>
    new CodedError(
      'UNSUPPORTED_ENCRYPTION',
      `This file is protected with ${what}, which C4C Connect cannot open. Export the key pair again with standard settings (AES-256, as OpenSSL 3 or current Windows and macOS do).`,
    ),
  tooManyIterations: (iterations: number, limit: number) =>
    new CodedError(
      'UNSUPPORTED_ENCRYPTION',
      `This file asks for ${iterations.toLocaleString('en-US')} rounds of key derivation, more than the ${limit.toLocaleString('en-US')} C4C Connect accepts. Export the key pair again with standard settings.`,
    ),
  tooLarge: (size: number) =>
    new CodedError(
      'FILE_TOO_LARGE',
      `This file is ${Math.ceil(size / 1024).toLocaleString('en-US')} KiB; a key pair file is a few KiB and at most ${MAX_PKCS12_BYTES / 1024} KiB. Choose the .p12 or .pfx file of the key pair.`,
    ),
};
