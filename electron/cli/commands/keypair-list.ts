import { parse } from '../args';
import type { Command } from '../command';
import { EXIT } from '../io';
import { keyPairService } from './keypair-common';

const status = (daysLeft: number, warnings: string[]): string =>
  warnings.includes('CERT_EXPIRED')
    ? 'EXPIRED'
    : warnings.includes('CERT_NOT_YET_VALID')
      ? 'NOT YET VALID'
      : daysLeft < 30
        ? 'EXPIRES SOON'
        : 'valid';

export const keypairList: Command = {
  name: 'keypair list',
  summary: 'List the key pairs in the vault',
  usage: 'c4c-connect keypair list [--json]',
  run(argv, { out, ctx }) {
    parse(argv, {});
    const keyPairs = keyPairService(ctx).list();
    if (out.json) out.object({ ok: true, keyPairs });
    if (keyPairs.length === 0)
      out.line('No key pairs yet. Import one with: c4c-connect keypair import <file> --name NAME');
    const width = Math.max(4, ...keyPairs.map((k) => k.name.length));
    if (keyPairs.length)
      out.line(`${'NAME'.padEnd(width)}  ${'EXPIRES'.padEnd(10)}  ${'STATUS'.padEnd(13)}  COMMON NAME`);
    for (const k of keyPairs) {
      const c = k.certificate;
      out.line(
        `${k.name.padEnd(width)}  ${c.notAfter.slice(0, 10)}  ${status(c.daysLeft, k.warnings).padEnd(13)}  ${c.commonName}`,
      );
    }
    return Promise.resolve(EXIT.OK);
  },
};
