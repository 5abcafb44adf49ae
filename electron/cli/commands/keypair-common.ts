import type { KeyPairSummary } from '../../../shared/domain/keypair';
import { CodedError } from '../../../shared/result';
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
): { keyPair: KeyPairSummary } | { exit: ExitCode } {
  const keyPair = service.find(name);
  if (keyPair) return { keyPair };
  const message = `There is no key pair named "${name}". Run c4c-connect keypair list to see them.`;
  if (out.json) out.object({ ok: false, error: { code: 'NOT_FOUND', message } });
  else out.error(message);
  return { exit: EXIT.CHECK_FAILED };
}

export function describeKeyPair(k: KeyPairSummary, out: Output): void {
  const c = k.certificate;
  const key = c.keyAlgorithm === 'EC' ? `EC ${c.curve ?? ''} (${c.keySize} bit)` : `RSA ${c.keySize} bit`;
  out.line(`Name           ${k.name}`);
  out.line(
    k.origin === 'created'
      ? `Created        ${k.importedAt} in C4C Connect`
      : `Imported       ${k.importedAt} from ${k.fileName}`,
  );
  out.line(`Subject        ${c.subject}`);
  out.line(`Issuer         ${c.issuer}`);
  out.line(`Serial         ${c.serialNumber}`);
  out.line(`Valid          ${c.notBefore} to ${c.notAfter} (${c.daysLeft} days left)`);
  out.line(`SHA-256        ${c.sha256}`);
  out.line(`SHA-1          ${c.sha1}`);
  out.line(`Key            ${key}`);
  out.line(
    `Client auth    ${c.clientAuth ? 'yes' : 'no'}${c.extendedKeyUsage.length ? ` (${c.extendedKeyUsage.join(', ')})` : ''}`,
  );
  out.line(`File           ${k.fileProtection.summary}`);
  out.line(`Chain          ${k.chain.length} certificate(s)`);
  k.chain.forEach((cert, i) => out.line(`  ${i + 1}. ${cert.subject}  (until ${cert.notAfter})`));
  if (k.warnings.length) out.line(`Warnings       ${k.warnings.join(', ')}`);
}

/** NOT_FOUND from the service (a key pair deleted meanwhile) is a failed check, not bad input. */
export function rethrowUnlessNotFound(error: unknown, out: Output): ExitCode {
  if (error instanceof CodedError && error.code === 'NOT_FOUND') {
    if (out.json) out.object({ ok: false, error: { code: error.code, message: error.message } });
    else out.error(error.message);
    return EXIT.CHECK_FAILED;
  }
  throw error;
}
