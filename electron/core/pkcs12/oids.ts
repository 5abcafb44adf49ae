/** Object identifiers of PKCS#12 (RFC 7292), PKCS#5 (RFC 8018) and PKCS#7 that a .p12 file uses. */
export const OID = {
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  envelopedData: '1.2.840.113549.1.7.3',
  encryptedData: '1.2.840.113549.1.7.6',

  keyBag: '1.2.840.113549.1.12.10.1.1',
  pkcs8ShroudedKeyBag: '1.2.840.113549.1.12.10.1.2',
  certBag: '1.2.840.113549.1.12.10.1.3',
  safeContentsBag: '1.2.840.113549.1.12.10.1.6',
  x509Certificate: '1.2.840.113549.1.9.22.1',
  friendlyName: '1.2.840.113549.1.9.20',
  localKeyId: '1.2.840.113549.1.9.21',

  pbes2: '1.2.840.113549.1.5.13',
  pbkdf2: '1.2.840.113549.1.5.12',
  pbmac1: '1.2.840.113549.1.5.14',
  hmacWithSHA1: '1.2.840.113549.2.7',
  hmacWithSHA256: '1.2.840.113549.2.9',
  aes256Cbc: '2.16.840.1.101.3.4.1.42',
  sha256: '2.16.840.1.101.3.4.2.1',
} as const;

/** PKCS#12 password-based encryption (RFC 7292 appendix C): key length, cipher, readable name. */
export const PKCS12_PBE: Record<
  string,
  { name: string; keyLength: number; ivLength: number; cipher: 'des-ede3-cbc' | 'des-ede-cbc' | 'rc2' }
> = {
  '1.2.840.113549.1.12.1.3': { name: '3DES', keyLength: 24, ivLength: 8, cipher: 'des-ede3-cbc' },
  '1.2.840.113549.1.12.1.4': { name: '2-key 3DES', keyLength: 16, ivLength: 8, cipher: 'des-ede-cbc' },
  '1.2.840.113549.1.12.1.5': { name: 'RC2-128', keyLength: 16, ivLength: 8, cipher: 'rc2' },
  '1.2.840.113549.1.12.1.6': { name: 'RC2-40', keyLength: 5, ivLength: 8, cipher: 'rc2' },
};

/** Names of PKCS#12 PBE schemes we recognise but cannot decrypt (RC4 is gone from OpenSSL 3's default set). */
export const UNSUPPORTED_PBE: Record<string, string> = {
  '1.2.840.113549.1.12.1.1': 'RC4-128',
  '1.2.840.113549.1.12.1.2': 'RC4-40',
  '1.2.840.113549.1.5.3': 'DES (PBES1)',
  '1.2.840.113549.1.5.10': 'DES (PBES1)',
  '1.2.840.113549.1.5.6': 'RC2 (PBES1)',
  '1.2.840.113549.1.5.11': 'RC2 (PBES1)',
};

/** PBES2 encryption schemes: Node cipher name and readable name. */
export const PBES2_CIPHERS: Record<string, { cipher: string; name: string; keyLength: number }> = {
  '2.16.840.1.101.3.4.1.2': { cipher: 'aes-128-cbc', name: 'AES-128-CBC', keyLength: 16 },
  '2.16.840.1.101.3.4.1.22': { cipher: 'aes-192-cbc', name: 'AES-192-CBC', keyLength: 24 },
  '2.16.840.1.101.3.4.1.42': { cipher: 'aes-256-cbc', name: 'AES-256-CBC', keyLength: 32 },
  '1.2.840.113549.3.7': { cipher: 'des-ede3-cbc', name: '3DES', keyLength: 24 },
};

/** PBKDF2 pseudo-random functions (RFC 8018 B.1.2); absent means hmacWithSHA1. */
export const PBKDF2_PRFS: Record<string, string> = {
  '1.2.840.113549.2.7': 'sha1',
  '1.2.840.113549.2.8': 'sha224',
  '1.2.840.113549.2.9': 'sha256',
  '1.2.840.113549.2.10': 'sha384',
  '1.2.840.113549.2.11': 'sha512',
};

/** MAC digests: Node hash name, readable name, and the hash block size v of the PKCS#12 KDF. */
export const MAC_DIGESTS: Record<string, { hash: string; name: string; blockSize: number }> = {
  '1.3.14.3.2.26': { hash: 'sha1', name: 'SHA-1', blockSize: 64 },
  '2.16.840.1.101.3.4.2.4': { hash: 'sha224', name: 'SHA-224', blockSize: 64 },
  '2.16.840.1.101.3.4.2.1': { hash: 'sha256', name: 'SHA-256', blockSize: 64 },
  '2.16.840.1.101.3.4.2.2': { hash: 'sha384', name: 'SHA-384', blockSize: 128 },
  '2.16.840.1.101.3.4.2.3': { hash: 'sha512', name: 'SHA-512', blockSize: 128 },
};
