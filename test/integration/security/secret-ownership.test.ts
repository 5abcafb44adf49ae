/**
 * Issue 9, defect 1: the window must not choose which vault secret a connection uses, and a changed
 * tenant host or proxy never silently takes a stored password or certificate along.
 */
import net, { type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONNECTIONS_KEY } from '../../../electron/core/connections/index';
import type { Connection } from '../../../shared/domain/connection';
import { connectionInput, openDoorHarness, type DoorHarness } from './door-harness';

const A_PASSWORD = 'A-Secret-Password-9!';

describe('a connection uses only its own secrets', () => {
  let h: DoorHarness;
  let a: Connection;
  let listener: net.Server;
  let port: number;
  let arrivals = 0;

  beforeAll(async () => {
    h = openDoorHarness('ownership-');
    listener = net.createServer((s) => {
      arrivals += 1;
      s.destroy();
    });
    await new Promise<void>((r) => listener.listen(0, '127.0.0.1', r));
    port = (listener.address() as AddressInfo).port;
    const saved = await h.call<Connection>('connection:save', connectionInput());
    if (!saved.ok) throw new Error(saved.error.message);
    const withPassword = await h.call<Connection>('connection:set-password', {
      connectionId: saved.value.id,
      password: A_PASSWORD,
    });
    if (!withPassword.ok) throw new Error(withPassword.error.message);
    a = withPassword.value;
  });
  afterAll(async () => {
    await new Promise((r) => listener.close(r));
    await h.close();
  });

  const aSecretId = () => (a.auth.method === 'basic' ? a.auth.passwordSecretId : null) ?? '';

  it('refuses a vault id sent by the window, for the password and the proxy password', async () => {
    const stolen = await h.call('connection:save', {
      ...connectionInput({ name: 'B', tenantHost: `127.0.0.1:${port}` }),
      auth: { method: 'basic', user: '_B', passwordSecretId: aSecretId() },
    });
    expect(stolen.ok || stolen.error.code).toBe('INVALID_REQUEST');
    const viaProxy = await h.call('connection:save', {
      ...connectionInput({ name: 'B' }),
      proxy: {
        mode: 'manual',
        url: `http://127.0.0.1:${port}`,
        user: 'u',
        noProxy: '',
        passwordSecretId: aSecretId(),
      },
    });
    expect(viaProxy.ok || viaProxy.error.code).toBe('INVALID_REQUEST');
    expect(await h.services.vault.getText(aSecretId())).toBe(A_PASSWORD);
  });

  it('refuses a foreign pointer found in the store: nothing sent, nothing deleted', async () => {
    const b: Connection = {
      ...a,
      id: '0b0b0b0b-0000-4000-8000-000000000001',
      name: 'B (hand-edited)',
      tenantHost: `127.0.0.1:${port}`,
    };
    const c: Connection = {
      ...a,
      id: '0c0c0c0c-0000-4000-8000-000000000002',
      name: 'C (proxy pointer)',
      tenantHost: `127.0.0.1:${port}`,
      auth: { method: 'client-certificate', keyPairId: null },
      proxy: {
        mode: 'manual',
        url: `http://127.0.0.1:${port}`,
        user: 'u',
        passwordSecretId: aSecretId(),
        noProxy: '',
      },
    };
    h.services.store.set(CONNECTIONS_KEY, [a, b, c]);
    for (const id of [b.id, c.id]) {
      const test = await h.call('connection:test', { connectionId: id });
      expect(test.ok || test.error.code).toBe('SECRET_NOT_OWNED');
      const removed = await h.call('connection:remove', { connectionId: id, deleteKeyPair: false });
      expect(removed.ok || removed.error.code).toBe('SECRET_NOT_OWNED');
    }
    const q = await h.call('query:run', { connectionId: b.id, url: `https://127.0.0.1:${port}/x` });
    expect(q.ok).toBe(false);
    expect(arrivals).toBe(0);
    expect(await h.services.vault.getText(aSecretId())).toBe(A_PASSWORD);
    const home = await h.call<{ connections: { connection: Connection; needsSecret: boolean }[] }>(
      'home:overview',
      {},
    );
    expect(home.ok && home.value.connections.find((x) => x.connection.id === b.id)?.needsSecret).toBe(true);
    // Saving B again drops the foreign pointer instead of carrying it on.
    const resaved = await h.call<Connection>('connection:save', {
      ...connectionInput({ name: b.name, tenantHost: b.tenantHost, id: b.id }),
    });
    expect(resaved.ok && resaved.value.auth).toEqual({
      method: 'basic',
      user: '_CPI_TST0001',
      passwordSecretId: null,
    });
    h.services.store.set(CONNECTIONS_KEY, [a]);
  });

  it('refuses a pointer on an id main did not make (two ids could share one vault id)', async () => {
    const odd: Connection = {
      ...a,
      id: 'a.b',
      name: 'Odd id',
      auth: { method: 'basic', user: '_U', passwordSecretId: 'password-ab' },
    };
    h.services.store.set(CONNECTIONS_KEY, [a, odd]);
    const test = await h.call('connection:test', { connectionId: 'a.b' });
    expect(test.ok || test.error.code).toBe('SECRET_NOT_OWNED');
    h.services.store.set(CONNECTIONS_KEY, [a]);
  });

  it('asks before a changed tenant host gets the stored password; keep or forget as the user says', async () => {
    const moved = connectionInput({ id: a.id, tenantHost: 'my999999.crm.ondemand.com' });
    // A page that sends its own answer (as a compromised page would) is not asked for it: main
    // asks the user, and a closed dialog keeps everything as it was.
    const forged = await h.call('connection:save', { ...moved, credentialChoice: 'keep' });
    expect(forged.ok || forged.error.code).toBe('INVALID_REQUEST');
    const closed = await h.call('connection:save', moved);
    expect(closed.ok || closed.error.code).toBe('CANCELLED');
    expect(h.asked.at(-1)?.detail).toContain('my999999.crm.ondemand.com');
    expect(h.services.connections.get(a.id).tenantHost).toBe('my111111.crm.ondemand.com');

    h.answers.push(0); // Keep and use there
    const kept = await h.call<Connection>('connection:save', moved);
    expect(kept.ok && kept.value.tenantHost).toBe('my999999.crm.ondemand.com');
    expect(kept.ok && kept.value.auth).toMatchObject({ passwordSecretId: aSecretId() });

    const proxyChange = connectionInput({
      id: a.id,
      tenantHost: 'my999999.crm.ondemand.com',
      proxy: { mode: 'manual', url: 'http://proxy.example.test:8080', user: null, noProxy: '' },
    });
    const asked = h.asked.length;
    h.answers.push(1); // Forget, I will enter it again
    const forgotten = await h.call<Connection>('connection:save', proxyChange);
    expect(h.asked.length).toBe(asked + 1);
    expect(forgotten.ok && forgotten.value.auth).toMatchObject({ passwordSecretId: null });
    expect(await h.services.vault.getText(aSecretId())).toBeNull();
    // Without anything stored, a change needs no answer.
    const free = await h.call(
      'connection:save',
      connectionInput({ id: a.id, tenantHost: 'my111111.crm.ondemand.com' }),
    );
    expect(free.ok).toBe(true);
    expect(h.asked.length).toBe(asked + 1);
  });

  it('asks before a changed tenant host gets the client certificate of a key pair', async () => {
    const cert = await h.call<Connection>(
      'connection:save',
      connectionInput({ name: 'Cert', auth: { method: 'client-certificate', keyPairId: 'kp-1' } }),
    );
    if (!cert.ok) throw new Error(cert.error.message);
    const moved = connectionInput({
      id: cert.value.id,
      name: 'Cert',
      tenantHost: 'evil.example.test',
      auth: { method: 'client-certificate', keyPairId: 'kp-1' },
    });
    const forged = await h.call('connection:save', { ...moved, credentialChoice: 'keep' });
    expect(forged.ok || forged.error.code).toBe('INVALID_REQUEST');
    const silent = await h.call('connection:save', moved);
    expect(silent.ok || silent.error.code).toBe('CANCELLED');
    expect(h.services.connections.get(cert.value.id).tenantHost).not.toBe('evil.example.test');
    h.answers.push(1);
    const forgotten = await h.call<Connection>('connection:save', moved);
    expect(forgotten.ok && forgotten.value.auth).toEqual({ method: 'client-certificate', keyPairId: null });
  });
});
