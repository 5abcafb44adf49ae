import { codedError } from '../../../shared/result';
import { describeTlsLibrary, tlsLibrary } from '../../core/connection/tls-library';
import { probeKeychain } from '../../core/keychain/probe';
import { isAllowedExternalUrl } from '../../core/platform/external-links';
import type { HandlerTable } from '../ipc-door';
import type { Services } from '../services';

type AppChannels =
  'app:info' | 'app:open-external' | 'settings:get' | 'settings:set' | 'clipboard:write' | 'app:ui-language';

export function appHandlers(s: Services): Pick<HandlerTable, AppChannels> {
  return {
    'app:info': async () => {
      const probe = await probeKeychain(s.keychain);
      return {
        name: s.name,
        version: s.version,
        versions: { ...s.host.versions, tls: describeTlsLibrary(tlsLibrary()) },
        platform: process.platform,
        arch: process.arch,
        dataFolder: s.dataFolder,
        keychain: { reachable: probe.reachable, reason: probe.reason, backend: probe.backend },
        recovered: s.recovered,
      };
    },
    'app:open-external': async ({ url }) => {
      if (!isAllowedExternalUrl(url)) {
        throw codedError('BAD_INPUT', 'main.linkNotAllowed');
      }
      await s.host.openExternal(url);
      return { opened: true };
    },
    'settings:get': () => s.settings.get(),
    'settings:set': (patch) => s.settings.set(patch),
    'app:ui-language': ({ language }) => {
      s.uiLanguage.report(language);
      return { language };
    },
    'clipboard:write': async ({ text }) => {
      await s.host.writeClipboard(text);
      return { written: true };
    },
  };
}
