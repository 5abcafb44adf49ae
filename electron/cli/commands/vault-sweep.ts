import {
  deleteQuarantined,
  listOrphans,
  quarantineOrphans,
  quarantineFolderOf,
} from '../../core/vault/orphans';
import { parse } from '../args';
import type { Command } from '../command';
import { EXIT } from '../io';
import { sayCli } from '../../../shared/messages/cli';

/**
 * A file written a moment ago may belong to an import still running in the app: it gets this
 * long to be claimed by its store entry before a sweep on request moves it.
 */
const ON_REQUEST_GRACE_MS = 60_000;

/**
 * Vault files no key pair or connection uses (see core/vault/orphans): moved into quarantine now,
 * and with --delete removed for good together with everything already in quarantine.
 */
export const vaultSweep: Command = {
  name: 'vault sweep',
  summary: 'Move vault files nothing uses to quarantine; --delete removes them for good',
  usage: 'c4c-connect vault sweep [--delete] [--json]',
  run(argv, { out, ctx, lang = 'en' }) {
    const args = parse(argv, { delete: { type: 'boolean' } });
    const { store } = ctx.store();
    const moved = quarantineOrphans(ctx.dataFolder, store, { graceMs: ON_REQUEST_GRACE_MS });
    const deleted = args.values.delete === true ? deleteQuarantined(ctx.dataFolder) : [];
    const left = listOrphans(ctx.dataFolder, store);
    if (out.json) {
      out.object({
        ok: true,
        quarantined: moved.quarantined,
        restored: moved.restored,
        deleted,
        orphans: left,
      });
    }
    out.line(sayCli(lang, 'sweep.moved', { count: moved.quarantined.length }));
    if (moved.restored.length) out.line(sayCli(lang, 'sweep.restored', { count: moved.restored.length }));
    if (args.values.delete === true) out.line(sayCli(lang, 'sweep.deleted', { count: deleted.length }));
    out.line(
      left.length === 0
        ? sayCli(lang, 'sweep.noneLeft')
        : sayCli(lang, 'sweep.left', { count: left.length, folder: quarantineFolderOf(ctx.dataFolder) }),
    );
    return Promise.resolve(EXIT.OK);
  },
};
