/**
 * The guided setup, Home and the reminders: setup progress, the tenant check, the technical user's
 * password (straight into the vault), duplicate and delete of connections, and the Home overview.
 */
import { randomUUID } from 'node:crypto';
import type { Connection } from '../../../shared/domain/connection';
import { codedError } from '../../../shared/result';
import { normaliseTenantHost } from '../../core/connections/index';
import {
  ownedPasswordId,
  ownedProxyPasswordId,
  passwordSecretIdOf,
  proxySecretIdOf,
} from '../../core/connections/secret-ownership';
import { expiryReminders, startReminderSchedule, type ReminderSchedule } from '../../core/reminders/index';
import { homeOverview } from '../../core/setup/home-overview';
import { uniqueName } from '../../core/travel/index';
import type { HandlerTable } from '../ipc-door';
import type { Services } from '../services';

type Channels =
  | 'wizard:check-tenant'
  | 'wizard:progress'
  | 'wizard:set-step'
  | 'wizard:finish'
  | 'home:overview'
  | 'reminders:list'
  | 'connection:set-password'
  | 'connection:set-proxy-password'
  | 'connection:duplicate'
  | 'connection:remove';

function usesOf(connections: readonly Connection[]) {
  return connections.map((c) => ({
    name: c.name,
    keyPairId: c.auth.method === 'client-certificate' ? c.auth.keyPairId : null,
  }));
}

export function currentReminders(s: Services, now = new Date()) {
  return expiryReminders(s.keyPairs.list(), usesOf(s.connections.list()), now);
}

/**
 * The daily reminder timer. The lead calls this once in electron/main/index.ts after the services
 * are built (`const reminders = startExpiryReminders(services)`) and `reminders.stop()` on quit.
 */
export function startExpiryReminders(s: Services): ReminderSchedule {
  return startReminderSchedule({
    reminders: (now) => currentReminders(s, now),
    notify: (title, body) => s.host.notify(title, body),
    lang: () => s.uiLanguage.get(),
    onError: (error) => console.error('[reminders]', error instanceof Error ? error.message : error),
  });
}

export function wizardHandlers(s: Services): Pick<HandlerTable, Channels> {
  const connections = s.connections;
  const progress = s.setupProgress;
  return {
    'wizard:check-tenant': ({ input }) => normaliseTenantHost(input),
    'wizard:progress': () => ({ items: progress.list() }),
    'wizard:set-step': ({ connectionId, step }) => {
      connections.get(connectionId);
      return progress.set(connectionId, step);
    },
    'wizard:finish': ({ connectionId }) => ({ finished: progress.clear(connectionId) }),
    'home:overview': async () => {
      const all = connections.list();
      // Only ids whose file exists: reading the file needs no keychain, so Home stays quick.
      const present = new Set(await s.vault.ids());
      return homeOverview(
        {
          connections: all,
          progress: progress.list(),
          keyPairs: s.keyPairs.list(),
          lastResult: (id) => connections.history(id)[0] ?? null,
          hasPassword: (id) => present.has(id),
        },
        new Date(),
      );
    },
    'reminders:list': () => ({ reminders: currentReminders(s) }),
    'connection:set-proxy-password': async ({ connectionId, password }) => {
      const c = connections.get(connectionId);
      if (c.proxy.mode !== 'manual') {
        throw codedError('BAD_INPUT', 'main.proxyNotManual');
      }
      const secretId = proxySecretIdOf(c.id);
      await s.vault.putText(secretId, password);
      return connections.save({ ...c, proxy: { ...c.proxy, passwordSecretId: secretId } });
    },
    'connection:set-password': async ({ connectionId, password }) => {
      const c = connections.get(connectionId);
      const secretId = passwordSecretIdOf(c.id);
      await s.vault.putText(secretId, password);
      const user = c.auth.method === 'basic' ? c.auth.user : c.arrangement.technicalUser;
      return connections.save({ ...c, auth: { method: 'basic', user, passwordSecretId: secretId } });
    },
    'connection:duplicate': ({ connectionId }) => {
      const c = connections.get(connectionId);
      const taken = new Set(connections.list().map((x) => x.name.toLowerCase()));
      // The copy must not share the vault file: deleting one would take the other's password.
      const auth: Connection['auth'] =
        c.auth.method === 'basic' ? { ...c.auth, passwordSecretId: null } : { ...c.auth };
      const proxy: Connection['proxy'] =
        c.proxy.mode === 'manual' ? { ...c.proxy, passwordSecretId: null } : c.proxy;
      const { id: _id, createdAt: _c, updatedAt: _u, ...rest } = c;
      const copy = connections.save({ ...rest, name: uniqueName(`${c.name} (copy)`, taken), auth, proxy });
      const step = progress.get(c.id)?.step;
      if (step) progress.set(copy.id, step);
      else if (auth.method === 'basic') progress.set(copy.id, 'credentials');
      return copy;
    },
    'connection:remove': async ({ connectionId, deleteKeyPair }) => {
      const c = connections.get(connectionId);
      // Only the connection's own secrets; a foreign pointer stops the removal before anything goes.
      const owned = [ownedPasswordId(c), ownedProxyPasswordId(c)];
      // Secrets first: if the app stops in between, what remains is a connection without a password.
      for (const id of owned) if (id !== null) await s.vault.deleteSecret(id);
      let keyPairDeleted = false;
      if (deleteKeyPair && c.auth.method === 'client-certificate' && c.auth.keyPairId) {
        const keyPairId = c.auth.keyPairId;
        const sharedWith = connections
          .list()
          .filter(
            (o) => o.id !== c.id && o.auth.method === 'client-certificate' && o.auth.keyPairId === keyPairId,
          );
        if (sharedWith.length > 0) {
          throw codedError('BAD_INPUT', 'main.keyPairShared', { name: sharedWith[0]?.name ?? '' });
        }
        keyPairDeleted = await s.keyPairs.delete(keyPairId);
      }
      const removed = connections.delete(c.id);
      progress.clear(c.id);
      return { removed, keyPairDeleted };
    },
  };
}

export const newConnectionId = (): string => randomUUID();
