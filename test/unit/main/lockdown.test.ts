/**
 * The installed app's refusals (electron/main/lockdown.ts). Electron cannot run here, so the
 * session and webContents are stand-ins that record the handlers main installs; each handler is
 * then called as Electron would call it.
 */
import { describe, expect, it } from 'vitest';
import type { Session, WebContents } from 'electron';
import {
  REFUSED_SWITCHES,
  isElectronTestBuild,
  refuseBluetooth,
  refuseDevices,
  refusedSwitches,
} from '../../../electron/main/lockdown';
import { say } from '../../../shared/messages/say';

type Listener = (...args: unknown[]) => void;

function recorder() {
  const listeners = new Map<string, Listener>();
  let permission: ((...args: unknown[]) => boolean) | null = null;
  const target = {
    on(name: string, listener: Listener) {
      listeners.set(name, listener);
      return target;
    },
    setDevicePermissionHandler(handler: (...args: unknown[]) => boolean) {
      permission = handler;
    },
  };
  /** Calls the listener of `name` like Electron: an event, the arguments, the callback last. */
  const fire = (name: string, ...args: unknown[]) => {
    let prevented = false;
    let answer: unknown = 'not answered';
    const listener = listeners.get(name);
    if (!listener) throw new Error(`no listener for ${name}`);
    listener({ preventDefault: () => (prevented = true) }, ...args, (id?: unknown) => (answer = id));
    return { prevented, answer };
  };
  return { target, fire, permission: () => permission };
}

describe('switches the installed app refuses', () => {
  it('finds remote debugging, the sandbox and proxy switches typed on the command line, and nothing else', () => {
    const exe = '/opt/C4C Connect/c4c-connect';
    expect(
      refusedSwitches([
        exe,
        '--remote-debugging-port=9222',
        '-no-sandbox',
        '--PROXY-SERVER=http://x',
        '--lang=de',
      ]),
    ).toEqual(['remote-debugging-port', 'no-sandbox', 'proxy-server']);
    expect(refusedSwitches([exe, '--lang=de', 'file.p12'])).toEqual([]);
    // Windows also reads /switch; elsewhere a path starting with / is no switch.
    expect(refusedSwitches(['C4C Connect.exe', '/remote-debugging-port=1'], 'win32')).toEqual([
      'remote-debugging-port',
    ]);
    expect(refusedSwitches([exe, '/remote-debugging-port'], 'darwin')).toEqual([]);
    // The executable's own path is never read as a switch.
    expect(refusedSwitches(['--no-sandbox'])).toEqual([]);
    expect(REFUSED_SWITCHES).toEqual(
      expect.arrayContaining(['remote-debugging-pipe', 'renderer-cmd-prefix']),
    );
  });

  it('lets them through only in the build npm run test:electron makes (flag true in package.json)', () => {
    expect(isElectronTestBuild('{"name":"c4c-connect","c4cElectronTestBuild":true}')).toBe(true);
    expect(isElectronTestBuild('{"name":"c4c-connect"}')).toBe(false);
    expect(isElectronTestBuild('{"c4cElectronTestBuild":"true"}')).toBe(false);
    expect(isElectronTestBuild('not json')).toBe(false);
  });

  it('tells the user which switches, in English and German', () => {
    const switches = '--remote-debugging-port';
    expect(say('en', 'main.switchRefused', { switches })).toContain(
      'does not start with --remote-debugging-port',
    );
    expect(say('de', 'main.switchRefused', { switches })).toContain(
      'startet nicht mit --remote-debugging-port',
    );
  });
});

describe('device choosers', () => {
  it('denies device permissions and answers every chooser with no device', () => {
    const session = recorder();
    refuseDevices(session.target as unknown as Pick<Session, 'setDevicePermissionHandler' | 'on'>);
    expect(session.permission()?.({ deviceType: 'hid' })).toBe(false);
    expect(session.fire('select-hid-device', { deviceList: [{ deviceId: 'h1' }] })).toEqual({
      prevented: true,
      answer: null,
    });
    expect(session.fire('select-usb-device', { deviceList: [{ deviceId: 'u1' }] })).toEqual({
      prevented: true,
      answer: undefined,
    });
    expect(session.fire('select-serial-port', [{ portId: 's1' }], {})).toEqual({
      prevented: true,
      answer: '',
    });
  });

  it('answers the Bluetooth chooser of a page with no device', () => {
    const contents = recorder();
    refuseBluetooth(contents.target as unknown as Pick<WebContents, 'on'>);
    expect(contents.fire('select-bluetooth-device', [{ deviceId: 'b1', deviceName: 'x' }])).toEqual({
      prevented: true,
      answer: '',
    });
  });
});
