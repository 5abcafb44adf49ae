/**
 * Writing a .p12 re-protected with a new password, for export (e.g. to the Cloud Integration
 * keystore): PBES2 with PBKDF2-HMAC-SHA256 and AES-256-CBC for the key and the certificates, and an
 * HMAC-SHA256 integrity MAC, as OpenSSL 3 writes by default. OpenSSL 3, Java keytool (8u301+) and
 * current Windows and macOS read it.
 */
import {
  X509Certificate,
  createCipheriv,
  createHash,
  createHmac,
  createPrivateKey,
  randomBytes,
} from 'node:crypto';
import { der, toDer, type Node } from './asn1';
import { bmpPassword, pbkdf2Async, pkcs12Kdf } from './kdf';
import { OID } from './oids';

/** Java keytool's defaults since JDK 17 (PBES2 and MAC); OpenSSL 3 uses 2,048 for both. */
export const EXPORT_ITERATIONS = 10_000;

async function pbes2Encrypt(
  plain: Buffer,
  password: string,
): Promise<{ algorithm: Node; encrypted: Buffer }> {
  const salt = randomBytes(16);
  const iv = randomBytes(16);
  const key = await pbkdf2Async(Buffer.from(password, 'utf8'), salt, EXPORT_ITERATIONS, 32, 'sha256');
  const cipher = createCipheriv('aes-256-cbc', key, iv);
  const encrypted = Buffer.concat([cipher.update(plain), cipher.final()]);
  const algorithm = der.seq([
    der.oid(OID.pbes2),
    der.seq([
      der.seq([
        der.oid(OID.pbkdf2),
        der.seq([
          der.octets(salt),
          der.int(EXPORT_ITERATIONS),
          der.seq([der.oid(OID.hmacWithSHA256), der.null()]),
        ]),
      ]),
      der.seq([der.oid(OID.aes256Cbc), der.octets(iv)]),
    ]),
  ]);
  return { algorithm, encrypted };
}

function bagAttributes(friendlyName: string, localKeyId: Buffer): Node {
  return der.set([
    der.seq([der.oid(OID.friendlyName), der.set([der.bmp(friendlyName)])]),
    der.seq([der.oid(OID.localKeyId), der.set([der.octets(localKeyId)])]),
  ]);
}

export async function buildPkcs12(
  keyPem: string,
  chainPem: string[],
  password: string,
  friendlyName?: string,
): Promise<Uint8Array> {
  const keyDer = createPrivateKey(keyPem).export({ type: 'pkcs8', format: 'der' });
  const certs = chainPem.map((pem) => new X509Certificate(pem));
  const leaf = certs[0];
  if (!leaf) throw new Error('buildPkcs12 needs at least the leaf certificate.');
  // As OpenSSL does: the leaf's SHA-1 fingerprint ties the key bag to its certificate bag.
  const localKeyId = createHash('sha1').update(leaf.raw).digest();
  const name = friendlyName ?? /^CN=(.*)$/m.exec(leaf.subject)?.[1] ?? 'key pair';

  const certBags = certs.map((cert, i) =>
    der.seq([
      der.oid(OID.certBag),
      der.explicit(0, der.seq([der.oid(OID.x509Certificate), der.explicit(0, der.octets(cert.raw))])),
      ...(i === 0 ? [bagAttributes(name, localKeyId)] : []),
    ]),
  );
  const [certsEncrypted, keyEncrypted] = await Promise.all([
    pbes2Encrypt(toDer(der.seq(certBags)), password),
    pbes2Encrypt(keyDer, password),
  ]);
  const keyBag = der.seq([
    der.oid(OID.pkcs8ShroudedKeyBag),
    der.explicit(0, der.seq([keyEncrypted.algorithm, der.octets(keyEncrypted.encrypted)])),
    bagAttributes(name, localKeyId),
  ]);

  const authenticatedSafe = toDer(
    der.seq([
      der.seq([
        der.oid(OID.encryptedData),
        der.explicit(
          0,
          der.seq([
            der.int(0),
            der.seq([
              der.oid(OID.data),
              certsEncrypted.algorithm,
              der.implicitOctets(0, certsEncrypted.encrypted),
            ]),
          ]),
        ),
      ]),
      der.seq([der.oid(OID.data), der.explicit(0, der.octets(toDer(der.seq([keyBag]))))]),
    ]),
  );

  const macSalt = randomBytes(16);
  const macKey = pkcs12Kdf('sha256', 64, bmpPassword(password), macSalt, EXPORT_ITERATIONS, 3, 32);
  const mac = createHmac('sha256', macKey).update(authenticatedSafe).digest();
  const pfx = der.seq([
    der.int(3),
    der.seq([der.oid(OID.data), der.explicit(0, der.octets(authenticatedSafe))]),
    der.seq([
      der.seq([der.seq([der.oid(OID.sha256), der.null()]), der.octets(mac)]),
      der.octets(macSalt),
      der.int(EXPORT_ITERATIONS),
    ]),
  ]);
  return new Uint8Array(toDer(pfx));
}
