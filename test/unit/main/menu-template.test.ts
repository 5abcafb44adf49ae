/**
 * The application menu in the window's language: every label, role items included (Electron would
 * name those in English), comes from the one catalog; each item still does what it did.
 */
import { describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { menuTemplate } from '../../../electron/main/menu-template';
import { CATALOGS } from '../../../shared/messages/say';

const items = (menu: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
  menu.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? items(i.submenu) : [])]);

describe('the application menu', () => {
  for (const isMac of [false, true]) {
    it(`labels every item in German and in English (${isMac ? 'macOS' : 'Windows'})`, () => {
      for (const lang of ['de', 'en'] as const) {
        const said = new Set(Object.values(CATALOGS[lang]).flat());
        const other = new Set(Object.values(CATALOGS[lang === 'de' ? 'en' : 'de']).flat());
        const labelled = items(menuTemplate(() => undefined, isMac, lang)).filter(
          // The product name titles macOS's app menu in every language.
          (i) => i.type !== 'separator' && i.label !== 'C4C Connect',
        );
        expect(labelled.length).toBeGreaterThan(15);
        for (const item of labelled) {
          expect(item.label, JSON.stringify(item)).toBeDefined();
          expect(said.has(item.label ?? ''), item.label).toBe(true);
          // Words both languages share ("Kopieren" is not English) are fine; English in German is not.
          if (lang === 'de') expect(other.has(item.label ?? ''), item.label).toBe(false);
        }
      }
    });
  }

  it('keeps what each item does', () => {
    const sent: unknown[] = [];
    const menu = items(menuTemplate((e, p) => sent.push([e, p]), false, 'de'));
    const byLabel = (label: string) => menu.find((i) => i.label === label);
    (byLabel('Neue Verbindung…')?.click as () => void)();
    (byLabel('Schlüsselpaar importieren…')?.click as () => void)();
    expect(sent).toEqual([
      ['menu:navigate', { to: 'new-connection' }],
      ['menu:import-key-pair', {}],
    ]);
    expect(byLabel('Rückgängig')?.role).toBe('undo');
    expect(byLabel('C4C Connect beenden')?.role).toBe('quit');
  });
});
