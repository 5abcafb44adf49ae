import { parse } from '../args';
import type { Command } from '../command';
import { EXIT, usageError } from '../io';
import { findOrReport, keyPairService, rethrowUnlessNotFound } from './keypair-common';
import { sayCli } from '../../../shared/messages/cli';

/**
 * The Key Pairs screen's rename: same rules (1 to 100 characters, unique without regard to case).
 * Connections point at the key pair's id, so they and the hand-over's keystore alias follow.
 */
export const keypairRename: Command = {
  name: 'keypair rename',
  summary: 'Rename a key pair (its connections follow)',
  usage: 'c4c-connect keypair rename OLD NEW [--json]',
  run(argv, { out, ctx, lang = 'en' }) {
    const args = parse(argv, {});
    const [from, to] = args.positionals;
    if (from === undefined || to === undefined || args.positionals.length !== 2) {
      throw usageError('usage.renameNames');
    }
    const service = keyPairService(ctx);
    const found = findOrReport(service, from, out, lang);
    if ('exit' in found) return Promise.resolve(found.exit);
    let keyPair;
    try {
      keyPair = service.rename(found.keyPair.id, to);
    } catch (error) {
      return Promise.resolve(rethrowUnlessNotFound(error, out));
    }
    if (out.json) out.object({ ok: true, keyPair });
    out.line(sayCli(lang, 'done.renamed', { from: found.keyPair.name, to: keyPair.name }));
    return Promise.resolve(EXIT.OK);
  },
};
