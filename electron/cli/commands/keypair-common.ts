import type { KeyPairSummary } from '../../../shared/domain/keypair';
import { sayCli, type CliMessageKey } from '../../../shared/messages/cli';
import { protectionSummary } from '../../../shared/messages/protection';
import { formatDate, formatDateTime, type Lang } from '../../../shared/messages/say';
import { CodedError } from '../../../shared/result';
import { forTerminal } from '../../core/connection/redact';
import { KeyPairService, generateKeyPairWithCertificate } from '../../core/keypairs/index';
import { openPkcs12 } from '../../core/pkcs12/index';
import { Vault } from '../../core/vault/index';
import type { CliContext } from '../context';
import { EXIT, type ExitCode, type Output } from '../io';

/** The same service the app uses. The CLI has no UI thread to keep free, so files open (and keys are made) in-thread. */
export function keyPairService(ctx: CliContext): KeyPairService {
  return new KeyPairService(new Vault(ctx.keychain(), ctx.dataFolder), ctx.store().store, {
    open: openPkcs12,
    generate: generateKeyPairWithCertificate,
  });
}

/** A key pair by name (or id), or exit 1 with a plain sentence. */
export function findOrReport(
  service: KeyPairService,
  name: string,
  out: Output,
  lang: Lang = 'en',
): { keyPair: KeyPairSummary } | { exit: ExitCode } {
  const keyPair = service.find(name);
  if (keyPair) return { keyPair };
  // The name as typed goes back to the terminal: made safe like every other echoed argument.
  const message = sayCli(lang, 'usage.noKeyPair', { name: forTerminal(name).slice(0, 80) });
  if (out.json) out.object({ ok: false, error: { code: 'NOT_FOUND', message } });
  else out.error(`NOT_FOUND: ${message}`);
  return { exit: EXIT.CHECK_FAILED };
}

/** The details of a key pair, labelled in `lang`, dates and numbers the way it writes them. */
export function describeKeyPair(k: KeyPairSummary, out: Output, lang: Lang = 'en'): void {
  const c = k.certificate;
  const say = (key: CliMessageKey, params?: Record<string, string | number>) => sayCli(lang, key, params);
  // A key size is a name ("RSA 4096"), never grouped as a quantity.
  const size = String(c.keySize);
  const rows: [CliMessageKey, string][] = [
    ['keypair.name', k.name],
    k.origin === 'created'
      ? ['keypair.created', say('keypair.createdHere', { date: k.importedAt })]
      : ['keypair.imported', say('keypair.importedFrom', { date: k.importedAt, file: k.fileName })],
    ['keypair.subject', c.subject],
    ['keypair.issuer', c.issuer],
    ['keypair.serial', c.serialNumber],
    [
      'keypair.valid',
      say('keypair.validRange', {
        from: formatDateTime(lang, c.notBefore),
        to: formatDateTime(lang, c.notAfter),
        days: c.daysLeft,
      }),
    ],
    ['keypair.sha256', c.sha256],
    ['keypair.sha1', c.sha1],
    [
      'keypair.key',
      c.keyAlgorithm === 'EC'
        ? say('keypair.keyEc', { curve: c.curve ?? '', size })
        : say('keypair.keyRsa', { size }),
    ],
    [
      'keypair.clientAuth',
      `${say(c.clientAuth ? 'keypair.yes' : 'keypair.no')}${c.extendedKeyUsage.length ? ` (${c.extendedKeyUsage.join(', ')})` : ''}`,
    ],
    [
      'keypair.file',
      // Stored in English (also by earlier versions): said in --lang.
      protectionSummary(lang, k.fileProtection.summary),
    ],
    ['keypair.chain', say('keypair.chainCount', { count: k.chain.length })],
  ];
  const width = Math.max(14, ...rows.map(([label]) => say(label).length)) + 1;
  const line = (label: CliMessageKey, value: string) => out.line(`${say(label).padEnd(width)}${value}`);
  for (const [label, value] of rows) line(label, value);
  k.chain.forEach((cert, i) =>
    out.line(
      `  ${i + 1}. ${cert.subject}  (${say('keypair.until', { date: formatDate(lang, cert.notAfter) })})`,
    ),
  );
  if (k.warnings.length) line('keypair.warnings', k.warnings.join(', '));
}

/** NOT_FOUND from the service (a key pair deleted meanwhile) is a failed check, not bad input. */
export function rethrowUnlessNotFound(error: unknown, out: Output): ExitCode {
  if (error instanceof CodedError && error.code === 'NOT_FOUND') {
    const message = forTerminal(error.message);
    if (out.json) out.object({ ok: false, error: { code: error.code, message } });
    else out.error(`${error.code}: ${message}`);
    return EXIT.CHECK_FAILED;
  }
  throw error;
}
