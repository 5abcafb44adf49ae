/**
 * Opening a .p12/.pfx key pair file: what the app shows of it (inspection), the private key as
 * PKCS#8 PEM and every certificate as PEM, leaf first. TLS gets key + chain, never `pfx`: Node's and
 * Electron's PKCS#12 loaders each refuse a different set of real files (see RECIPES.md).
 */
import { X509Certificate, createPrivateKey, type KeyObject } from 'node:crypto';
import type { KeyPairInspection } from '../../../shared/domain/keypair';
import { certificateDetails, distinguishedName, fingerprint, validity } from './certificate';
import { orderChain, pairKeyWithLeaf, warningsFor, type Candidate } from './chain';
import { NOT_ENCRYPTED } from './decrypt';
import { readPfx } from './pfx';
import { MAX_PKCS12_BYTES, problems } from './problems';
import { fileProtection } from './protection';

const MAX_KEYS = 16;
const MAX_CERTIFICATES = 64;

export interface OpenedKeyPair {
  inspection: KeyPairInspection;
  /** PKCS#8 PEM of the private key (RSA or EC). A secret: never log it or send it over IPC. */
  keyPem: string;
  /** Leaf first, ordered leaf -> root, then any other certificate of the file. */
  chainPem: string[];
}

function privateKeyOf(der: Buffer): KeyObject {
  try {
    return createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
  } catch {
    throw problems.invalidFile();
  }
}

function certificateOf(der: Buffer): X509Certificate {
  try {
    return new X509Certificate(der);
  } catch {
    throw problems.invalidFile();
  }
}

export async function openPkcs12(
  bytes: Uint8Array,
  password: string,
  now: Date = new Date(),
): Promise<OpenedKeyPair> {
  if (bytes.byteLength > MAX_PKCS12_BYTES) throw problems.tooLarge(bytes.byteLength);
  if (bytes.byteLength === 0) throw problems.invalidFile();
  const contents = await readPfx(bytes, password);
  // Pairing keys with certificates and ordering the chain compare every pair: bound the counts so a
  // 1 MiB file of a thousand bags cannot keep the worker busy. Real files hold one key, a few certs.
  if (contents.keys.length > MAX_KEYS || contents.certs.length > MAX_CERTIFICATES)
    throw problems.invalidFile();

  const keys: Candidate<KeyObject>[] = contents.keys.map((k) => ({
    value: privateKeyOf(k.der),
    localKeyId: k.localKeyId,
  }));
  // The same certificate twice (some tools repeat the leaf) is kept once.
  const seen = new Set<string>();
  const certs: Candidate<X509Certificate>[] = [];
  const certProtections = contents.certs.map((c) => c.protection);
  for (const entry of contents.certs) {
    const cert = certificateOf(entry.der);
    const id = fingerprint(cert, 'sha256');
    if (seen.has(id)) continue;
    seen.add(id);
    certs.push({ value: cert, localKeyId: entry.localKeyId });
  }

  const { key, leaf } = pairKeyWithLeaf(keys, certs);
  const keyEntry = contents.keys[keys.findIndex((k) => k.value === key)];
  const keyProtection = keyEntry?.protection ?? NOT_ENCRYPTED;
  const all = certs.map((c) => c.value);
  const chain = orderChain(leaf, all);
  const certificate = certificateDetails(leaf, now);

  const inspection: KeyPairInspection = {
    certificate,
    chain: chain.map((cert) => ({
      subject: distinguishedName(cert.subject),
      issuer: distinguishedName(cert.issuer),
      notAfter: validity(cert).notAfter.toISOString(),
      sha256: fingerprint(cert, 'sha256'),
    })),
    fileProtection: fileProtection(keyProtection, certProtections, contents.mac),
    warnings: warningsFor(leaf, all, [keyProtection, ...certProtections], keyProtection, now),
  };
  return {
    inspection,
    keyPem: key.export({ type: 'pkcs8', format: 'pem' }) as string,
    chainPem: chain.map((cert) => cert.toString()),
  };
}
