import { CodedError } from '../../../shared/result';
import { describeTlsLibrary, tlsLibrary } from '../../core/connection/tls-library';
import { probeKeychain } from '../../core/keychain/probe';
import { isAllowedExternalUrl } from '../../core/platform/external-links';
import type { HandlerTable } from '../ipc-door';
import type { Services } from '../services';

type AppChannels = 'app:info' | 'app:open-external' | 'settings:get' | 'settings:set' | 'clipboard:write';

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
        throw new CodedError('BAD_INPUT', 'This link is not on the list of sites C4C Connect opens.');
      }
      await s.host.openExternal(url);
      return { opened: true };
    },
    'settings:get': () => s.settings.get(),
    'settings:set': (patch) => s.settings.set(patch),
    'clipboard:write': async ({ text }) => {
      await s.host.writeClipboard(text);
      return { written: true };
    },
  };
}
