/**
 * @peculiar/x509 on Node's own WebCrypto: certificates and certificate requests are built by a
 * well-kept library, never by hand-written ASN.1. The library resolves its parsers through tsyringe,
 * which needs a Reflect metadata polyfill loaded first (its README, "Reflect Polyfill Required":
 * https://github.com/PeculiarVentures/x509#readme).
 */
import 'reflect-metadata';
import { createPrivateKey, createPublicKey, webcrypto } from 'node:crypto';
import * as x509 from '@peculiar/x509';

// Node's and the DOM's declarations of WebCrypto differ in details (Ed25519 overloads), not in what
// runs; tsc needs the cast, the linter's program (which resolves the library's types otherwise) not.
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion
x509.cryptoProvider.set(webcrypto as unknown as ReturnType<typeof x509.cryptoProvider.get>);

export { x509 };

export type KeyKind = 'rsa2048' | 'rsa3072' | 'rsa4096' | 'ec256';
export const KEY_KINDS: readonly KeyKind[] = ['rsa2048', 'rsa3072', 'rsa4096', 'ec256'];

/** SHA-256 signatures: RSASSA-PKCS1-v1_5 for RSA keys, ECDSA for P-256. */
export function signingAlgorithm(keyAlgorithm: 'rsa' | 'ec'): { name: string; hash: string } {
  return keyAlgorithm === 'rsa'
    ? { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }
    : { name: 'ECDSA', hash: 'SHA-256' };
}

type WebCryptoKeyPair = x509.X509CertificateCreateSelfSignedParams['keys'];

/** The private key (PKCS#8 PEM) as a WebCrypto key pair for signing; RSA or EC P-256 only. */
export async function webCryptoKeys(
  keyPem: string,
): Promise<{ keys: WebCryptoKeyPair; algorithm: 'rsa' | 'ec' }> {
  const privateKey = createPrivateKey(keyPem);
  const type = privateKey.asymmetricKeyType;
  if (type !== 'rsa' && type !== 'ec') throw new Error(`Unsupported key type ${String(type)}.`);
  const params =
    type === 'rsa'
      ? { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }
      : {
          name: 'ECDSA',
          namedCurve: privateKey.asymmetricKeyDetails?.namedCurve === 'prime256v1' ? 'P-256' : 'P-384',
        };
  const subtle = webcrypto.subtle;
  const pkcs8 = privateKey.export({ type: 'pkcs8', format: 'der' });
  const spki = createPublicKey(privateKey).export({ type: 'spki', format: 'der' });
  // Node's and the DOM's CryptoKey declarations differ in detail (the usages union), not at run time;
  // tsc needs the cast, the linter's program (which resolves the library's types otherwise) not.
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion
  const keys = {
    privateKey: await subtle.importKey('pkcs8', pkcs8, params, false, ['sign']),
    publicKey: await subtle.importKey('spki', spki, params, true, ['verify']),
  } as unknown as WebCryptoKeyPair;
  return { keys, algorithm: type };
}
