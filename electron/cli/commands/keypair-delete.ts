import { parse } from '../args';
import type { Command } from '../command';
import { EXIT, usageError } from '../io';
import { findOrReport, keyPairService, rethrowUnlessNotFound } from './keypair-common';
import { sayCli } from '../../../shared/messages/cli';

export const keypairDelete: Command = {
  name: 'keypair delete',
  summary: 'Delete a key pair: its secret file in the vault and its details',
  usage: 'c4c-connect keypair delete NAME [--json]',
  async run(argv, { out, ctx, lang = 'en' }) {
    const args = parse(argv, {});
    const name = args.positionals.join(' ');
    if (!name) throw usageError('usage.keyPairName');
    const service = keyPairService(ctx);
    const found = findOrReport(service, name, out, lang);
    if ('exit' in found) return found.exit;
    try {
      await service.delete(found.keyPair.id);
    } catch (error) {
      return rethrowUnlessNotFound(error, out);
    }
    if (out.json) out.object({ ok: true, deleted: true, name: found.keyPair.name });
    out.line(sayCli(lang, 'done.deleted', { name: found.keyPair.name }));
    return EXIT.OK;
  },
};
