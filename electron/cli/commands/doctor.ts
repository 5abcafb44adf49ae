import { release, type as osType } from 'node:os';
import { describeTlsLibrary, tlsLibrary } from '../../core/connection/tls-library';
import { probeKeychain } from '../../core/keychain/probe';
import { listOrphans } from '../../core/vault/orphans';
import type { Command } from '../command';
import { EXIT } from '../io';
import { parse } from '../args';

export const doctor: Command = {
  name: 'doctor',
  summary: 'Check this machine: OS, Node, data folder, OS keychain',
  usage: 'c4c-connect doctor [--json]',
  async run(argv, { out, ctx }) {
    parse(argv, {});
    const keychain = await probeKeychain(ctx.keychain());
    const report = {
      ok: keychain.reachable,
      os: { platform: process.platform, type: osType(), release: release(), arch: process.arch },
      node: process.versions.node,
      // The connection test's TLS library: what it can tell about client certificates differs.
      tls: describeTlsLibrary(tlsLibrary()),
      dataFolder: ctx.dataFolder,
      keychain: {
        reachable: keychain.reachable,
        backend: keychain.backend,
        problem: keychain.problem,
        reason: keychain.reason,
      },
      // Vault files no key pair or connection uses (none is secret in clear: ciphertext only).
      orphans: listOrphans(ctx.dataFolder, ctx.store().store),
    };
    if (out.json) out.object(report);
    out.line(
      `OS            ${report.os.type} ${report.os.release} (${report.os.platform} ${report.os.arch})`,
    );
    out.line(`Node          ${report.node}`);
    out.line(`TLS library   ${report.tls}`);
    out.line(`Data folder   ${report.dataFolder}`);
    out.line(
      `OS keychain   ${keychain.reachable ? `reachable (${keychain.backend})` : `NOT reachable: ${keychain.reason ?? ''}`}`,
    );
    out.line(
      `Orphans       ${report.orphans.length === 0 ? 'none' : `${report.orphans.length} vault file(s) no key pair or connection uses (c4c-connect vault sweep --delete removes them)`}`,
    );
    for (const o of report.orphans) out.line(`  ${o.where}/${o.name}  ${o.bytes} bytes, ${o.modifiedAt}`);
    return keychain.reachable ? EXIT.OK : EXIT.ENVIRONMENT;
  },
};
