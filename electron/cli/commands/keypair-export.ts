import { access } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { ExportFormat } from '../../../shared/contract/keypairs';
import { parse, requiredOption, stringOption } from '../args';
import type { Command } from '../command';
import { EXIT, UsageError } from '../io';
import { findOrReport, keyPairService, rethrowUnlessNotFound } from './keypair-common';
import { getPassword } from '../prompt-password';

function formatOf(certOnly: string | undefined, newPasswordEnv: string | undefined): ExportFormat {
  if (certOnly !== undefined) {
    if (newPasswordEnv !== undefined)
      throw new UsageError('--cert-only exports no key, so it takes no password.');
    if (certOnly === 'pem') return 'cert-pem';
    if (certOnly === 'der') return 'cert-der';
    throw new UsageError('--cert-only takes pem or der.');
  }
  return newPasswordEnv === undefined ? 'p12-original' : 'p12-new-password';
}

export const keypairExport: Command = {
  name: 'keypair export',
  summary: 'Save a key pair as .p12 (as imported, or with a new password) or its certificate alone',
  usage:
    'c4c-connect keypair export NAME --out FILE [--new-password-env VAR | --cert pem|der] [--force] [--json]',
  async run(argv, { out, ctx }) {
    const args = parse(argv, {
      out: { type: 'string' },
      'new-password-env': { type: 'string' },
      'cert-only': { type: 'string' },
      // --cert is the name issue 13 gives it; --cert-only stays for scripts written before.
      cert: { type: 'string' },
      force: { type: 'boolean' },
    });
    const name = args.positionals.join(' ');
    if (!name) throw new UsageError('Give the name of the key pair.');
    const path = resolve(requiredOption(args, 'out'));
    const newPasswordEnv = stringOption(args, 'new-password-env');
    const format = formatOf(stringOption(args, 'cert') ?? stringOption(args, 'cert-only'), newPasswordEnv);
    if (args.values.force !== true) {
      const exists = await access(path).then(
        () => true,
        () => false,
      );
      if (exists) throw new UsageError(`${path} already exists. Choose another file or add --force.`);
    }
    const service = keyPairService(ctx);
    const found = findOrReport(service, name, out);
    if ('exit' in found) return found.exit;
    const newPassword =
      format === 'p12-new-password' ? await getPassword(newPasswordEnv, 'New password: ', ctx) : undefined;
    if (format === 'p12-new-password' && !newPassword)
      throw new UsageError('The new password must not be empty.');
    try {
      await service.exportTo(found.keyPair.id, format, path, newPassword);
    } catch (error) {
      return rethrowUnlessNotFound(error, out);
    }
    if (out.json) out.object({ ok: true, name: found.keyPair.name, format, path });
    out.line(
      `Saved ${format.startsWith('cert') ? 'the certificate' : 'the key pair'} of "${found.keyPair.name}" to ${path}.`,
    );
    return EXIT.OK;
  },
};
