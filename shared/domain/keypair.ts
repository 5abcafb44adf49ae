/**
 * What the app shows of a key pair. Never holds a private key, a password or the .p12 bytes: this
 * is all that crosses IPC after import, and all that the non-secret store keeps.
 */
import { z } from 'zod';

export const KeyPairWarning = z.enum([
  'CERT_EXPIRED',
  'CERT_NOT_YET_VALID',
  'CERT_EXPIRES_SOON',
  'NO_CLIENT_AUTH_EKU',
  'CHAIN_INCOMPLETE',
  'WEAK_FILE_ENCRYPTION',
  /** The store lists it but its vault file is gone (crash, a hand-cleaned folder): renew it. */
  'SECRET_MISSING',
]);
export type KeyPairWarning = z.infer<typeof KeyPairWarning>;

export const ChainCertificate = z.object({
  subject: z.string(),
  issuer: z.string(),
  notAfter: z.string(),
  sha256: z.string(),
});

export const CertificateDetails = z.object({
  subject: z.string(),
  commonName: z.string(),
  issuer: z.string(),
  serialNumber: z.string(),
  notBefore: z.string(),
  notAfter: z.string(),
  daysLeft: z.number(),
  sha256: z.string(),
  sha1: z.string(),
  keyAlgorithm: z.enum(['RSA', 'EC']),
  keySize: z.number(),
  curve: z.string().nullable(),
  clientAuth: z.boolean(),
  extendedKeyUsage: z.array(z.string()),
});
export type CertificateDetails = z.infer<typeof CertificateDetails>;

export const FileProtection = z.object({
  keyEncryption: z.string(),
  certEncryption: z.string(),
  mac: z.string().nullable(),
  iterations: z.number().nullable(),
  /** One readable line, e.g. "AES-256-CBC, PBKDF2, 2048 iterations" or "RC2-40 (legacy)". */
  summary: z.string(),
});

/** The result of reading a .p12 (the shape of `c4c-connect inspect --json` without `ok`). */
export const KeyPairInspection = z.object({
  certificate: CertificateDetails,
  chain: z.array(ChainCertificate),
  fileProtection: FileProtection,
  warnings: z.array(KeyPairWarning),
});
export type KeyPairInspection = z.infer<typeof KeyPairInspection>;

/** A key pair kept in the vault. */
export const KeyPairSummary = KeyPairInspection.extend({
  id: z.string(),
  name: z.string(),
  importedAt: z.string(),
  fileName: z.string(),
  /** 'created': the key was made in C4C Connect (issue 13) and has no original .p12; absent = imported. */
  origin: z.enum(['imported', 'created']).optional(),
});
export type KeyPairSummary = z.infer<typeof KeyPairSummary>;
