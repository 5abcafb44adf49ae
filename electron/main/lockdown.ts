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
 * would change what session.resolveProxy answers for the tenant's requests; the feature switches
 * can turn site isolation off, the *-cmd-prefix and launcher switches start child processes through
 * any program. A developer's unpackaged `npm start` keeps them all.
 */
export const REFUSED_SWITCHES = [
  'remote-debugging-port',
  'remote-debugging-pipe',
  'remote-debugging-address',
  'remote-allow-origins',
  'inspect',
  'inspect-brk',
  'no-sandbox',
  'disable-gpu-sandbox',
  'disable-setuid-sandbox',
  'disable-seccomp-filter-sandbox',
  'no-zygote',
  'disable-web-security',
  'disable-site-isolation-trials',
  'js-flags',
  'load-extension',
  'enable-features',
  'disable-features',
  'renderer-cmd-prefix',
  'utility-cmd-prefix',
  'gpu-launcher',
  'proxy-server',
  'proxy-pac-url',
  'proxy-auto-detect',
  'no-proxy-server',
  'proxy-bypass-list',
  'winhttp-proxy-resolver',
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

/**
 * The refused switches on the command line the app was started with. Read from argv, not from
 * app.commandLine.hasSwitch, which also sees switches Electron appends for itself: the guard must
 * never stop the app for something no one typed. Chromium reads `--name`, `-name` and, on
 * Windows, `/name`, each optionally `=value`, case-insensitively.
 */
export function refusedSwitches(
  argv: readonly string[],
  platform: NodeJS.Platform = process.platform,
): string[] {
  const given = new Set<string>();
  for (const arg of argv.slice(1)) {
    const m = (platform === 'win32' ? /^(?:--?|\/)([^=]+)/ : /^--?([^=]+)/).exec(arg);
    if (m?.[1]) given.add(m[1].toLowerCase());
  }
  return REFUSED_SWITCHES.filter((name) => given.has(name));
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
