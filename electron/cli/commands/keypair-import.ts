import { readRegularFile } from '../checked-input';
import { basename } from 'node:path';
import { MAX_KEY_PAIR_FILE_BYTES } from '../../../shared/contract/keypairs';
import { fileTooLarge } from '../../core/pkcs12/index';
import { parse, requiredOption, stringOption } from '../args';
import type { Command } from '../command';
import { EXIT, usageError } from '../io';
import { describeKeyPair, keyPairService } from './keypair-common';
import { getPassword } from '../prompt-password';
import { sayCli } from '../../../shared/messages/cli';

export const keypairImport: Command = {
  name: 'keypair import',
  summary: 'Import a .p12/.pfx key pair into the keychain vault',
  usage: 'c4c-connect keypair import <file> --name NAME [--password-env VAR] [--json]',
  async run(argv, { out, ctx, lang = 'en' }) {
    const args = parse(argv, { name: { type: 'string' }, 'password-env': { type: 'string' } });
    const file = args.positionals[0];
    if (!file || args.positionals.length > 1) throw usageError('usage.oneKeyPairFile');
    const name = requiredOption(args, 'name');
    const bytes = await readRegularFile(
      file,
      '.p12',
      MAX_KEY_PAIR_FILE_BYTES,
      fileTooLarge,
    );
    const password = await getPassword(
      stringOption(args, 'password-env'),
      sayCli(lang, 'prompt.passwordFor', { file: basename(file) }),
      ctx,
    );
    const keyPair = await keyPairService(ctx).import({ name, fileName: basename(file), bytes, password });
    if (out.json) out.object({ ok: true, keyPair });
    out.line(sayCli(lang, 'done.imported', { name: keyPair.name }));
    describeKeyPair(keyPair, out, lang);
    return EXIT.OK;
  },
};
