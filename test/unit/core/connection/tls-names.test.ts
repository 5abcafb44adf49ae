/**
 * The classifier reads TLS alerts and library errors under both TLS libraries' names: OpenSSL's
 * (plain Node: the CLI, the tests) and BoringSSL's (Electron, the app). One table, both families.
 */
import { sayMessage } from '../../../../shared/messages/say';
import { describe, expect, it } from 'vitest';
import { classifyConnectFailure, classifyHttpError } from '../../../../electron/core/connection/classify';
import { ConnectFailure } from '../../../../electron/core/connection/connector';
import type { Known, TlsFacts } from '../../../../electron/core/connection/tls-facts';
import { describeTlsLibrary, detectTlsLibrary } from '../../../../electron/core/connection/tls-library';

const facts = (requested: Known, sent: Known): TlsFacts => ({
  protocol: 'TLSv1.3',
  cipher: null,
  chain: [],
  clientCertificateRequested: requested,
  clientCertificateSent: sent,
  verifyError: null,
});

const failure = (code: string) => {
  const cause = Object.assign(new Error(code), { code });
  return new ConnectFailure('tls', cause, false, null);
};

// [what, OpenSSL code, BoringSSL code, facts, expected diagnosis]
const TABLE: [string, string, string, TlsFacts | null, string][] = [
  [
    'certificate_required (TLS 1.3)',
    'ERR_SSL_TLSV13_ALERT_CERTIFICATE_REQUIRED',
    'ERR_SSL_TLSV1_ALERT_CERTIFICATE_REQUIRED',
    null,
    'CLIENT_CERT_MISSING',
  ],
  [
    'bad_certificate',
    'ERR_SSL_SSLV3_ALERT_BAD_CERTIFICATE',
    'ERR_SSL_SSLV3_ALERT_BAD_CERTIFICATE',
    facts('unknown', 'unknown'),
    'CLIENT_CERT_REJECTED',
  ],
  [
    'unknown_ca',
    'ERR_SSL_TLSV1_ALERT_UNKNOWN_CA',
    'ERR_SSL_TLSV1_ALERT_UNKNOWN_CA',
    facts('yes', 'yes'),
    'CLIENT_CERT_REJECTED',
  ],
  [
    'certificate_expired',
    'ERR_SSL_SSLV3_ALERT_CERTIFICATE_EXPIRED',
    'ERR_SSL_SSLV3_ALERT_CERTIFICATE_EXPIRED',
    facts('unknown', 'unknown'),
    'CLIENT_CERT_REJECTED',
  ],
  [
    'access_denied',
    'ERR_SSL_TLSV1_ALERT_ACCESS_DENIED',
    'ERR_SSL_TLSV1_ALERT_ACCESS_DENIED',
    facts('unknown', 'unknown'),
    'CLIENT_CERT_REJECTED',
  ],
  [
    'a certificate alert without a key pair',
    'ERR_SSL_SSLV3_ALERT_BAD_CERTIFICATE',
    'ERR_SSL_SSLV3_ALERT_BAD_CERTIFICATE',
    facts('unknown', 'no'),
    'CLIENT_CERT_MISSING',
  ],
  [
    'handshake_failure after a request',
    'ERR_SSL_SSLV3_ALERT_HANDSHAKE_FAILURE',
    'ERR_SSL_SSLV3_ALERT_HANDSHAKE_FAILURE',
    facts('yes', 'no'),
    'CLIENT_CERT_MISSING',
  ],
  [
    'handshake_failure, request unknown: not blamed on the certificate',
    'ERR_SSL_SSLV3_ALERT_HANDSHAKE_FAILURE',
    'ERR_SSL_SSLV3_ALERT_HANDSHAKE_FAILURE',
    facts('unknown', 'unknown'),
    'CONNECTION_REFUSED',
  ],
  [
    'key and certificate do not match',
    'ERR_OSSL_X509_KEY_VALUES_MISMATCH',
    'ERR_OSSL_X509_KEY_TYPE_MISMATCH',
    null,
    'CLIENT_CERT_REJECTED',
  ],
  ['key unreadable', 'ERR_OSSL_EVP_BAD_DECRYPT', 'ERR_OSSL_CIPHER_BAD_DECRYPT', null, 'CLIENT_CERT_REJECTED'],
  [
    'not TLS on this port',
    'ERR_SSL_WRONG_VERSION_NUMBER',
    'ERR_SSL_WRONG_VERSION_NUMBER',
    null,
    'CONNECTION_REFUSED',
  ],
  [
    'no TLS version in common',
    'ERR_SSL_NO_PROTOCOLS_AVAILABLE',
    'ERR_SSL_NO_SUPPORTED_VERSIONS_ENABLED',
    null,
    'CONNECTION_REFUSED',
  ],
  [
    'protocol_version alert',
    'ERR_SSL_TLSV1_ALERT_PROTOCOL_VERSION',
    'ERR_SSL_TLSV1_ALERT_PROTOCOL_VERSION',
    null,
    'CONNECTION_REFUSED',
  ],
];

describe('TLS alert and error names of both libraries', () => {
  it.each(TABLE)('%s: %s and %s', (_what, openssl, boringssl, tls, expected) => {
    for (const code of [openssl, boringssl]) {
      expect(classifyConnectFailure(failure(code), tls, null).code, code).toBe(expected);
    }
  });

  it('names the alert in the line, the same for both spellings', () => {
    const a = classifyConnectFailure(
      failure('ERR_SSL_TLSV1_ALERT_UNKNOWN_CA'),
      facts('unknown', 'unknown'),
      null,
    );
    expect(sayMessage('en', a.lines[0]!)).toContain('unknown_ca');
  });

  it('a TLS 1.3 rejection after the handshake: certificate_required in either spelling, and a drop', () => {
    for (const code of [
      'ERR_SSL_TLSV13_ALERT_CERTIFICATE_REQUIRED',
      'ERR_SSL_TLSV1_ALERT_CERTIFICATE_REQUIRED',
    ]) {
      expect(classifyHttpError(code, code, facts('unknown', 'no')).code).toBe('CLIENT_CERT_MISSING');
    }
    // OpenSSL knows the tenant asked; BoringSSL cannot tell and says the refusal is a guess.
    expect(classifyHttpError('ECONNRESET', 'reset', facts('yes', 'yes')).code).toBe('CLIENT_CERT_REJECTED');
    const guess = classifyHttpError('ECONNRESET', 'reset', facts('unknown', 'unknown'));
    expect(guess.code).toBe('CLIENT_CERT_REJECTED');
    expect(sayMessage('en', guess.lines[0]!)).toMatch(/guess/);
    // No certificate in play, or the tenant did not ask: a drop is the server's doing.
    expect(classifyHttpError('ECONNRESET', 'reset', facts('no', 'no')).code).toBe('SERVER_ERROR');
    expect(classifyHttpError('ECONNRESET', 'reset', facts('unknown', 'no')).code).toBe('SERVER_ERROR');
  });
});

describe('which TLS library', () => {
  it('plain Node: OpenSSL with its version', () => {
    expect(detectTlsLibrary({ node: '24.22.3', openssl: '3.5.4' })).toEqual({
      name: 'OpenSSL',
      version: '3.5.4',
    });
  });
  it('Electron: BoringSSL, whatever an old "openssl" key says', () => {
    expect(detectTlsLibrary({ node: '24.11.1', electron: '45.5.0' }).name).toBe('BoringSSL');
    expect(detectTlsLibrary({ node: '12.16.3', electron: '10.0.0', openssl: '1.1.0' }).name).toBe(
      'BoringSSL',
    );
    expect(describeTlsLibrary({ name: 'BoringSSL', version: null }, { electron: '45.5.0' })).toBe(
      'BoringSSL (Electron 45.5.0)',
    );
  });
  it('this test process runs on OpenSSL', () => {
    expect(detectTlsLibrary().name).toBe('OpenSSL');
  });
});
