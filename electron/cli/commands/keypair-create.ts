import { KEY_KINDS, MAX_DAYS, type KeyKind } from '../../core/keypairs/index';
import { parse, requiredOption, stringOption } from '../args';
import type { Command } from '../command';
import { EXIT, usageError } from '../io';
import { describeKeyPair, keyPairService } from './keypair-common';
import { sayCli } from '../../../shared/messages/cli';

const DEFAULT_DAYS = 365;

function keyKind(raw: string | undefined): KeyKind {
  if (raw === undefined) return 'rsa2048';
  const kind = KEY_KINDS.find((k) => k === raw.toLowerCase());
  if (!kind) throw usageError('usage.keyKind', { kinds: KEY_KINDS.join(', ') });
  return kind;
}

function days(raw: string | undefined): number {
  if (raw === undefined) return DEFAULT_DAYS;
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || n < 1 || n > MAX_DAYS) throw usageError('usage.days', { max: String(MAX_DAYS) });
  return n;
}

export const keypairCreate: Command = {
  name: 'keypair create',
  summary: 'Make a new key pair here (the key never travels) with a self-signed certificate',
  usage:
    'c4c-connect keypair create --name NAME [--subject DN] [--key rsa2048|rsa3072|rsa4096|ec256] [--days D] [--json]',
  async run(argv, { out, ctx, lang = 'en' }) {
    const args = parse(argv, {
      name: { type: 'string' },
      subject: { type: 'string' },
      key: { type: 'string' },
      days: { type: 'string' },
    });
    if (args.positionals.length > 0) throw usageError('usage.createNoFile');
    const name = requiredOption(args, 'name');
    const request = {
      name,
      // Without --subject the certificate is named after the key pair (CN=name).
      subject: stringOption(args, 'subject') ?? `CN=${name.replace(/[\\,+"<>;=#]/g, (c) => `\\${c}`)}`,
      key: keyKind(stringOption(args, 'key')),
      days: days(stringOption(args, 'days')),
    };
    const keyPair = await keyPairService(ctx).create(request);
    if (out.json) out.object({ ok: true, keyPair });
    out.line(sayCli(lang, 'done.created', { name: keyPair.name }));
    describeKeyPair(keyPair, out, lang);
    return EXIT.OK;
  },
};
