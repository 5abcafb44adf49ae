import { parse } from '../args';
import { sayCli } from '../../../shared/messages/cli';
import { formatDate, type Lang } from '../../../shared/messages/say';
import type { Command } from '../command';
import { EXIT } from '../io';
import { keyPairService } from './keypair-common';

const status = (daysLeft: number, warnings: string[], lang: Lang): string =>
  sayCli(
    lang,
    warnings.includes('CERT_EXPIRED')
      ? 'keypair.status.expired'
      : warnings.includes('CERT_NOT_YET_VALID')
        ? 'keypair.status.notYetValid'
        : daysLeft < 30
          ? 'keypair.status.soon'
          : 'keypair.status.valid',
  );

export const keypairList: Command = {
  name: 'keypair list',
  summary: 'List the key pairs in the vault',
  usage: 'c4c-connect keypair list [--json]',
  run(argv, { out, ctx, lang = 'en' }) {
    parse(argv, {});
    const keyPairs = keyPairService(ctx).list();
    if (out.json) out.object({ ok: true, keyPairs });
    if (keyPairs.length === 0) out.line(sayCli(lang, 'keypair.none'));
    const [nameHead = '', expiresHead = '', statusHead = '', cnHead = ''] = sayCli(
      lang,
      'keypair.columns',
    ).split('|');
    const width = Math.max(nameHead.length, ...keyPairs.map((k) => k.name.length));
    // The expiry date the way the language writes it (30.11.2026, Nov 30, 2026).
    const expires = keyPairs.map((k) => formatDate(lang, k.certificate.notAfter));
    const dateWidth = Math.max(expiresHead.length, ...expires.map((d) => d.length));
    // Status words differ in length by language ("NOCH NICHT GÜLTIG"): the column fits the longest.
    const statuses = keyPairs.map((k) => status(k.certificate.daysLeft, k.warnings, lang));
    const statusWidth = Math.max(statusHead.length, ...statuses.map((s) => s.length));
    if (keyPairs.length)
      out.line(
        `${nameHead.padEnd(width)}  ${expiresHead.padEnd(dateWidth)}  ${statusHead.padEnd(statusWidth)}  ${cnHead}`,
      );
    keyPairs.forEach((k, i) => {
      const c = k.certificate;
      out.line(
        `${k.name.padEnd(width)}  ${(expires[i] ?? '').padEnd(dateWidth)}  ${(statuses[i] ?? '').padEnd(statusWidth)}  ${c.commonName}`,
      );
    });
    return Promise.resolve(EXIT.OK);
  },
};
