/**
 * What one connection trusts beyond Node's default roots: only what the user chose (extra CA files,
 * the OS trust store). The default roots are added by secure-context.ts, once per process.
 */
import { readFileSync } from 'node:fs';
import tls from 'node:tls';
import type { TrustChoice } from './target';

export interface TrustList {
  /** PEM certificates trusted in addition to Node's default roots. */
  extraCa: string[];
  /** How the OS trust store was read, or why it was not. Shown in the TLS stage. */
  osTrustStore: 'not-chosen' | 'system-api' | `file:${string}` | 'unavailable';
}

/** Debian/Ubuntu, Fedora/RHEL, Alpine/others: where Linux keeps the system bundle. */
const LINUX_BUNDLES = [
  '/etc/ssl/certs/ca-certificates.crt',
  '/etc/pki/tls/certs/ca-bundle.crt',
  '/etc/ssl/cert.pem',
];

type GetCa = (type: 'system' | 'bundled' | 'default' | 'extra') => string[];

function osCertificates(): Pick<TrustList, 'osTrustStore'> & { pems: string[] } {
  // Node 22.15+ (Electron 45's Node) reads the Windows/macOS/Linux store itself; Node 20 cannot.
  const api = (tls as unknown as { getCACertificates?: GetCa }).getCACertificates;
  if (typeof api === 'function') return { osTrustStore: 'system-api', pems: api('system') };
  if (process.platform === 'linux') {
    for (const file of LINUX_BUNDLES) {
      try {
        return { osTrustStore: `file:${file}`, pems: [readFileSync(file, 'utf8')] };
      } catch {
        // try the next location
      }
    }
  }
  return { osTrustStore: 'unavailable', pems: [] };
}

export function buildTrustList(choice: TrustChoice): TrustList {
  const extraCa = [...choice.extraCaPem];
  if (!choice.useOsTrustStore) return { extraCa, osTrustStore: 'not-chosen' };
  const os = osCertificates();
  return { extraCa: [...extraCa, ...os.pems], osTrustStore: os.osTrustStore };
}
