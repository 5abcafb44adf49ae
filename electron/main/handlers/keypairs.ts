import { CodedError } from '../../../shared/result';
import { EXPORT_EXTENSION } from '../../core/keypairs/index';
import type { HandlerTable } from '../ipc-door';
import type { Services } from '../services';

type KeyPairChannels =
  | 'keypair:import'
  | 'keypair:list'
  | 'keypair:get'
  | 'keypair:rename'
  | 'keypair:delete'
  | 'keypair:replace'
  | 'keypair:export';

const FILTERS = {
  p12: { name: 'Key pair (PKCS#12)', extensions: ['p12', 'pfx'] },
  crt: { name: 'Certificate (PEM)', extensions: ['crt', 'pem'] },
  cer: { name: 'Certificate (DER)', extensions: ['cer', 'der'] },
};

/** A file name built from a key pair name: no path separators or characters Windows refuses. */
const safeFileName = (name: string): string =>
  name.replace(/[\\/:*?"<>|\p{Cc}]+/gu, '_').slice(0, 100) || 'key-pair';

export function keypairHandlers(s: Services): Pick<HandlerTable, KeyPairChannels> {
  const k = s.keyPairs;
  return {
    'keypair:import': (req) => k.import(req),
    'keypair:list': () => ({ keyPairs: k.list() }),
    'keypair:get': ({ id }) => k.get(id),
    'keypair:rename': ({ id, name }) => k.rename(id, name),
    'keypair:delete': async ({ id }) => ({ deleted: await k.delete(id) }),
    'keypair:replace': ({ id, ...file }) => k.replace(id, file),
    'keypair:export': async ({ id, format, newPassword }) => {
      const summary = k.get(id);
      if (format === 'p12-new-password' && !newPassword) {
        throw new CodedError('BAD_INPUT', 'Type a new password for the exported file.');
      }
      const extension = EXPORT_EXTENSION[format];
      const path = await s.host.showSaveDialog({
        title: format.startsWith('p12') ? 'Export key pair' : 'Export certificate',
        defaultName: `${safeFileName(summary.name)}.${extension}`,
        filters: [FILTERS[extension]],
      });
      if (path === null) return { saved: false, path: null };
      await k.exportTo(id, format, path, newPassword);
      return { saved: true, path };
    },
  };
}
