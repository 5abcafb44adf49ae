import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SettingsService } from '../../../../electron/core/settings/settings';
import { openDataStore } from '../../../../electron/core/store/open-store';
import { loadWindowBounds, saveWindowBounds } from '../../../../electron/main/window-state';
import { sayMessage } from '../../../../shared/messages/say';

const open = (dir: string) => openDataStore(dir);

describe('opening the store', () => {
  it('opens an absent or valid file without recovering anything', () => {
    const dir = mkdtempSync(join(tmpdir(), 'store-'));
    const first = open(dir);
    expect(first.recovered).toEqual([]);
    first.store.set('settings', { language: 'de', theme: 'dark' });
    expect(open(dir).store.get('settings')).toEqual({ language: 'de', theme: 'dark' });
  });

  it.each([
    ['half-written JSON', '{"settings": {"language": "de"'],
    ['binary garbage', '\u0000\u0001\u00ff'],
    ['an array', '[1,2,3]'],
    ['empty', ''],
  ])('survives %s: keeps a copy of the bad file, starts empty and says so', (_name, content) => {
    const dir = mkdtempSync(join(tmpdir(), 'store-'));
    writeFileSync(join(dir, 'c4c-connect.json'), content);
    const { store, recovered } = open(dir);
    expect(recovered).toHaveLength(1);
    expect(store.get('settings')).toBeUndefined();
    const copies = readdirSync(dir).filter((f) => f.startsWith('c4c-connect.corrupt-'));
    expect(copies).toHaveLength(1);
    // Said in the reader's language, naming the copy kept.
    expect(sayMessage('en', recovered[0]!)).toContain(`damaged and could not be read. A copy was kept as ${join(dir, copies[0]!)}`);
    expect(sayMessage('de', recovered[0]!)).toContain(`Einstellungsdatei war beschädigt und konnte nicht gelesen werden. Eine Kopie liegt unter ${join(dir, copies[0]!)}`);
    expect(readFileSync(join(dir, copies[0]!), 'utf8')).toBe(content);
  });
});

describe('settings', () => {
  it('defaults to the OS language and theme, and keeps what is set', () => {
    const dir = mkdtempSync(join(tmpdir(), 'settings-'));
    const settings = new SettingsService(open(dir).store);
    expect(settings.get()).toEqual({ language: 'system', theme: 'system' });
    expect(settings.set({ language: 'de' })).toEqual({ language: 'de', theme: 'system' });
    expect(new SettingsService(open(dir).store).get()).toEqual({ language: 'de', theme: 'system' });
  });

  it('falls back field by field when a stored value is damaged', () => {
    const dir = mkdtempSync(join(tmpdir(), 'settings-'));
    const { store } = open(dir);
    store.set('settings', { language: 'klingon', theme: 'dark' });
    expect(new SettingsService(store).get()).toEqual({ language: 'system', theme: 'dark' });
  });
});

describe('window bounds', () => {
  it('remembers size, position and maximised state, and ignores absurd values', () => {
    const dir = mkdtempSync(join(tmpdir(), 'window-'));
    const { store } = open(dir);
    expect(loadWindowBounds(store)).toEqual({ width: 1280, height: 820, maximized: false });
    saveWindowBounds(store, { x: 10, y: 20, width: 1000, height: 700, maximized: true });
    expect(loadWindowBounds(store)).toEqual({ x: 10, y: 20, width: 1000, height: 700, maximized: true });
    store.set('window', { width: 5, height: 'tall' });
    expect(loadWindowBounds(store)).toEqual({ width: 1280, height: 820, maximized: false });
  });
});
