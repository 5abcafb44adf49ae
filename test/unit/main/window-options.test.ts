import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_ORIGIN, secureWebPreferences, APP_ID } from '../../../electron/main/window-options';

describe('the window security options (Electron security checklist)', () => {
  const prefs = secureWebPreferences('/app/out/preload/index.cjs', { devTools: false });

  it('isolates the context, sandboxes the renderer and gives it no Node', () => {
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
    });
  });

  it('keeps web security on and refuses insecure content, webviews and experimental features', () => {
    expect(prefs).toMatchObject({
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
    });
  });

  it('opens developer tools only where asked (a developer\'s unpackaged run)', () => {
    expect(prefs.devTools).toBe(false);
    expect(secureWebPreferences('/p.cjs', { devTools: true }).devTools).toBe(true);
  });

  it('loads the preload it was given and serves the page from app://, not file://', () => {
    expect(prefs.preload).toBe('/app/out/preload/index.cjs');
    expect(APP_ORIGIN).toBe('app://c4c-connect');
  });
});

describe('AppUserModelID', () => {
  it("is electron-builder.yml's appId, which the Start Menu shortcut carries (Windows toasts need both to match)", () => {
    const yml = readFileSync(join(import.meta.dirname, '../../../electron-builder.yml'), 'utf8');
    expect(yml).toMatch(new RegExp(`^appId: ${APP_ID.replace(/\./g, '\\.')}$`, 'm'));
  });
});
