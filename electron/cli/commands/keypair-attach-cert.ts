import { readFile, stat } from 'node:fs/promises';
import { MAX_CERTIFICATE_FILE_BYTES } from '../../core/keypairs/index';
import { codedError } from '../../../shared/result';
import { parse } from '../args';
import type { Command } from '../command';
import { EXIT, usageError } from '../io';
import { describeKeyPair, findOrReport, keyPairService, rethrowUnlessNotFound } from './keypair-common';
import { sayCli } from '../../../shared/messages/cli';

export const keypairAttachCert: Command = {
  name: 'keypair attach-cert',
  summary: 'Complete a key pair with the certificate (and chain) its CA signed',
  usage: 'c4c-connect keypair attach-cert NAME FILE [--json]',
  async run(argv, { out, ctx, lang = 'en' }) {
    const args = parse(argv, {});
    const file = args.positionals.at(-1);
    const name = args.positionals.slice(0, -1).join(' ');
    if (!name || !file) throw usageError('usage.attachArgs');
    let size: number;
    try {
      size = (await stat(file)).size;
    } catch {
      throw usageError('usage.unreadablePath', { file });
    }
    if (size > MAX_CERTIFICATE_FILE_BYTES) {
      throw codedError('FILE_TOO_LARGE', 'keypairs.certificateTooLarge');
    }
    const service = keyPairService(ctx);
    const found = findOrReport(service, name, out, lang);
    if ('exit' in found) return found.exit;
    let keyPair;
    try {
      keyPair = await service.attachCertificate(found.keyPair.id, await readFile(file));
    } catch (error) {
      return rethrowUnlessNotFound(error, out);
    }
    if (out.json) out.object({ ok: true, keyPair });
    out.line(sayCli(lang, 'done.attached', { name: keyPair.name }));
    describeKeyPair(keyPair, out, lang);
    return EXIT.OK;
  },
};
