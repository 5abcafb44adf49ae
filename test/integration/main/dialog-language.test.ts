/**
 * Main's own words in the window's language: the save dialogs (key pair and certificate export,
 * certificate request, connections export), the questions of main's own dialogs (a moved tenant
 * host, CA certificates in an imported file) and the errors main's handlers raise. The whole
 * service set behind the real IPC door, the real keychain, and the shared test host, which records
 * what main shows.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeConnectionFile } from '../../../electron/core/travel/index';
import { OsKeychain } from '../../../electron/core/keychain/os-keychain';
import { openDataStore } from '../../../electron/core/store/open-store';
import { createHandlerTable } from '../../../electron/main/handlers/index';
import { createDoor } from '../../../electron/main/ipc-door';
import { createServices, type Services } from '../../../electron/main/services';
import type { Connection } from '../../../shared/domain/connection';
import type { KeyPairSummary } from '../../../shared/domain/keypair';
import { CATALOGS } from '../../../shared/messages/say';
import type { Result } from '../../../shared/result';
import { useBuiltWorker } from '../../support/bundle';
import { testHost } from '../../support/test-host';
import { makeCa } from '../../servers/index';
import { connectionInput } from '../security/door-harness';

const sender = { url: 'app://c4c/index.html', isMainFrame: true };
const German = new Set(Object.values(CATALOGS.de).flat());
const English = new Set(Object.values(CATALOGS.en).flat());

let dir: string;
let services: Services;
let call: <T = unknown>(channel: string, payload: unknown) => Promise<Result<T>>;
const host = testHost();
const { saveDialogs, asked, answers } = host;

/** Every word main put in a dialog: titles, file type names, question texts and buttons. */
const shown = () => [
  ...saveDialogs.flatMap((d) => [d.title, ...d.filters.map((f) => f.name)]),
  ...asked.flatMap((q) => [q.title, q.message, ...q.buttons]),
];

beforeAll(() => {
  useBuiltWorker();
  dir = mkdtempSync(join(tmpdir(), 'dialog-language-'));
  services = createServices({
    name: 'C4C Connect',
    version: '0.0.0-test',
    dataFolder: dir,
    opened: openDataStore(dir),
    keychain: new OsKeychain(`C4C Connect test ${randomBytes(4).toString('hex')}`),
    // Every save dialog is cancelled (no path queued): nothing is written.
    host,
  });
  const dispatch = createDoor(createHandlerTable(services), { isTrusted: () => true });
  call = (channel, payload) => dispatch(channel, payload, sender) as never;
});

afterAll(async () => {
  await services.dispose();
  rmSync(dir, { recursive: true, force: true });
});

let round = 0;
async function exerciseEveryDialog(): Promise<void> {
  round += 1;
  const created = await call<KeyPairSummary>('keypair:create', {
    name: `Übung ${round}`,
    subject: 'CN=TECH_USER',
    key: 'ec256',
    days: 30,
  });
  if (!created.ok) throw new Error(JSON.stringify(created.error));
  const id = created.value.id;
  for (const format of ['p12-original', 'cert-pem', 'cert-der'] as const)
    expect((await call('keypair:export', { id, format })).ok).toBe(true);
  expect((await call('keypair:csr', { id })).ok).toBe(true);

  // A connection with a stored password, then its tenant host moved: main asks (closed = cancel).
  const saved = await call<Connection>(
    'connection:save',
    connectionInput({
      name: `Tenant ${round}`,
      trust: { extraCaPem: [ca], useOsTrustStore: false },
    }),
  );
  if (!saved.ok) throw new Error(saved.error.message);
  await call('connection:set-password', { connectionId: saved.value.id, password: 'secret-Pw-1' });
  const moved = await call(
    'connection:save',
    connectionInput({ id: saved.value.id, tenantHost: 'my999999.crm.ondemand.com' }),
  );
  expect(moved.ok || moved.error.code).toBe('CANCELLED');

  // Connections export, and an import of a file that brings a CA certificate: main asks first.
  answers.length = 0;
  expect((await call('travel:export', { connectionIds: [saved.value.id] })).ok).toBe(true);
  // The connection's name is the file's name, made safe as every other save dialog's (file-name.ts).
  expect(saveDialogs.at(-1)?.defaultName).toBe(`Tenant ${round}.c4c-connections.json`);
  const text = writeConnectionFile([services.connections.get(saved.value.id)], () => null, '0.0.0-test');
  expect((await call('travel:import', { text })).ok).toBe(true);
}

let ca: string;

describe('main speaks the window’s language', () => {
  beforeAll(async () => {
    ca = (await makeCa(dir, 'Travel CA')).certPem;
  });

  it('says every dialog in German once the window reports German, and in English again after', async () => {
    expect((await call('app:ui-language', { language: 'de' })).ok).toBe(true);
    await exerciseEveryDialog();
    const german = shown();
    // 4 save dialogs for key pairs, 1 for connections; 2 questions.
    expect(saveDialogs).toHaveLength(5);
    expect(asked).toHaveLength(2);
    for (const words of german) {
      expect(German.has(words), words).toBe(true);
      expect(English.has(words), words).toBe(false);
    }
    expect(german).toContain('Schlüsselpaar exportieren');
    expect(german).toContain('Zertifikatsanforderung (PKCS#10)');
    expect(asked.map((q) => q.detail).join('\n')).toMatch(/Zugangsdaten|Zertifikat/);

    saveDialogs.length = 0;
    asked.length = 0;
    expect((await call('app:ui-language', { language: 'en' })).ok).toBe(true);
    await exerciseEveryDialog();
    for (const words of shown()) expect(English.has(words), words).toBe(true);
    expect(shown()).toContain('Export key pair');
  });

  it('follows an explicit language setting; for "system", the window’s language once it reports one', async () => {
    const fresh = createServices({
      name: 'C4C Connect',
      version: '0.0.0-test',
      dataFolder: mkdtempSync(join(tmpdir(), 'dialog-language-setting-')),
      opened: openDataStore(mkdtempSync(join(tmpdir(), 'dialog-language-store-'))),
      keychain: services.keychain,
      host: services.host,
    });
    fresh.settings.set({ language: 'de' });
    expect(fresh.uiLanguage.get()).toBe('de');
    // A page reporting another language does not reword main's questions against the setting.
    fresh.uiLanguage.report('en');
    expect(fresh.uiLanguage.get()).toBe('de');
    fresh.settings.set({ language: 'system' });
    expect(fresh.uiLanguage.get()).toBe('en');
    fresh.uiLanguage.report('de');
    expect(fresh.uiLanguage.get()).toBe('de');
    await fresh.dispose();
  });

  it('gives its errors a key the window says in German, and refuses a language it does not speak', async () => {
    const created = await call<KeyPairSummary>('keypair:create', {
      name: 'Fehler',
      subject: 'CN=X',
      key: 'ec256',
      days: 1,
    });
    if (!created.ok) throw new Error(created.error.message);
    // A file that is not the imported one: main refuses to trash it, in words the window says.
    const trash = await call('keypair:trash-original', { id: created.value.id, path: join(dir, 'x.p12') });
    expect(!trash.ok && trash.error).toMatchObject({ code: 'BAD_INPUT', key: 'main.fileNotOriginal' });
    const link = await call('app:open-external', { url: 'https://example.invalid/' });
    expect(!link.ok && link.error.key).toBe('main.linkNotAllowed');
    const french = await call('app:ui-language', { language: 'fr' });
    expect(french.ok || french.error.code).toBe('INVALID_REQUEST');
  });

  it('names the practice key pair in the window’s language, its letters kept', async () => {
    await call('app:ui-language', { language: 'de' });
    const started = await call('practice:start', {});
    expect(started.ok, JSON.stringify(started)).toBe(true);
    try {
      const imported = await call<KeyPairSummary>('practice:import-key-pair', {});
      expect(imported.ok && imported.value.name).toBe('Übungs-Schlüsselpaar');
    } finally {
      await call('practice:stop', {});
    }
  });
});
