import { startPracticeTenant } from '../../core/practice-tenant';
import { parse, stringOption } from '../args';
import { checkedPort } from '../checked-input';
import type { Command } from '../command';
import { EXIT } from '../io';
import { labelled, sayCli, type CliMessageKey } from '../../../shared/messages/cli';

/** Resolves on the first Ctrl+C (SIGINT) or SIGTERM. */
function untilStopped(): Promise<string> {
  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve(signal);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

export const practiceTenant: Command = {
  name: 'practice-tenant',
  summary: 'Start a local practice tenant (C4C-shaped OData V2 with mTLS) until Ctrl+C',
  usage: 'c4c-connect practice-tenant [--folder DIR] [--port N] [--json]',
  async run(argv, { out, ctx, lang = 'en' }) {
    const args = parse(argv, { folder: { type: 'string' }, port: { type: 'string' } });
    const portText = stringOption(args, 'port');
    const tenant = await startPracticeTenant({
      dataFolder: stringOption(args, 'folder') ?? ctx.dataFolder,
      port: portText === undefined ? 0 : checkedPort(portText, '--port'),
    });
    const stopped = untilStopped();
    // Practice material, shown on purpose: the password protects only a throw-away key pair.
    if (out.json) {
      out.object({
        ok: true,
        serviceUrl: tenant.serviceUrl,
        quirkServiceUrl: tenant.quirkServiceUrl,
        tenantHost: tenant.tenantHost,
        caPath: tenant.caPath,
        p12Path: tenant.p12Path,
        p12Password: tenant.p12Password,
        user: tenant.user,
        password: tenant.password,
        pid: process.pid,
      });
    }
    out.line(sayCli(lang, 'practice.running'));
    const rows: [CliMessageKey, string][] = [
      ['practice.serviceUrl', tenant.serviceUrl],
      ['practice.quirkUrl', tenant.quirkServiceUrl],
      ['practice.ca', tenant.caPath],
      ['practice.p12', tenant.p12Path],
      ['practice.p12Password', tenant.p12Password],
      ['practice.user', tenant.user],
      ['practice.password', tenant.password],
    ];
    for (const row of labelled(lang, rows, '  ')) out.line(row);
    out.line(sayCli(lang, 'practice.material'));
    out.line(sayCli(lang, 'practice.stopHow'));
    await stopped;
    await tenant.stop();
    out.line(sayCli(lang, 'practice.stopped'));
    return EXIT.OK;
  },
};
