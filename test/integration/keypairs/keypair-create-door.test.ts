/**
 * The issue-13 key pair channels behind the real IPC door, with the app's whole service set and the
 * real keychain: create, save a certificate request (save dialog answered by the test), attach the
 * signed certificate, and move an imported .p12 to the trash only when it is that very file.
 */
import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { OsKeychain } from '../../../electron/core/keychain/os-keychain';
import { openDataStore } from '../../../electron/core/store/open-store';
import { createHandlerTable } from '../../../electron/main/handlers/index';
import { createDoor } from '../../../electron/main/ipc-door';
import { createServices } from '../../../electron/main/services';
import type { KeyPairSummary } from '../../../shared/domain/keypair';
import type { Result } from '../../../shared/result';
import { useBuiltWorker } from '../../support/bundle';
import { testHost } from '../../support/test-host';
import { makeCa, openssl } from '../../servers/index';
import { FIXTURES } from './helpers';

const sender = { url: 'app://c4c/index.html', isMainFrame: true };
let dir: string;
let call: <T>(channel: string, payload: unknown) => Promise<Result<T>>;
const host = testHost();

beforeAll(() => {
  useBuiltWorker();
  dir = mkdtempSync(join(tmpdir(), 'keypair-create-door-'));
  const services = createServices({
    name: 'C4C Connect',
    version: '0.0.0-test',
    dataFolder: dir,
    opened: openDataStore(dir),
    keychain: new OsKeychain(`C4C Connect test ${randomBytes(4).toString('hex')}`),
    host,
  });
  const dispatch = createDoor(createHandlerTable(services), { isTrusted: () => true });
  call = (channel, payload) => dispatch(channel, payload, sender) as never;
});

describe('key pairs created in the app, through the IPC door', () => {
  it('creates, saves a request, attaches the signed certificate; no secret in any answer', async () => {
    const created = await call<KeyPairSummary>('keypair:create', {
      name: 'Door',
      subject: 'CN=TECH_USER, OU=SYS01',
      key: 'ec256',
      days: 30,
    });
    expect(created.ok, JSON.stringify(created)).toBe(true);
    if (!created.ok) return;
    expect(JSON.stringify(created)).not.toMatch(/PRIVATE KEY|keyPem/);
    expect(created.value).toMatchObject({
      origin: 'created',
      certificate: { subject: 'CN=TECH_USER, OU=SYS01' },
    });

    const csrPath = join(dir, 'door.csr');
    host.nextSavePath(csrPath);
    expect(await call('keypair:csr', { id: created.value.id })).toEqual({
      ok: true,
      value: { saved: true, path: csrPath },
    });
    await openssl(['req', '-in', csrPath, '-verify', '-noout']);
    expect(await call('keypair:csr', { id: created.value.id })).toEqual({
      ok: true,
      value: { saved: false, path: null },
    });

    const ca = await makeCa(dir, 'Door CA');
    const signed = join(dir, 'door.crt');
    // prettier-ignore
    await openssl(['x509', '-req', '-in', csrPath, '-CA', ca.certPath, '-CAkey', ca.keyPath, '-CAcreateserial', '-days', '50', '-out', signed]);
    // DER on the wire, as a .cer file would come.
    const derFile = join(dir, 'door.cer');
    await openssl(['x509', '-in', signed, '-outform', 'DER', '-out', derFile]);
    const attached = await call<KeyPairSummary>('keypair:attach-cert', {
      id: created.value.id,
      bytes: new Uint8Array(readFileSync(derFile)),
    });
    expect(attached.ok && attached.value.certificate.issuer).toBe('O=C4C Connect Tests, CN=Door CA');

    const bad = await call('keypair:create', { name: 'x', subject: 'CN=x', key: 'rsa1024', days: 1 });
    expect(bad.ok || bad.error.code).toBe('INVALID_REQUEST');
  }, 60_000);

  it('moves the imported .p12 to the trash only when the file is the one imported', async () => {
    const copy = join(dir, 'downloaded.p12');
    copyFileSync(join(FIXTURES, 'with-chain.p12'), copy);
    const imported = await call<KeyPairSummary>('keypair:import', {
      name: 'Downloaded',
      fileName: 'downloaded.p12',
      bytes: new Uint8Array(readFileSync(copy)),
      password: 'Test1234',
    });
    expect(imported.ok).toBe(true);
    if (!imported.ok) return;
    // Another file (here: a different key pair file) is refused and stays where it is.
    const other = join(dir, 'other.p12');
    copyFileSync(join(FIXTURES, 'ec-p256-with-chain.p12'), other);
    const refused = await call('keypair:trash-original', { id: imported.value.id, path: other });
    expect(refused.ok || refused.error.code).toBe('BAD_INPUT');
    const missing = await call('keypair:trash-original', {
      id: imported.value.id,
      path: join(dir, 'gone.p12'),
    });
    expect(missing.ok || missing.error.code).toBe('BAD_INPUT');
    // Paths a compromised page could send: relative, network shares (on Windows, merely opening
    // one sends the user's NTLM hash to that server), a link to the original, another extension.
    const link = join(dir, 'link.p12');
    symlinkSync(copy, link);
    const renamed = join(dir, 'downloaded.txt');
    copyFileSync(copy, renamed);
    for (const path of [
      'downloaded.p12',
      '\\\\attacker\\share\\x.p12',
      '//attacker/share/x.p12',
      link,
      renamed,
    ]) {
      const r = await call('keypair:trash-original', { id: imported.value.id, path });
      expect(r.ok || r.error.code, path).toBe('BAD_INPUT');
    }
    expect(host.trashed).toEqual([]);

    expect(await call('keypair:trash-original', { id: imported.value.id, path: copy })).toEqual({
      ok: true,
      value: { trashed: true },
    });
    expect(host.trashed).toEqual([copy]);
    expect(existsSync(other)).toBe(true);
    // Changed after import: no longer the original.
    const changed = join(dir, 'changed.p12');
    writeFileSync(changed, Buffer.concat([readFileSync(join(FIXTURES, 'with-chain.p12')), Buffer.from([0])]));
    const edited = await call('keypair:trash-original', { id: imported.value.id, path: changed });
    expect(edited.ok || edited.error.code).toBe('BAD_INPUT');
    expect(host.trashed).toEqual([copy]);
  });
});
