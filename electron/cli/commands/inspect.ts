/**
 * c4c-connect inspect <file> [--password-env VAR] [--json]: open a key pair file and show what it
 * holds, without storing anything. Exit 0 also with warnings; 2 when the file cannot be opened.
 */
import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { KeyPairInspection } from '../../../shared/domain/keypair';
import { protectionSummary } from '../../../shared/messages/protection';
import { formatDate, type Lang } from '../../../shared/messages/say';
import { codedError } from '../../../shared/result';
import { MAX_PKCS12_BYTES, fileTooLarge, openPkcs12OffThread } from '../../core/pkcs12/index';
import { parse, stringOption } from '../args';
import type { Command } from '../command';
import { EXIT, usageError } from '../io';
import { getPassword } from '../prompt-password';
import { labelled, sayCli, type CliMessageKey } from '../../../shared/messages/cli';

/** Reads at most MAX_PKCS12_BYTES, so a huge file is refused without loading it. */
async function readKeyPairFile(path: string): Promise<Uint8Array> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new Error('not a file');
    size = info.size;
  } catch {
    throw codedError('NOT_FOUND', 'cli.noFile', { path });
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

/** The file's details for people, in --lang (labels as keypair show's, dates the language's way). */
function describe(inspection: KeyPairInspection, lang: Lang): string[] {
  const c = inspection.certificate;
  const say = (key: CliMessageKey, params?: Record<string, string | number>) => sayCli(lang, key, params);
  // A key size is a name ("RSA 4096"), never grouped as a quantity.
  const size = String(c.keySize);
  const eku = c.extendedKeyUsage.length > 0 ? c.extendedKeyUsage.join(', ') : say('inspect.noRestriction');
  const p = inspection.fileProtection;
  const rows = labelled(
    lang,
    [
      ['inspect.keyPair', c.commonName],
      ['keypair.subject', c.subject],
      ['keypair.issuer', c.issuer],
      ['keypair.serial', c.serialNumber],
      [
        'keypair.valid',
        say('keypair.validRange', {
          from: formatDate(lang, c.notBefore),
          to: formatDate(lang, c.notAfter),
          days: c.daysLeft,
        }),
      ],
      [
        'keypair.key',
        c.keyAlgorithm === 'EC'
          ? say('keypair.keyEc', { curve: c.curve ?? '', size })
          : say('keypair.keyRsa', { size }),
      ],
      ['keypair.clientAuth', `${say(c.clientAuth ? 'keypair.yes' : 'keypair.no')} (${eku})`],
      ['keypair.sha256', c.sha256],
      ['keypair.sha1', c.sha1],
      ['keypair.chain', say('inspect.chainLeafFirst', { count: inspection.chain.length })],
    ],
    '',
    14,
  );
  const file = labelled(
    lang,
    [['keypair.file', `${protectionSummary(lang, p.summary)}${p.mac ? `; MAC ${p.mac}` : ''}`]],
    '',
    14,
  );
  return [
    ...rows,
    ...inspection.chain.map(
      (cert, i) =>
        `  ${i + 1}. ${cert.subject}  (${say('keypair.until', { date: formatDate(lang, cert.notAfter) })})`,
    ),
    ...file,
    ...(inspection.warnings.length === 0
      ? labelled(lang, [['keypair.warnings', say('inspect.none')]], '', 14)
      : [
          say('keypair.warnings'),
          ...inspection.warnings.map((w) => `  ${w}: ${say(`inspect.warning.${w}`)}`),
        ]),
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
    for (const line of describe(inspection, lang)) out.line(line);
    return EXIT.OK;
  },
};
