import {
  deleteQuarantined,
  listOrphans,
  quarantineOrphans,
  quarantineFolderOf,
} from '../../core/vault/orphans';
import { parse } from '../args';
import type { Command } from '../command';
import { EXIT } from '../io';

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
  run(argv, { out, ctx }) {
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
    out.line(`Moved to quarantine: ${moved.quarantined.length}`);
    if (moved.restored.length) out.line(`Put back (in use again): ${moved.restored.length}`);
    if (args.values.delete === true) out.line(`Deleted for good: ${deleted.length}`);
    out.line(
      left.length === 0
        ? 'No orphaned vault files are left.'
        : `${left.length} orphaned vault file(s) remain in ${quarantineFolderOf(ctx.dataFolder)} or are too recent to move; run again with --delete to remove those in quarantine.`,
    );
    return Promise.resolve(EXIT.OK);
  },
};
