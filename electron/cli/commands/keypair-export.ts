import { access } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { ExportFormat } from '../../../shared/contract/keypairs';
import { parse, requiredOption, stringOption } from '../args';
import type { Command } from '../command';
import { EXIT, usageError } from '../io';
import { findOrReport, keyPairService, rethrowUnlessNotFound } from './keypair-common';
import { getPassword } from '../prompt-password';
import { sayCli } from '../../../shared/messages/cli';

function formatOf(certOnly: string | undefined, newPasswordEnv: string | undefined): ExportFormat {
  if (certOnly !== undefined) {
    if (newPasswordEnv !== undefined)
      throw usageError('usage.certOnlyPassword');
    if (certOnly === 'pem') return 'cert-pem';
    if (certOnly === 'der') return 'cert-der';
    throw usageError('usage.certOnlyFormat');
  }
  return newPasswordEnv === undefined ? 'p12-original' : 'p12-new-password';
}

export const keypairExport: Command = {
  name: 'keypair export',
  summary: 'Save a key pair as .p12 (as imported, or with a new password) or its certificate alone',
  usage:
    'c4c-connect keypair export NAME --out FILE [--new-password-env VAR | --cert pem|der] [--force] [--json]',
  async run(argv, { out, ctx, lang = 'en' }) {
    const args = parse(argv, {
      out: { type: 'string' },
      'new-password-env': { type: 'string' },
      'cert-only': { type: 'string' },
      // --cert is the name issue 13 gives it; --cert-only stays for scripts written before.
      cert: { type: 'string' },
      force: { type: 'boolean' },
    });
    const name = args.positionals.join(' ');
    if (!name) throw usageError('usage.keyPairName');
    const path = resolve(requiredOption(args, 'out'));
    const newPasswordEnv = stringOption(args, 'new-password-env');
    const format = formatOf(stringOption(args, 'cert') ?? stringOption(args, 'cert-only'), newPasswordEnv);
    if (args.values.force !== true) {
      const exists = await access(path).then(
        () => true,
        () => false,
      );
      if (exists) throw usageError('usage.fileExists', { path });
    }
    const service = keyPairService(ctx);
    const found = findOrReport(service, name, out, lang);
    if ('exit' in found) return found.exit;
    const newPassword =
      format === 'p12-new-password' ? await getPassword(newPasswordEnv, sayCli(lang, 'prompt.newPassword'), ctx) : undefined;
    if (format === 'p12-new-password' && !newPassword)
      throw usageError('usage.emptyPassword');
    try {
      await service.exportTo(found.keyPair.id, format, path, newPassword);
    } catch (error) {
      return rethrowUnlessNotFound(error, out);
    }
    if (out.json) out.object({ ok: true, name: found.keyPair.name, format, path });
    out.line(
      sayCli(lang, format.startsWith('cert') ? 'done.exportedCert' : 'done.exportedKeyPair', {
        name: found.keyPair.name,
        path,
      }),
    );
    return EXIT.OK;
  },
};
