/**
 * Everything the handlers need, built from plain-Node parts. main/index.ts builds it with the data
 * folder's store and Electron's host; the e2e harness with the same store and a test host.
 */
import { ConnectionStore } from '../core/connections/index';
import { migrateStore } from '../core/migrations/index';
import { SetupProgressStore } from '../core/setup/setup-progress';
import type { Keychain } from '../core/keychain/keychain';
import { PracticeTenantService } from '../core/practice-tenant/service';
import { KeyPairService } from '../core/keypairs/index';
import { createODataService } from '../core/odata/index';
import { AccessCheckService } from '../core/access-check/index';
import { SettingsService } from '../core/settings/settings';
import type { OpenedStore } from '../core/store/open-store';
import { Vault } from '../core/vault/index';
import { startSweep } from '../core/vault/orphans';
import type { Host } from './host';
import { UiLanguage } from './ui-language';

export interface ServiceOptions {
  name: string;
  version: string;
  dataFolder: string;
  opened: OpenedStore;
  keychain: Keychain;
  host: Host;
}

export function createServices(options: ServiceOptions) {
  const { store } = options.opened;
  // Stored data is lifted to the current schema version before any service reads it.
  const recovered = [
    ...options.opened.recovered,
    ...migrateStore(store).notices,
    ...startSweep(options.dataFolder, store),
  ];
  const vault = new Vault(options.keychain, options.dataFolder);
  const keyPairs = new KeyPairService(vault, store);
  const practiceTenant = new PracticeTenantService({ dataFolder: options.dataFolder });
  const connections = new ConnectionStore(store);
  const settings = new SettingsService(store);
  return {
    ...options,
    store,
    recovered,
    settings,
    /** The window's language: main's dialogs, menu and notifications speak it. */
    uiLanguage: new UiLanguage(() => settings.get().language),
    connections,
    setupProgress: new SetupProgressStore(store),
    practiceTenant,
    vault,
    keyPairs,
    odata: createODataService({
      store,
      keyPairs,
      vault,
      host: options.host,
      getConnection: (id) => connections.find(id),
    }),
    accessCheck: new AccessCheckService({
      getConnection: (id) => connections.find(id),
      tlsMaterial: (id) => keyPairs.tlsMaterial(id),
      keyPairName: (id) => keyPairs.find(id)?.name ?? null,
      secretText: (id) => vault.getText(id),
      resolveSystemProxy: (url) => options.host.resolveSystemProxy(url),
    }),
    /** Called when the app quits (and after each e2e test): the practice tenant stops with the app. */
    dispose: async (): Promise<void> => {
      await practiceTenant.stop();
    },
  };
}

export type Services = ReturnType<typeof createServices>;
