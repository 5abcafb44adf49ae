import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { MAX_KEY_PAIR_FILE_BYTES } from '../../../shared/contract/keypairs';
import { fileTooLarge } from '../../core/pkcs12/index';
import { parse, stringOption } from '../args';
import type { Command } from '../command';
import { EXIT, usageError } from '../io';
import { getPassword } from '../prompt-password';
import { describeKeyPair, findOrReport, keyPairService, rethrowUnlessNotFound } from './keypair-common';
import { sayCli } from '../../../shared/messages/cli';

/** Only a regular file of key pair size is read (a FIFO or a folder would hang or fail oddly). */
async function readKeyPairFile(file: string): Promise<Buffer> {
  let info;
  try {
    info = await stat(file);
  } catch {
    throw usageError('usage.unreadablePath', { file });
  }
  if (!info.isFile()) throw usageError('usage.renewNotFile', { file });
  if (info.size > MAX_KEY_PAIR_FILE_BYTES) {
    throw fileTooLarge(info.size);
  }
  return readFile(file);
}

/**
 * The Key Pairs screen's Renew…: the arrangement's new .p12 replaces the key pair under the same
 * name and id, so its connections switch over. The old key pair stays until the new one is safely
 * stored: a wrong password or a bad file changes nothing.
 */
export const keypairRenew: Command = {
  name: 'keypair renew',
  summary: "Replace a key pair with the arrangement's new .p12 (same name; connections follow)",
  usage: 'c4c-connect keypair renew NAME FILE [--password-env VAR] [--json]',
  async run(argv, { out, ctx, lang = 'en' }) {
    const args = parse(argv, { 'password-env': { type: 'string' } });
    const [name, file] = args.positionals;
    if (name === undefined || file === undefined || args.positionals.length !== 2) {
      throw usageError('usage.renewArgs');
    }
    const service = keyPairService(ctx);
    const found = findOrReport(service, name, out, lang);
    if ('exit' in found) return found.exit;
    const bytes = await readKeyPairFile(file);
    const password = await getPassword(
      stringOption(args, 'password-env'),
      sayCli(lang, 'prompt.passwordFor', { file: basename(file) }),
      ctx,
    );
    let keyPair;
    try {
      keyPair = await service.replace(found.keyPair.id, { fileName: basename(file), bytes, password });
    } catch (error) {
      return rethrowUnlessNotFound(error, out);
    }
    if (out.json) out.object({ ok: true, keyPair });
    out.line(sayCli(lang, 'done.renewed', { name: keyPair.name }));
    describeKeyPair(keyPair, out, lang);
    return EXIT.OK;
  },
};
