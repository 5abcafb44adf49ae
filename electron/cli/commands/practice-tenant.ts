import { startPracticeTenant } from '../../core/practice-tenant';
import { parse, stringOption } from '../args';
import { checkedPort } from '../checked-input';
import type { Command } from '../command';
import { EXIT } from '../io';

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
  async run(argv, { out, ctx }) {
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
    out.line('Practice tenant running (a loopback stand-in for a C4C tenant).');
    out.line(`  Service URL           ${tenant.serviceUrl}`);
    out.line(`  Quirk service URL     ${tenant.quirkServiceUrl}`);
    out.line(`  Tenant CA (trust it)  ${tenant.caPath}`);
    out.line(`  Key pair (.p12)       ${tenant.p12Path}`);
    out.line(`  Key pair password     ${tenant.p12Password}`);
    out.line(`  Technical user        ${tenant.user}`);
    out.line(`  Password              ${tenant.password}`);
    out.line('The key pair and password are practice material and change at every start.');
    out.line('Press Ctrl+C to stop.');
    await stopped;
    await tenant.stop();
    out.line('Practice tenant stopped.');
    return EXIT.OK;
  },
};
