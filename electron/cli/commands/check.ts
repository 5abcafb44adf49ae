/**
 * c4c-connect check: the authorization matrix of a saved connection, every service of its
 * arrangement × the entity sets given (a $top=1 read each). Exit 0 when every cell is OK, 1 when
 * any is not, 2 for bad input.
 */
import type { AccessMatrix } from '../../../shared/domain/access-check';
import { accessText } from '../../../shared/messages/access';
import { AccessCheckService } from '../../core/access-check/index';
import { parse, requiredOption, stringOption } from '../args';
import { sayCli } from '../../../shared/messages/cli';
import type { Lang } from '../../../shared/messages/say';
import type { Command } from '../command';
import { EXIT, usageError, type Output } from '../io';
import { cliConnectionSources, savedConnection } from '../tenant-target';

function print(matrix: AccessMatrix, out: Output, lang: Lang): void {
  if (out.json) {
    out.object(matrix);
    return;
  }
  for (const c of matrix.cells) {
    const what = `${c.service} ${c.entitySet ?? sayCli(lang, 'check.serviceDocument')}`;
    out.line(`${c.outcome.padEnd(26)} ${String(c.status ?? '-').padStart(3)}  ${what}`);
    if (c.outcome !== 'OK') {
      if (c.message) out.line(`    C4C: ${c.message}`);
      for (const a of accessText(lang, c.outcome).advice) out.line(`    - ${a}`);
    }
  }
  out.line('');
  out.line(sayCli(lang, matrix.ok ? 'check.allReadable' : 'check.someNotReadable'));
}

export const check: Command = {
  name: 'check',
  summary: 'Check every service of a connection and the entity sets given: what may the technical user read?',
  usage: 'c4c-connect check --connection NAME [--sets A,B] [--json]',
  async run(argv, { out, ctx, lang = 'en' }) {
    const args = parse(argv, { connection: { type: 'string' }, sets: { type: 'string' } });
    if (args.positionals.length) throw usageError('usage.noPositionals', { command: 'check' });
    const connection = savedConnection(requiredOption(args, 'connection'), ctx);
    const sets = (stringOption(args, 'sets') ?? '').split(',').filter((s) => s.trim() !== '');
    const service = new AccessCheckService(cliConnectionSources(ctx, connection));
    const onSigint = () => service.cancel(connection.id);
    process.once('SIGINT', onSigint);
    try {
      const matrix = await service.check(connection.id, sets);
      print(matrix, out, lang);
      return matrix.ok ? EXIT.OK : EXIT.CHECK_FAILED;
    } finally {
      process.off('SIGINT', onSigint);
    }
  },
};
