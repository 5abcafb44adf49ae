/**
 * The practice tenant's own little PKI, made fresh at every start: a CA, a server certificate for
 * 127.0.0.1/localhost, and a client key pair (.p12 with its chain) the tenant trusts. Keys come from
 * node:crypto (native, about 50 ms for RSA 2048; forge's pure-JS generation takes seconds), the
 * certificates and the .p12 from node-forge.
 */
import { generateKeyPair as generateKeyPairCb, randomBytes, randomInt } from 'node:crypto';
import { promisify } from 'node:util';
import forge from 'node-forge';

const generateKeyPair = promisify(generateKeyPairCb);

export interface IssuedCertificate {
  certPem: string;
  keyPem: string;
}

export interface PracticePki {
  ca: IssuedCertificate;
  server: IssuedCertificate;
  client: IssuedCertificate;
  /** DER bytes of the client .p12 (key, client certificate, CA certificate). */
  clientP12: Buffer;
}

/**
 * The key pair and server certificate last a year, far past the 30 days at which the app says a
 * key pair "expires soon" and reminds of it (keypairs/records.ts, reminders/expiry.ts): the PKI is
 * made fresh at every start, so a practice key pair is of no use after the next one and such a
 * warning would be one the consultant cannot act upon. The CA outlives what it issued.
 */
const LEAF_DAYS = 365;
const CA_DAYS = LEAF_DAYS + 1;

async function rsaKeyPair(): Promise<{
  privateKey: forge.pki.rsa.PrivateKey;
  publicKey: forge.pki.rsa.PublicKey;
}> {
  const { privateKey, publicKey } = await generateKeyPair('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  return {
    privateKey: forge.pki.privateKeyFromPem(privateKey),
    publicKey: forge.pki.publicKeyFromPem(publicKey),
  };
}

/** A positive serial number (the high bit clear, as RFC 5280 wants it). */
const serial = () => '01' + randomBytes(15).toString('hex');

function certificate(
  subjectCn: string,
  publicKey: forge.pki.PublicKey,
  extensions: object[],
  days: number,
): forge.pki.Certificate {
  const cert = forge.pki.createCertificate();
  cert.publicKey = publicKey;
  cert.serialNumber = serial();
  cert.validity.notBefore = new Date(Date.now() - 5 * 60_000);
  cert.validity.notAfter = new Date(Date.now() + days * 86_400_000);
  cert.setSubject([
    { name: 'organizationName', value: 'C4C Connect Practice Tenant' },
    { name: 'commonName', value: subjectCn },
  ]);
  cert.setExtensions(extensions);
  return cert;
}

export async function makePracticePki(p12Password: string): Promise<PracticePki> {
  const [caKeys, serverKeys, clientKeys] = await Promise.all([rsaKeyPair(), rsaKeyPair(), rsaKeyPair()]);

  const ca = certificate(
    'C4C Connect Practice CA',
    caKeys.publicKey,
    [
      { name: 'basicConstraints', cA: true, critical: true },
      { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
      { name: 'subjectKeyIdentifier' },
    ],
    CA_DAYS,
  );
  ca.setIssuer(ca.subject.attributes);
  ca.sign(caKeys.privateKey, forge.md.sha256.create());

  const issue = (cn: string, publicKey: forge.pki.PublicKey, extensions: object[]) => {
    const cert = certificate(cn, publicKey, extensions, LEAF_DAYS);
    cert.setIssuer(ca.subject.attributes);
    cert.sign(caKeys.privateKey, forge.md.sha256.create());
    return cert;
  };
  const leaf = { name: 'basicConstraints', cA: false };
  const server = issue('localhost', serverKeys.publicKey, [
    leaf,
    { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
    { name: 'extKeyUsage', serverAuth: true },
    {
      name: 'subjectAltName',
      altNames: [
        { type: 2, value: 'localhost' },
        { type: 7, ip: '127.0.0.1' },
      ],
    },
  ]);
  const client = issue('PRACTICE Communication System', clientKeys.publicKey, [
    leaf,
    { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
    { name: 'extKeyUsage', clientAuth: true },
  ]);

  // 3DES keeps the file readable by OpenSSL 3 without -legacy, by Windows and by macOS Keychain.
  const p12 = forge.pkcs12.toPkcs12Asn1(clientKeys.privateKey, [client, ca], p12Password, {
    algorithm: '3des',
    friendlyName: 'C4C Connect practice key pair',
  });
  const clientP12 = Buffer.from(forge.asn1.toDer(p12).getBytes(), 'binary');

  const pem = (cert: forge.pki.Certificate, key: forge.pki.PrivateKey): IssuedCertificate => ({
    certPem: forge.pki.certificateToPem(cert),
    keyPem: forge.pki.privateKeyToPem(key),
  });
  return {
    ca: pem(ca, caKeys.privateKey),
    server: pem(server, serverKeys.privateKey),
    client: pem(client, clientKeys.privateKey),
    clientP12,
  };
}

/** A password that is easy to copy from the screen: 20 characters of letters and digits. */
export function practicePassword(): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';
  return Array.from({ length: 20 }, () => alphabet[randomInt(alphabet.length)]).join('');
}
