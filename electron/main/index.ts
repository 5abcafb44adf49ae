/**
 * The Electron main process: lifecycle, the one window, the app:// protocol, menus, IPC wiring.
 * Everything with logic lives in core/ (plain Node) and handlers/ (built from core services).
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BrowserWindow, Menu, app, dialog, ipcMain, protocol, screen, session, shell } from 'electron';
import { CHANNELS } from '../../shared/contract/channels';
import { LANGS, say } from '../../shared/messages/say';
import type { AppEvents } from '../../shared/events';
import { OsKeychain } from '../core/keychain/os-keychain';
import { resolveDataFolder } from '../core/platform/data-folder';
import { isAllowedExternalUrl } from '../core/platform/external-links';
import { openDataStore } from '../core/store/open-store';
import { watchForOutsideChanges } from '../core/store/watch';
import { SECURITY_HEADERS } from './csp';
import { createElectronHost } from './electron-host';
import { createHandlerTable } from './handlers/index';
import { startExpiryReminders } from './handlers/wizard';
import { createDoor } from './ipc-door';
import { isElectronTestBuild, refuseBluetooth, refuseDevices, refusedSwitches } from './lockdown';
import { buildMenu } from './menu';
import { resolveRendererFile } from './renderer-files';
import { createServices } from './services';
import { fitToDisplays, loadWindowBounds, saveWindowBounds } from './window-state';
import { APP_ID, APP_ORIGIN, APP_URL, secureWebPreferences } from './window-options';

// Standard + secure so the page gets a real origin (needed for module scripts and the CSP 'self').
protocol.registerSchemesAsPrivileged([
  { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

// Windows shows a toast only for a process whose AppUserModelID matches an installed Start Menu
// shortcut's (https://www.electronjs.org/docs/latest/tutorial/notifications#windows,
// https://www.electronjs.org/docs/latest/api/app#appsetappusermodelidid-windows).
if (process.platform === 'win32') app.setAppUserModelId(APP_ID);

// Every renderer sandboxed, whatever a webPreferences says (must run before ready:
// https://www.electronjs.org/docs/latest/api/app#appenablesandbox).
app.enableSandbox();

// The installed app refuses switches that would open it to another program (lockdown.ts). Before
// ready, showErrorBox is the one dialog allowed; on Linux it writes to stderr
// (https://www.electronjs.org/docs/latest/api/dialog#dialogshowerrorboxtitle-content). The language
// is not known yet, so the sentence comes in both.
const guarded =
  app.isPackaged && !isElectronTestBuild(readFileSync(join(app.getAppPath(), 'package.json'), 'utf8'));
const refused = guarded ? refusedSwitches(process.argv) : [];
// The data folder first: the single-instance lock lives in userData, so two data folders
// (C4C_CONNECT_DATA_DIR) are two instances and Electron's default folder is never created
// (https://github.com/electron/electron/issues/29068).
const dataFolder = resolveDataFolder();
app.setPath('userData', dataFolder);
if (refused.length > 0) {
  const switches = refused.map((name) => `--${name}`).join(', ');
  dialog.showErrorBox(
    'C4C Connect',
    LANGS.map((lang) => say(lang, 'main.switchRefused', { switches })).join('\n\n'),
  );
  app.exit(2);
} else if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  void start();
}

async function start(): Promise<void> {
  await app.whenReady();

  let win: BrowserWindow | null = null;
  // The same store file, lock and writer as the CLI (core/store): the two never lose each other's work.
  const opened = openDataStore(dataFolder);
  const services = createServices({
    name: app.getName(),
    version: app.getVersion(),
    dataFolder,
    opened,
    keychain: new OsKeychain(),
    host: createElectronHost(() => win),
  });

  const rendererRoot = join(import.meta.dirname, '../renderer');
  protocol.handle('app', async (request) => {
    const url = new URL(request.url);
    const hit = url.host === 'c4c-connect' ? resolveRendererFile(rendererRoot, url.pathname) : null;
    if (!hit) return new Response('Not found', { status: 404 });
    try {
      const body = await readFile(hit.file);
      return new Response(body, { headers: { 'Content-Type': hit.mime, ...SECURITY_HEADERS } });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });

  // Security checklist #5 and #12-#14: no permissions, no navigation, no new windows, no webviews.
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  refuseDevices(session.defaultSession);
  app.on('web-contents-created', (_event, contents) => {
    refuseBluetooth(contents);
    contents.on('will-navigate', (event) => event.preventDefault());
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      if (isAllowedExternalUrl(url)) void shell.openExternal(url);
      return { action: 'deny' };
    });
  });

  const dispatch = createDoor(createHandlerTable(services), {
    isTrusted: (sender) => sender.url.startsWith(`${APP_ORIGIN}/`),
    logError: (channel, error) =>
      console.error(`[ipc] ${channel} failed:`, error instanceof Error ? error.stack : error),
  });
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event, payload: unknown) =>
      dispatch(channel, payload, {
        url: event.senderFrame?.url ?? '',
        // Our window's top frame: no iframe, no other webContents (frame objects are compared by
        // position, not identity, which Electron does not promise across accesses).
        isMainFrame: !!win && event.sender === win.webContents && event.senderFrame?.parent === null,
      }),
    );
  }

  // A saved place on a monitor that is no longer there would open the window off-screen.
  const bounds = fitToDisplays(
    loadWindowBounds(services.store),
    screen.getAllDisplays().map((d) => d.workArea),
  );
  win = new BrowserWindow({
    ...bounds,
    minWidth: 900,
    minHeight: 600,
    show: false,
    // paintWhenInitiallyHidden stays at its default (true): the hidden page paints and runs its
    // frames, which ready-to-show waits for and renderer/src/main.tsx loads UI5 after ("Whether the
    // renderer should be active when show is false... Setting this to false will cause the
    // ready-to-show event to not fire", Electron's BrowserWindowConstructorOptions).
    title: 'C4C Connect',
    webPreferences: secureWebPreferences(join(import.meta.dirname, '../preload/index.cjs'), {
      devTools: !app.isPackaged,
    }),
  });
  const send = <E extends keyof AppEvents>(event: E, payload: AppEvents[E]) =>
    win?.webContents.send(event, payload);
  const isMac = process.platform === 'darwin';
  Menu.setApplicationMenu(buildMenu(send, isMac, services.uiLanguage.get()));
  // The page reports its language at start and on every change: the menu follows it.
  services.uiLanguage.onChange((lang) => Menu.setApplicationMenu(buildMenu(send, isMac, lang)));
  // What the CLI (or anything else) writes to the store shows on Home and Key Pairs without a restart.
  const stopWatching = watchForOutsideChanges(opened.store, () => send('data:changed', {}));
  // Shown once painted (no white flash). maximize() also shows a hidden window, so it waits for
  // ready-to-show too (https://www.electronjs.org/docs/latest/api/browser-window#showing-the-window-gracefully,
  // https://www.electronjs.org/docs/latest/api/browser-window#winmaximize).
  win.once('ready-to-show', () => {
    if (bounds.maximized) win?.maximize();
    win?.show();
  });
  win.on('close', () => {
    if (!win) return;
    saveWindowBounds(services.store, { ...win.getNormalBounds(), maximized: win.isMaximized() });
  });
  win.on('closed', () => {
    win = null;
  });
  app.on('second-instance', () => {
    if (win?.isMinimized()) win.restore();
    win?.focus();
  });
  app.on('window-all-closed', () => app.quit());
  // The practice tenant (a loopback server) must not outlive the app.
  let disposed = false;
  app.on('before-quit', (event) => {
    if (disposed) return;
    event.preventDefault();
    disposed = true;
    void services.dispose().finally(() => app.quit());
  });
  await win.loadURL(APP_URL);
  // Key pairs that expire within 30 days: an OS notification now and once a day while running.
  const reminders = startExpiryReminders(services);
  app.on('will-quit', () => {
    reminders.stop();
    stopWatching();
  });
}
