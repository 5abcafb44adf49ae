import { release, type as osType } from 'node:os';
import { describeTlsLibrary, tlsLibrary } from '../../core/connection/tls-library';
import { probeKeychain, type KeychainProbe } from '../../core/keychain/probe';
import { say, type Lang } from '../../../shared/messages/say';
import { listOrphans } from '../../core/vault/orphans';
import type { Command } from '../command';
import { EXIT } from '../io';
import { parse } from '../args';
import { labelled, sayCli } from '../../../shared/messages/cli';

/**
 * Why the keychain is not reachable: the OS's own words in English (its detail helps), the coded
 * sentence of the catalog in another language (the detail stays in --json's reason).
 */
function reasonOf(probe: KeychainProbe, lang: Lang): string {
  if (lang === 'en') return probe.reason ?? '';
  const code = probe.problem === 'locked' ? 'KEYCHAIN_LOCKED' : 'KEYCHAIN_UNAVAILABLE';
  return `${code}: ${say(lang, `error.${code}`)}`;
}

export const doctor: Command = {
  name: 'doctor',
  summary: 'Check this machine: OS, Node, data folder, OS keychain',
  usage: 'c4c-connect doctor [--json]',
  async run(argv, { out, ctx, lang = 'en' }) {
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
    const { os } = report;
    const rows = labelled(
      lang,
      [
        ['doctor.os', `${os.type} ${os.release} (${os.platform} ${os.arch})`],
        ['doctor.node', report.node],
        ['doctor.tls', report.tls],
        ['doctor.dataFolder', report.dataFolder],
        [
          'doctor.keychain',
          keychain.reachable
            ? sayCli(lang, 'doctor.reachable', { backend: keychain.backend })
            : sayCli(lang, 'doctor.notReachable', { reason: reasonOf(keychain, lang) }),
        ],
        [
          'doctor.orphans',
          report.orphans.length === 0
            ? sayCli(lang, 'doctor.none')
            : sayCli(lang, 'doctor.orphanCount', { count: report.orphans.length }),
        ],
      ],
      '',
      // The lines are for people and follow --lang (orphans included); scripts read --json, whose
      // keys and values stay as they are. 14: the English columns keep the width they always had.
      14,
    );
    for (const row of rows) out.line(row);
    for (const o of report.orphans)
      out.line(
        `  ${sayCli(lang, 'doctor.orphan', { path: `${o.where}/${o.name}`, bytes: o.bytes, date: o.modifiedAt })}`,
      );
    return keychain.reachable ? EXIT.OK : EXIT.ENVIRONMENT;
  },
};
