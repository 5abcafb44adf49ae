/**
 * What the installed app refuses before it starts, and the device choosers it never answers. Kept
 * out of index.ts so a unit test can hold them (Electron itself cannot run in the lab).
 */
import type { Session, WebContents } from 'electron';

/**
 * Chromium switches that hand the window, its traffic or its sandbox to whoever started the app.
 * The EnableNodeCliInspectArguments fuse covers only Node's --inspect family
 * (https://www.electronjs.org/docs/latest/tutorial/fuses#nodecliinspect); no fuse exists for
 * --remote-debugging-port (https://github.com/electron/fuses/issues/2), through which another
 * process of the same user could drive the page and call the whole IPC API. The proxy switches
 * would change what session.resolveProxy answers for the tenant's requests. A developer's
 * unpackaged `npm start` keeps them all.
 */
export const REFUSED_SWITCHES = [
  'remote-debugging-port',
  'remote-debugging-pipe',
  'remote-debugging-address',
  'remote-allow-origins',
  'inspect',
  'inspect-brk',
  'no-sandbox',
  'disable-web-security',
  'disable-site-isolation-trials',
  'js-flags',
  'load-extension',
  'proxy-server',
  'proxy-pac-url',
  'proxy-auto-detect',
  'host-rules',
  'host-resolver-rules',
  'ignore-certificate-errors',
  'ignore-certificate-errors-spki-list',
] as const;

/**
 * `npm run test:electron` packs a build that Playwright drives through --inspect and
 * --remote-debugging-port (https://playwright.dev/docs/api/class-electron); that build alone carries
 * this flag in its package.json (electron-builder's extraMetadata). Inside app.asar the file is
 * covered by the asar integrity fuse on Windows and macOS; `npm run check:packaging` checks that
 * the builds users get lack it.
 */
export const TEST_BUILD_FLAG = 'c4cElectronTestBuild';

export function isElectronTestBuild(packageJson: string): boolean {
  try {
    return (JSON.parse(packageJson) as Record<string, unknown>)[TEST_BUILD_FLAG] === true;
  } catch {
    return false;
  }
}

/** The refused switches present (app.commandLine.hasSwitch: https://www.electronjs.org/docs/latest/api/command-line#commandlinehasswitchswitch). */
export function refusedSwitches(hasSwitch: (name: string) => boolean): string[] {
  return REFUSED_SWITCHES.filter((name) => hasSwitch(name));
}

/**
 * No device for the page: the permission check already says no to everything, and each chooser is
 * answered with no device as well, because Electron's documented Bluetooth example picks the first
 * device it finds (https://www.electronjs.org/docs/latest/tutorial/devices) and a chooser left
 * unhandled is Electron's, not ours, to decide.
 */
export function refuseDevices(session: Pick<Session, 'setDevicePermissionHandler' | 'on'>): void {
  session.setDevicePermissionHandler(() => false);
  session.on('select-hid-device', (event, _details, callback) => {
    event.preventDefault();
    callback(null);
  });
  session.on('select-usb-device', (event, _details, callback) => {
    event.preventDefault();
    callback();
  });
  session.on('select-serial-port', (event, _ports, _contents, callback) => {
    event.preventDefault();
    callback('');
  });
}

/** The Bluetooth chooser lives on each webContents, not on the session. */
export function refuseBluetooth(contents: Pick<WebContents, 'on'>): void {
  contents.on('select-bluetooth-device', (event, _devices, callback) => {
    event.preventDefault();
    callback('');
  });
}
