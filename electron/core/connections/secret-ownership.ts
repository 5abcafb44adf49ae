/**
 * Which vault secrets a connection may use. The vault ids of a connection's passwords are derived
 * here from the connection's own id and never taken from the window or an imported file: a
 * renderer that could name a vault id could make connection B send connection A's password to B's
 * host (or delete it with B). A pointer found in the store that is not the one derived for its
 * connection (a hand-edited or older file) is refused with SECRET_NOT_OWNED: nothing is sent,
 * nothing is deleted.
 */
import type { ConnectionInput } from '../../../shared/contract/connections';
import type { Connection } from '../../../shared/domain/connection';
import { codedError } from '../../../shared/result';
import type { ConnectionDraft } from './connection-store';
import { normaliseTenantHost } from './tenant-host';

/** Ids main makes are UUIDs; anything else could make two connections derive the same vault id. */
const SAFE_ID = /^[A-Za-z0-9_-]{1,100}$/;

function ownId(connectionId: string): string {
  if (!SAFE_ID.test(connectionId)) {
    throw codedError('SECRET_NOT_OWNED', 'connections.foreignId');
  }
  return connectionId;
}

/** The vault id of the technical user's password (the form older versions stored, so no migration). */
export const passwordSecretIdOf = (connectionId: string): string => `password-${ownId(connectionId)}`;
/** The vault id of the manual proxy's password. */
export const proxySecretIdOf = (connectionId: string): string => `proxy-password-${ownId(connectionId)}`;

const notOwned = (what: 'password' | 'proxy password') =>
  codedError(
    'SECRET_NOT_OWNED',
    what === 'password' ? 'connections.foreignPassword' : 'connections.foreignProxyPassword',
  );

/** The vault id of the connection's password, null when none is stored; refuses a foreign pointer. */
export function ownedPasswordId(c: Connection): string | null {
  if (c.auth.method !== 'basic' || c.auth.passwordSecretId === null) return null;
  if (c.auth.passwordSecretId !== passwordSecretIdOf(c.id)) throw notOwned('password');
  return c.auth.passwordSecretId;
}

/** The vault id of the manual proxy's password, null when none is stored; refuses a foreign pointer. */
export function ownedProxyPasswordId(c: Connection): string | null {
  if (c.proxy.mode !== 'manual' || c.proxy.passwordSecretId === null) return null;
  if (c.proxy.passwordSecretId !== proxySecretIdOf(c.id)) throw notOwned('proxy password');
  return c.proxy.passwordSecretId;
}

/** What the window says when the place a connection's credentials go changes. */
export type CredentialChoice = 'keep' | 'forget';

function holdsCredentials(c: Connection): boolean {
  return (
    (c.auth.method === 'basic' && c.auth.passwordSecretId !== null) ||
    (c.auth.method === 'client-certificate' && c.auth.keyPairId !== null) ||
    (c.proxy.mode === 'manual' && c.proxy.passwordSecretId !== null)
  );
}

const proxyPlace = (p: Connection['proxy'] | ConnectionInput['proxy']): string =>
  p.mode === 'manual' ? `manual ${p.url.trim()} ${p.user ?? ''}` : p.mode;

function tenantHostOf(typed: string): string {
  try {
    return normaliseTenantHost(typed).host;
  } catch {
    // The store refuses the address with its own message.
    return typed;
  }
}

export interface OwnedDraft {
  draft: ConnectionDraft;
  /** Vault ids to delete once the connection is saved (the user chose to enter them again). */
  forgotten: string[];
}

/**
 * A saved connection's secret pointers carried over to what the window sent. When the tenant host
 * or the proxy changes on a connection holding a password or key pair, the user must have chosen
 * to keep them or to enter them again; without a choice the save stops with CONFIRM_CREDENTIALS.
 */
export function ownedDraft(
  input: ConnectionInput,
  existing: Connection | undefined,
  choice: CredentialChoice | undefined,
): OwnedDraft {
  const passwordId =
    existing && input.auth.method === 'basic' ? ownedPasswordIdOrNull(existing, ownedPasswordId) : null;
  const proxyId =
    existing && input.proxy.mode === 'manual' ? ownedPasswordIdOrNull(existing, ownedProxyPasswordId) : null;
  const auth: ConnectionDraft['auth'] =
    input.auth.method === 'basic'
      ? { method: 'basic', user: input.auth.user, passwordSecretId: passwordId }
      : { method: 'client-certificate', keyPairId: input.auth.keyPairId };
  const proxy: ConnectionDraft['proxy'] =
    input.proxy.mode === 'manual' ? { ...input.proxy, passwordSecretId: proxyId } : input.proxy;
  const draft: ConnectionDraft = { ...input, auth, proxy };
  if (!existing || !holdsCredentials(existing)) return { draft, forgotten: [] };
  const moved =
    tenantHostOf(input.tenantHost) !== existing.tenantHost ||
    proxyPlace(input.proxy) !== proxyPlace(existing.proxy);
  if (!moved || choice === 'keep') return { draft, forgotten: [] };
  if (choice === undefined) {
    throw codedError('CONFIRM_CREDENTIALS', 'connections.confirmCredentials', undefined, {
      tenantHost: tenantHostOf(input.tenantHost),
    });
  }
  const forgotten = [passwordId, proxyId].filter((id): id is string => id !== null);
  return {
    draft: {
      ...draft,
      auth: auth.method === 'basic' ? { ...auth, passwordSecretId: null } : { ...auth, keyPairId: null },
      proxy: proxy.mode === 'manual' ? { ...proxy, passwordSecretId: null } : proxy,
    },
    forgotten,
  };
}

/** A foreign pointer is dropped on save (the user enters the password again), never carried on. */
function ownedPasswordIdOrNull(c: Connection, read: (c: Connection) => string | null): string | null {
  try {
    return read(c);
  } catch {
    return null;
  }
}
