import { parse } from '../args';
import type { Command } from '../command';
import { EXIT, usageError } from '../io';
import { describeKeyPair, findOrReport, keyPairService } from './keypair-common';

export const keypairShow: Command = {
  name: 'keypair show',
  summary: 'Show the details of one key pair',
  usage: 'c4c-connect keypair show NAME [--json]',
  run(argv, { out, ctx, lang = 'en' }) {
    const args = parse(argv, {});
    const name = args.positionals.join(' ');
    if (!name) throw usageError('usage.keyPairName');
    const found = findOrReport(keyPairService(ctx), name, out, lang);
    if ('exit' in found) return Promise.resolve(found.exit);
    if (out.json) out.object({ ok: true, keyPair: found.keyPair });
    describeKeyPair(found.keyPair, out, lang);
    return Promise.resolve(EXIT.OK);
  },
};
