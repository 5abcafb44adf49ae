/**
 * Look through every file under a folder (data folder, logs) for secrets in every form they could
 * leak in: the password (UTF-8, UTF-16 as PKCS#12 uses it), the private key as PEM text, as DER
 * (PKCS#8 and PKCS#1) and as base64, and the .p12 bytes (whole, base64, and a slice from the middle).
 */
import { createPrivateKey } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface Secrets {
  password: string;
  keyPem: string;
  p12: Uint8Array;
}

function needles({ password, keyPem, p12 }: Secrets): { what: string; bytes: Buffer }[] {
  const key = createPrivateKey(keyPem);
  const pkcs8 = key.export({ type: 'pkcs8', format: 'der' });
  const out = [
    { what: 'password (UTF-8)', bytes: Buffer.from(password, 'utf8') },
    { what: 'password (UTF-16BE)', bytes: Buffer.from(password, 'utf16le').swap16() },
    { what: 'password (UTF-16LE)', bytes: Buffer.from(password, 'utf16le') },
    { what: 'private key PEM', bytes: Buffer.from(keyPem.trim(), 'utf8') },
    { what: 'private key PEM body line', bytes: Buffer.from(keyPem.split('\n')[2] ?? '', 'utf8') },
    { what: 'private key DER (PKCS#8)', bytes: pkcs8 },
    { what: 'private key DER base64', bytes: Buffer.from(pkcs8.toString('base64').slice(40, 120), 'utf8') },
    { what: '.p12 bytes', bytes: Buffer.from(p12) },
    { what: '.p12 middle slice', bytes: Buffer.from(p12.subarray(p12.length / 2, p12.length / 2 + 48)) },
    { what: '.p12 base64', bytes: Buffer.from(Buffer.from(p12).toString('base64').slice(100, 200), 'utf8') },
  ];
  if (key.asymmetricKeyType === 'rsa') {
    out.push({ what: 'private key DER (PKCS#1)', bytes: key.export({ type: 'pkcs1', format: 'der' }) });
  }
  // Too short a needle would match by chance (an empty password matches everything).
  return out.filter((n) => n.bytes.length >= 6);
}

function files(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** Every (file, secret form) found; an empty list is the pass. */
export function scanForSecrets(folders: string[], secrets: Secrets): string[] {
  const found: string[] = [];
  const list = needles(secrets);
  for (const file of folders.flatMap(files)) {
    const content = readFileSync(file);
    for (const needle of list) if (content.includes(needle.bytes)) found.push(`${file}: ${needle.what}`);
  }
  return found;
}
