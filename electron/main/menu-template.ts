/**
 * The application menu as data, in the window's language. Electron's role items name themselves in
 * English, so every item gets its label here; a role item keeps its action and accelerator, and on
 * macOS "label and accelerator are the only options that will affect the menu item"
 * (https://www.electronjs.org/docs/latest/api/menu-item#roles). Apart from ./menu.ts so tests read
 * it without Electron.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { AppEvents } from '../../shared/events';
import { say, type Lang } from '../../shared/messages/say';

type Send = <E extends keyof AppEvents>(event: E, payload: AppEvents[E]) => void;

/** File, Edit, View, Help with the platform's usual accelerators. */
export function menuTemplate(send: Send, isMac: boolean, lang: Lang): MenuItemConstructorOptions[] {
  const t = (key: Parameters<typeof say>[1]) => say(lang, key);
  return [
    // macOS's app menu item by item rather than role 'appMenu', whose items Electron names in
    // English; macOS shows the app's name as this menu's title whatever its label says
    // (https://www.electronjs.org/docs/latest/api/menu#main-menus-name).
    ...(isMac
      ? [
          {
            label: 'C4C Connect',
            submenu: [
              { role: 'about' as const, label: t('menu.about') },
              { type: 'separator' as const },
              { role: 'services' as const, label: t('menu.services') },
              { type: 'separator' as const },
              { role: 'hide' as const, label: t('menu.hide') },
              { role: 'hideOthers' as const, label: t('menu.hideOthers') },
              { role: 'unhide' as const, label: t('menu.unhide') },
              { type: 'separator' as const },
              { role: 'quit' as const, label: t('menu.quit') },
            ],
          },
        ]
      : []),
    {
      label: t('menu.file'),
      submenu: [
        {
          label: t('menu.newConnection'),
          accelerator: 'CmdOrCtrl+N',
          click: () => send('menu:navigate', { to: 'new-connection' }),
        },
        {
          label: t('menu.importKeyPair'),
          accelerator: 'CmdOrCtrl+O',
          click: () => send('menu:import-key-pair', {}),
        },
        { type: 'separator' },
        {
          label: t('menu.settings'),
          accelerator: 'CmdOrCtrl+,',
          click: () => send('menu:navigate', { to: 'settings' }),
        },
        { type: 'separator' },
        isMac ? { role: 'close', label: t('menu.close') } : { role: 'quit', label: t('menu.quit') },
      ],
    },
    {
      label: t('menu.edit'),
      submenu: [
        { role: 'undo', label: t('menu.undo') },
        { role: 'redo', label: t('menu.redo') },
        { type: 'separator' },
        { role: 'cut', label: t('menu.cut') },
        { role: 'copy', label: t('menu.copy') },
        { role: 'paste', label: t('menu.paste') },
        // What macOS's own Edit menu also has (role editMenu would bring them, in English).
        ...(isMac
          ? [
              { role: 'pasteAndMatchStyle' as const, label: t('menu.pasteAndMatchStyle') },
              { role: 'delete' as const, label: t('menu.delete') },
            ]
          : []),
        { role: 'selectAll', label: t('menu.selectAll') },
      ],
    },
    {
      label: t('menu.view'),
      submenu: [
        {
          label: t('menu.home'),
          accelerator: 'CmdOrCtrl+1',
          click: () => send('menu:navigate', { to: 'home' }),
        },
        {
          label: t('menu.keyPairs'),
          accelerator: 'CmdOrCtrl+2',
          click: () => send('menu:navigate', { to: 'keypairs' }),
        },
        { type: 'separator' },
        { role: 'resetZoom', label: t('menu.resetZoom') },
        { role: 'zoomIn', label: t('menu.zoomIn') },
        { role: 'zoomOut', label: t('menu.zoomOut') },
        { type: 'separator' },
        { role: 'togglefullscreen', label: t('menu.fullScreen') },
      ],
    },
    {
      label: t('menu.help'),
      role: 'help',
      submenu: [{ label: t('menu.about'), click: () => send('menu:navigate', { to: 'about' }) }],
    },
  ];
}
