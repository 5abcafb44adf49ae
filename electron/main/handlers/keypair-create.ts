import { lstat, readFile } from 'node:fs/promises';
import { isAbsolute } from 'node:path';
import { MAX_KEY_PAIR_FILE_BYTES } from '../../../shared/contract/keypairs';
import { say } from '../../../shared/messages/say';
import { codedError } from '../../../shared/result';
import { fileNameFor } from '../../../shared/file-name';
import { writeFileAtomic } from '../../core/vault/index';
import type { HandlerTable } from '../ipc-door';
import type { Services } from '../services';

type Channels = 'keypair:create' | 'keypair:csr' | 'keypair:attach-cert' | 'keypair:trash-original';

/**
 * Only a plain local key pair file is looked at: the path comes from the page, and on Windows even
 * a stat of a network path (`\\server\share`, `\\?\UNC\…`) makes the OS log on to that server
 * with the user's credentials. Links are refused (lstat): the file checked is the file trashed.
 */
const plainLocalKeyPairPath = (path: string): boolean =>
  isAbsolute(path) && !/^[\\/]{2}/.test(path) && /\.(?:p12|pfx)$/i.test(path);

/** The bytes at `path`, if it is a plain local file no larger than a key pair file can be. */
async function readKeyPairFile(path: string): Promise<Buffer | null> {
  if (!plainLocalKeyPairPath(path)) return null;
  try {
    const info = await lstat(path);
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
      const lang = s.uiLanguage.get();
      const path = await s.host.showSaveDialog({
        title: say(lang, 'dialog.saveCsr'),
        defaultName: fileNameFor(summary.name, 'csr'),
        filters: [{ name: say(lang, 'dialog.csrFiles'), extensions: ['csr', 'pem'] }],
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
        throw codedError('BAD_INPUT', 'main.fileNotOriginal');
      }
      if (!s.host.trashItem) throw codedError('INTERNAL', 'main.trashUnavailable');
      await s.host.trashItem(path);
      return { trashed: true };
    },
  };
}
