import type { BrowserWindowConstructorOptions } from 'electron';

/**
 * The security options of our one window, in a module of their own so a unit test can assert them
 * (Electron security checklist #2-#5: no Node integration, context isolation, sandbox, webSecurity).
 */
export function secureWebPreferences(
  preloadPath: string,
  { devTools }: { devTools: boolean },
): NonNullable<BrowserWindowConstructorOptions['webPreferences']> {
  return {
    preload: preloadPath,
    // Developer tools only in a developer's unpackaged run: in the installed app they would let
    // anyone at the keyboard call the whole IPC API from the console.
    devTools,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    spellcheck: false,
  };
}

/** The origin our page is served from; the IPC door trusts nothing else. */
export const APP_ORIGIN = 'app://c4c-connect';
export const APP_URL = `${APP_ORIGIN}/index.html`;

/** electron-builder.yml's appId: the NSIS Start Menu shortcut carries it as its AppUserModelID. */
export const APP_ID = 'com.c4cconnect.app';
