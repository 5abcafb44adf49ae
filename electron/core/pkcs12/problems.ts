/**
 * The errors a .p12 file can cause, each one plain sentence in the user's words plus what to do.
 * Messages never carry a password, key material or bytes of the file.
 */
import { codedError } from '../../../shared/result';

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
  wrongPassword: () => codedError('WRONG_PASSWORD', 'p12.wrongPassword'),
  invalidFile: () => codedError('INVALID_FILE', 'p12.invalidFile'),
  undecryptable: () => codedError('INVALID_FILE', 'p12.undecryptable'),
  noPrivateKey: () => codedError('NO_PRIVATE_KEY', 'p12.noPrivateKey'),
  noCertificate: () => codedError('NO_CERTIFICATE', 'p12.noCertificate'),
  keyCertMismatch: () => codedError('KEY_CERT_MISMATCH', 'p12.keyCertMismatch'),
  unsupportedKey: (type: string) => codedError('INVALID_FILE', 'p12.unsupportedKey', { type }),
  unsupportedEncryption: (what: string) =>
    codedError('UNSUPPORTED_ENCRYPTION', 'p12.unsupportedEncryption', { what }),
  // Numbers grouped the reader's way (2,000,000 or 2.000.000).
  tooManyIterations: (iterations: number, limit: number) =>
    codedError('UNSUPPORTED_ENCRYPTION', 'p12.tooManyIterations', { iterations, limit }),
  tooLarge: (size: number) =>
    codedError('FILE_TOO_LARGE', 'p12.tooLarge', {
      kib: Math.ceil(size / 1024),
      max: String(MAX_PKCS12_BYTES / 1024),
    }),
};
