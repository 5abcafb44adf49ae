import { readFile, stat } from 'node:fs/promises';
import { MAX_KEY_PAIR_FILE_BYTES } from '../../../shared/contract/keypairs';
import { CodedError } from '../../../shared/result';
import { writeFileAtomic } from '../../core/vault/index';
import type { HandlerTable } from '../ipc-door';
import type { Services } from '../services';

type Channels = 'keypair:create' | 'keypair:csr' | 'keypair:attach-cert' | 'keypair:trash-original';

const safeFileName = (name: string): string =>
  name.replace(/[\\/:*?"<>|\p{Cc}]+/gu, '_').slice(0, 100) || 'key-pair';

/** The bytes at `path`, if it is a file no larger than a key pair file can be. */
async function readKeyPairFile(path: string): Promise<Buffer | null> {
  try {
    const info = await stat(path);
    if (!info.isFile() || info.size > MAX_KEY_PAIR_FILE_BYTES) return null;
    return await readFile(path);
  } catch {
    return null;
  }
}

export function keypairCreateHandlers(s: Services): Pick<HandlerTable, Channels> {
  const k = s.keyPairs;
  return {
    'keypair:create': (req) => k.create(req),
    'keypair:csr': async ({ id }) => {
      const summary = k.get(id);
      const pem = await k.certificateRequest(id);
      const path = await s.host.showSaveDialog({
        title: 'Save certificate request',
        defaultName: `${safeFileName(summary.name)}.csr`,
        filters: [{ name: 'Certificate request (PKCS#10)', extensions: ['csr', 'pem'] }],
      });
      if (path === null) return { saved: false, path: null };
      // A request holds the public key and the subject only.
      await writeFileAtomic(path, Buffer.from(pem), 0o644);
      return { saved: true, path };
    },
    'keypair:attach-cert': ({ id, bytes }) => k.attachCertificate(id, bytes),
    'keypair:trash-original': async ({ id, path }) => {
      const bytes = await readKeyPairFile(path);
      // Only the very file this key pair came from: a renderer cannot use this channel to trash
      // anything else on the disk.
      if (!bytes || !(await k.isOriginalFile(id, bytes))) {
        throw new CodedError(
          'BAD_INPUT',
          'This file is no longer the one you imported (moved or changed). Delete it yourself if you no longer need it.',
        );
      }
      if (!s.host.trashItem)
        throw new CodedError('INTERNAL', 'Moving files to the trash is not available here.');
      await s.host.trashItem(path);
      return { trashed: true };
    },
  };
}
