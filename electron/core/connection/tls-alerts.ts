/**
 * TLS alerts and library errors under the names both TLS libraries give them. Node turns the
 * library's reason into the error code (`ERR_SSL_` + reason), and the two libraries name some
 * reasons differently: a TLS 1.3 certificate_required alert is `ERR_SSL_TLSV13_ALERT_CERTIFICATE_REQUIRED`
 * on OpenSSL (SSL_R_TLSV13_ALERT_CERTIFICATE_REQUIRED) and `ERR_SSL_TLSV1_ALERT_CERTIFICATE_REQUIRED`
 * on BoringSSL, which Electron uses (SSL_R_TLSV1_ALERT_CERTIFICATE_REQUIRED in BoringSSL's
 * include/openssl/ssl.h, https://boringssl.googlesource.com/boringssl/+/HEAD/include/openssl/ssl.h).
 * So alerts are matched by the alert's own name, whatever prefix the library puts before it.
 */

/** The alert's name as RFC 8446 section 6 spells it ("unknown_ca"), or null when `code` is no alert. */
export function tlsAlert(code: string): string | null {
  const m = /^ERR_SSL_(?:SSLV3|TLSV1|TLSV13)_ALERT_([A-Z_]+)$/.exec(code);
  return m?.[1] ? m[1].toLowerCase() : null;
}

/** Alerts a server sends about the client certificate it got (or did not get). */
export const CLIENT_CERT_ALERTS: ReadonlySet<string> = new Set([
  'bad_certificate',
  'unsupported_certificate',
  'certificate_revoked',
  'certificate_expired',
  'certificate_unknown',
  'unknown_ca',
  'access_denied',
  'decrypt_error',
  'handshake_failure',
]);

/**
 * The key pair's private key and certificate do not fit together, or the key could not be read:
 * OpenSSL says KEY_VALUES_MISMATCH (X509) or BAD_DECRYPT (EVP); BoringSSL also KEY_TYPE_MISMATCH
 * and BAD_DECRYPT under its CIPHER library. PEM errors carry the same library name in both.
 */
export function isKeyPairUnusable(code: string): boolean {
  return (
    /^ERR_OSSL_X509_KEY_(?:VALUES|TYPE)_MISMATCH$/.test(code) ||
    code.startsWith('ERR_OSSL_PEM') ||
    /^ERR_OSSL_(?:EVP|CIPHER)_BAD_DECRYPT$/.test(code)
  );
}

/** The server on this port answered something that is not TLS (both libraries: WRONG_VERSION_NUMBER). */
export const isNotTls = (code: string): boolean => code === 'ERR_SSL_WRONG_VERSION_NUMBER';

/**
 * No TLS version in common: the protocol_version alert (same name in both), OpenSSL's
 * NO_PROTOCOLS_AVAILABLE and UNSUPPORTED_PROTOCOL, BoringSSL's UNSUPPORTED_PROTOCOL and
 * NO_SUPPORTED_VERSIONS_ENABLED.
 */
export const isNoSharedVersion = (code: string): boolean =>
  /PROTOCOL_VERSION|UNSUPPORTED_PROTOCOL|NO_PROTOCOLS|NO_SUPPORTED_VERSIONS/.test(code);
