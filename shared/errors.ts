/**
 * Every error code the app can report. Codes are stable identifiers (tests, CLI --json, i18n keys);
 * messages are plain sentences in the user's words. Add a code here before using it anywhere.
 */
export const ERROR_CODES = [
  // IPC door and generic
  'INVALID_REQUEST',
  'FORBIDDEN_SENDER',
  'UNKNOWN_CHANNEL',
  'NOT_FOUND',
  'INTERNAL',
  'CANCELLED',
  'BAD_INPUT',
  // a connection's secrets: a stored vault pointer that is not the connection's own; a changed
  // tenant host or proxy needs the user's word before a stored password or certificate goes there
  'SECRET_NOT_OWNED',
  'CONFIRM_CREDENTIALS',
  // keychain and vault
  'KEYCHAIN_UNAVAILABLE',
  'KEYCHAIN_LOCKED',
  'VAULT_KEY_LOST',
  'VAULT_CORRUPT',
  // the data folder: another process holds its lock too long; a secret missing from the vault
  'STORE_BUSY',
  'SECRET_MISSING',
  // another window or command renewed or completed the key pair while this change was under way
  'KEYPAIR_CHANGED',
  // key pairs (PKCS#12)
  'WRONG_PASSWORD',
  'INVALID_FILE',
  'NO_PRIVATE_KEY',
  'NO_CERTIFICATE',
  'KEY_CERT_MISMATCH',
  'UNSUPPORTED_ENCRYPTION',
  'FILE_TOO_LARGE',
  // metadata
  'INVALID_METADATA',
  'METADATA_TOO_LARGE',
  'NOT_ODATA',
  // OData requests (metadata download, query): the tenant answered with an error or not at all
  'REQUEST_FAILED',
  'ODATA_ERROR',
  // settings and connection files
  'INVALID_EXPORT_FILE',
  'UNSUPPORTED_VERSION',
  // the support report: a file the user chose could not be written
  'REPORT_NOT_WRITTEN',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];
