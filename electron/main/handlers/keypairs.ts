import { say } from '../../../shared/messages/say';
import { codedError } from '../../../shared/result';
import { fileNameFor } from '../../../shared/file-name';
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

/** File types of the save dialog, named in the window's language (shared/messages/main.ts). */
const FILTERS = {
  p12: { name: 'dialog.keyPairFiles', extensions: ['p12', 'pfx'] },
  crt: { name: 'dialog.certificatePem', extensions: ['crt', 'pem'] },
  cer: { name: 'dialog.certificateDer', extensions: ['cer', 'der'] },
} as const;

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
        throw codedError('BAD_INPUT', 'main.exportPasswordMissing');
      }
      const extension = EXPORT_EXTENSION[format];
      const lang = s.uiLanguage.get();
      const filter = FILTERS[extension];
      const path = await s.host.showSaveDialog({
        title: say(lang, format.startsWith('p12') ? 'dialog.exportKeyPair' : 'dialog.exportCertificate'),
        defaultName: fileNameFor(summary.name, extension),
        filters: [{ name: say(lang, filter.name), extensions: [...filter.extensions] }],
      });
      if (path === null) return { saved: false, path: null };
      await k.exportTo(id, format, path, newPassword);
      return { saved: true, path };
    },
  };
}
