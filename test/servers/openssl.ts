/**
 * Certificates made at test time with the openssl command line (Debian's openssl 3), so tests can
 * have expired, wrong-host, self-signed and untrusted certificates without shipping time bombs.
 * Signing goes through `openssl ca`, the only openssl 3.0 command that takes explicit start and end
 * dates (needed for the expired ones).
 */
import { execFile } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface CertificateFiles {
  certPath: string;
  keyPath: string;
  /** PEM of the certificate alone. */
  certPem: string;
  keyPem: string;
}

export interface Ca extends CertificateFiles {
  name: string;
  /** Folder holding this CA's openssl database (index, serial). */
  dir: string;
}

export interface ValidityOptions {
  /** Days from now; negative to make one that ended in the past. Default 365. */
  notAfterDays?: number;
  /** Days from now (usually negative). Default -1. */
  notBeforeDays?: number;
}

const day = 86_400_000;
/** openssl ca's date form: YYYYMMDDHHMMSSZ. */
const opensslDate = (offsetDays: number) =>
  new Date(Date.now() + offsetDays * day).toISOString().replace(/[-:T]/g, '').slice(0, 14) + 'Z';

export async function openssl(args: string[], cwd?: string): Promise<string> {
  try {
    const { stdout } = await run('openssl', args, { cwd, maxBuffer: 10 * 1024 * 1024 });
    return stdout;
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr ?? '';
    throw new Error(`openssl ${args[0] ?? ''} failed: ${stderr || String(error)}`, { cause: error });
  }
}

const safe = (name: string) => name.replace(/[^a-zA-Z0-9_-]+/g, '-');

async function files(dir: string, name: string): Promise<CertificateFiles> {
  const certPath = join(dir, `${safe(name)}.crt`);
  const keyPath = join(dir, `${safe(name)}.key`);
  return {
    certPath,
    keyPath,
    certPem: await readFile(certPath, 'utf8'),
    keyPem: await readFile(keyPath, 'utf8'),
  };
}

/** A self-signed root CA (or, with `issuer`, an intermediate CA signed by it). */
export async function makeCa(
  dir: string,
  name: string,
  options: ValidityOptions & { issuer?: Ca } = {},
): Promise<Ca> {
  const caDir = join(dir, `${safe(name)}.ca`);
  await mkdir(caDir, { recursive: true });
  await writeFile(join(caDir, 'index.txt'), '');
  await writeFile(join(caDir, 'serial'), `${(Date.now() % 1e9).toString(16).padStart(8, '0')}\n`);
  const certPath = join(dir, `${safe(name)}.crt`);
  const keyPath = join(dir, `${safe(name)}.key`);
  if (!options.issuer) {
    // prettier-ignore
    await openssl([
      'req', '-x509', '-new', '-newkey', 'rsa:2048', '-nodes', '-keyout', keyPath, '-out', certPath,
      '-days', String(options.notAfterDays ?? 3650), '-subj', `/O=C4C Connect Tests/CN=${name}`,
      '-addext', 'basicConstraints=critical,CA:TRUE',
      '-addext', 'keyUsage=critical,keyCertSign,cRLSign',
    ]);
  } else {
    await issue(options.issuer, dir, name, 'ca', { ...options, notAfterDays: options.notAfterDays ?? 3000 });
  }
  return { ...(await files(dir, name)), name, dir: caDir };
}

type Profile = 'server' | 'client' | 'ca';

function extensions(profile: Profile, hosts: string[]): string {
  if (profile === 'ca') {
    return 'basicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign,cRLSign\nsubjectKeyIdentifier=hash\nauthorityKeyIdentifier=keyid:always\n';
  }
  const san = hosts.map((h) => (/^[\d.]+$|:/.test(h) ? `IP:${h}` : `DNS:${h}`)).join(',');
  return [
    'basicConstraints=CA:FALSE',
    'keyUsage=critical,digitalSignature,keyEncipherment',
    `extendedKeyUsage=${profile === 'server' ? 'serverAuth' : 'clientAuth'}`,
    'subjectKeyIdentifier=hash',
    'authorityKeyIdentifier=keyid',
    ...(san ? [`subjectAltName=${san}`] : []),
    '',
  ].join('\n');
}

/** Key + CSR, then signed by `ca` with explicit dates. */
async function issue(
  ca: Ca,
  dir: string,
  name: string,
  profile: Profile,
  options: ValidityOptions & { hosts?: string[] },
): Promise<CertificateFiles> {
  const base = join(dir, safe(name));
  // prettier-ignore
  await openssl([
    'req', '-new', '-newkey', 'rsa:2048', '-nodes', '-keyout', `${base}.key`, '-out', `${base}.csr`,
    '-subj', `/O=C4C Connect Tests/CN=${name}`,
  ]);
  await writeFile(`${base}.ext`, extensions(profile, options.hosts ?? []));
  const config = join(ca.dir, 'ca.cnf');
  await writeFile(
    config,
    `[ca]\ndefault_ca=c\n[c]\ndatabase=${ca.dir}/index.txt\nserial=${ca.dir}/serial\nnew_certs_dir=${ca.dir}\ndefault_md=sha256\npolicy=p\nunique_subject=no\ncopy_extensions=none\n[p]\ncommonName=supplied\norganizationName=optional\n`,
  );
  // prettier-ignore
  await openssl([
    'ca', '-batch', '-config', config, '-cert', ca.certPath, '-keyfile', ca.keyPath,
    '-in', `${base}.csr`, '-out', `${base}.crt`, '-notext', '-extfile', `${base}.ext`,
    '-startdate', opensslDate(options.notBeforeDays ?? -1),
    '-enddate', opensslDate(options.notAfterDays ?? 365),
  ]);
  return files(dir, name);
}

/** A server certificate for `hosts` (default localhost and 127.0.0.1) signed by `ca`. */
export function makeServerCert(
  ca: Ca,
  dir: string,
  name: string,
  options: ValidityOptions & { hosts?: string[] } = {},
): Promise<CertificateFiles> {
  return issue(ca, dir, name, 'server', { hosts: ['localhost', '127.0.0.1'], ...options });
}

/** A self-signed server certificate (not issued by any CA). */
export async function makeSelfSignedServerCert(
  dir: string,
  name: string,
  hosts: string[] = ['localhost', '127.0.0.1'],
): Promise<CertificateFiles> {
  const base = join(dir, safe(name));
  const san = hosts.map((h) => (/^[\d.]+$/.test(h) ? `IP:${h}` : `DNS:${h}`)).join(',');
  // prettier-ignore
  await openssl([
    'req', '-x509', '-new', '-newkey', 'rsa:2048', '-nodes', '-keyout', `${base}.key`,
    '-out', `${base}.crt`, '-days', '365', '-subj', `/O=C4C Connect Tests/CN=${name}`,
    '-addext', `subjectAltName=${san}`, '-addext', 'basicConstraints=CA:FALSE',
  ]);
  return files(dir, name);
}

export interface ClientKeyPair extends CertificateFiles {
  /** .p12 with the key, the leaf and the issuing chain (intermediates and root). */
  p12Path: string;
  password: string;
  /** PEM of the chain above the leaf (what a client must send besides the leaf). */
  chainPem: string;
}

/**
 * A client key pair signed by `ca`, written as a .p12 with the whole chain (`chain`: the CA's
 * certificates above the leaf, intermediate first). AES-256 (OpenSSL 3's default) protects it.
 */
export async function makeClientP12(
  ca: Ca,
  dir: string,
  name: string,
  options: ValidityOptions & { password?: string; chain?: Ca[] } = {},
): Promise<ClientKeyPair> {
  const leaf = await issue(ca, dir, name, 'client', options);
  const chainPem = (options.chain ?? [ca]).map((c) => c.certPem).join('');
  const chainPath = join(dir, `${safe(name)}.chain.pem`);
  await writeFile(chainPath, chainPem);
  const password = options.password ?? 'Test1234';
  const p12Path = join(dir, `${safe(name)}.p12`);
  // prettier-ignore
  await openssl([
    'pkcs12', '-export', '-inkey', leaf.keyPath, '-in', leaf.certPath, '-certfile', chainPath,
    '-name', name, '-out', p12Path, '-passout', `pass:${password}`,
  ]);
  return { ...leaf, p12Path, password, chainPem };
}

/**
 * A self-signed RSA key pair as a .p12 protected with `iterations` rounds of PBKDF2 (OpenSSL 3's
 * AES-256 default): the slow file of the speed figures and the responsiveness test.
 */
export async function makeIteratedP12(
  dir: string,
  iterations: number,
  password = 'Test1234',
): Promise<{ p12Path: string; password: string }> {
  const keyPath = join(dir, `iter${iterations}.key`);
  const certPath = join(dir, `iter${iterations}.crt`);
  const p12Path = join(dir, `iter${iterations}.p12`);
  // prettier-ignore
  await openssl([
    'req', '-x509', '-new', '-newkey', 'rsa:2048', '-nodes', '-keyout', keyPath, '-out', certPath,
    '-days', '30', '-subj', `/CN=iterations-${iterations}`,
  ]);
  // prettier-ignore
  await openssl([
    'pkcs12', '-export', '-inkey', keyPath, '-in', certPath, '-passout', `pass:${password}`,
    '-iter', String(iterations), '-out', p12Path,
  ]);
  return { p12Path, password };
}
