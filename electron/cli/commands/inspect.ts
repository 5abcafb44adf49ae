/**
 * c4c-connect inspect <file> [--password-env VAR] [--json]: open a key pair file and show what it
 * holds, without storing anything. Exit 0 also with warnings; 2 when the file cannot be opened.
 */
import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { KeyPairInspection, KeyPairWarning } from '../../../shared/domain/keypair';
import { CodedError } from '../../../shared/result';
import { MAX_PKCS12_BYTES, fileTooLarge, openPkcs12OffThread } from '../../core/pkcs12/index';
import { parse, stringOption } from '../args';
import type { Command } from '../command';
import { EXIT, usageError } from '../io';
import { getPassword } from '../prompt-password';
import { sayCli } from '../../../shared/messages/cli';

const WARNING_TEXT: Record<KeyPairWarning, string> = {
  CERT_EXPIRED: 'The certificate has expired: C4C will refuse it. Create or download a new key pair.',
  CERT_NOT_YET_VALID: 'The certificate is not valid yet: check the computer clock, or wait until it starts.',
  CERT_EXPIRES_SOON: 'The certificate expires in less than 30 days: plan its renewal.',
  NO_CLIENT_AUTH_EKU: 'The certificate is not meant for client authentication (extended key usage).',
  CHAIN_INCOMPLETE: "The certificate's issuer is not in the file: the server must already trust it.",
  WEAK_FILE_ENCRYPTION:
    'The file uses old, weak encryption (RC2/3DES): export it again with AES-256 before passing it on.',
  SECRET_MISSING:
    'Its stored key is missing from the vault folder: it needs the secret again (c4c-connect keypair renew NAME FILE).',
};

/** Reads at most MAX_PKCS12_BYTES, so a huge file is refused without loading it. */
async function readKeyPairFile(path: string): Promise<Uint8Array> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new Error('not a file');
    size = info.size;
  } catch {
    throw new CodedError('NOT_FOUND', `There is no file ${path}. Check the path and try again.`);
  }
  if (size > MAX_PKCS12_BYTES) throw fileTooLarge(size);
  const handle = await open(path, 'r');
  try {
    const bytes = new Uint8Array(size);
    const { bytesRead } = await handle.read(bytes, 0, size, 0);
    return bytes.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/**
 * `inspect --json` prints exactly the shape issue 3 fixes for scripts: the app's inspection minus
 * the two fields only the screens use (the EKU list and the one-line protection summary).
 */
export function inspectJson(inspection: KeyPairInspection) {
  const { extendedKeyUsage: _eku, ...certificate } = inspection.certificate;
  const { summary: _summary, ...fileProtection } = inspection.fileProtection;
  return {
    ok: true as const,
    certificate,
    chain: inspection.chain,
    fileProtection,
    warnings: inspection.warnings,
  };
}

function describe(inspection: KeyPairInspection): string[] {
  const c = inspection.certificate;
  const key = c.keyAlgorithm === 'EC' ? `EC ${c.curve ?? ''}` : `RSA ${c.keySize}`;
  const eku = c.extendedKeyUsage.length > 0 ? c.extendedKeyUsage.join(', ') : 'no restriction';
  const p = inspection.fileProtection;
  return [
    `Key pair      ${c.commonName}`,
    `Subject       ${c.subject}`,
    `Issuer        ${c.issuer}`,
    `Serial        ${c.serialNumber}`,
    `Valid         ${c.notBefore.slice(0, 10)} to ${c.notAfter.slice(0, 10)} (${c.daysLeft} days left)`,
    `Key           ${key}`,
    `Client auth   ${c.clientAuth ? 'yes' : 'no'} (${eku})`,
    `SHA-256       ${c.sha256}`,
    `SHA-1         ${c.sha1}`,
    `Chain         ${inspection.chain.length} certificate(s), leaf first:`,
    ...inspection.chain.map(
      (cert, i) => `  ${i + 1}. ${cert.subject}  (until ${cert.notAfter.slice(0, 10)})`,
    ),
    `File          ${p.summary}${p.mac ? `; MAC ${p.mac}` : ''}`,
    ...(inspection.warnings.length === 0
      ? ['Warnings      none']
      : ['Warnings', ...inspection.warnings.map((w) => `  ${w}: ${WARNING_TEXT[w]}`)]),
  ];
}

export const inspect: Command = {
  name: 'inspect',
  summary: 'Open a .p12/.pfx key pair file and show what it holds (nothing is stored)',
  usage: 'c4c-connect inspect <file> [--password-env VAR] [--json]',
  async run(argv, { out, ctx, lang = 'en' }) {
    const args = parse(argv, { 'password-env': { type: 'string' } });
    const [file, ...extra] = args.positionals;
    if (file === undefined || extra.length > 0) throw usageError('usage.oneP12');
    const bytes = await readKeyPairFile(file);
    const password = await getPassword(
      stringOption(args, 'password-env'),
      sayCli(lang, 'prompt.passwordFor', { file: basename(file) }),
      {
        env: ctx.env,
        stdin: ctx.stdin,
      },
    );
    const { inspection } = await openPkcs12OffThread(bytes, password);
    if (out.json) out.object(inspectJson(inspection));
    for (const line of describe(inspection)) out.line(line);
    return EXIT.OK;
  },
};
