import { resolve } from 'node:path';
import { writeFileAtomic } from '../../core/vault/index';
import { parse, requiredOption } from '../args';
import type { Command } from '../command';
import { EXIT, usageError } from '../io';
import { findOrReport, keyPairService, rethrowUnlessNotFound } from './keypair-common';
import { refuseOverwrite } from './keypair-files';
import { sayCli } from '../../../shared/messages/cli';

export const keypairCsr: Command = {
  name: 'keypair csr',
  summary: "Write a certificate request (PKCS#10) for a key pair, for the customer's CA to sign",
  usage: 'c4c-connect keypair csr NAME --out FILE [--force] [--json]',
  async run(argv, { out, ctx, lang = 'en' }) {
    const args = parse(argv, { out: { type: 'string' }, force: { type: 'boolean' } });
    const name = args.positionals.join(' ');
    if (!name) throw usageError('usage.keyPairName');
    const path = resolve(requiredOption(args, 'out'));
    await refuseOverwrite(path, args.values.force === true);
    const service = keyPairService(ctx);
    const found = findOrReport(service, name, out, lang);
    if ('exit' in found) return found.exit;
    try {
      // A request holds only the public key and the subject: readable by others, like a certificate.
      await writeFileAtomic(path, Buffer.from(await service.certificateRequest(found.keyPair.id)), 0o644);
    } catch (error) {
      return rethrowUnlessNotFound(error, out);
    }
    if (out.json) out.object({ ok: true, name: found.keyPair.name, path });
    out.line(sayCli(lang, 'done.csr', { name: found.keyPair.name, path }));
    out.line(sayCli(lang, 'done.csrNext'));
    return EXIT.OK;
  },
};
