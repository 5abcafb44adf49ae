import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { AppEvents } from '../../shared/events';

type Send = <E extends keyof AppEvents>(event: E, payload: AppEvents[E]) => void;

/** File, Edit, View, Help with the platform's usual accelerators. */
export function buildMenu(send: Send, isMac: boolean): Menu {
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        {
          label: 'New Connection…',
          accelerator: 'CmdOrCtrl+N',
          click: () => send('menu:navigate', { to: 'new-connection' }),
        },
        {
          label: 'Import Key Pair…',
          accelerator: 'CmdOrCtrl+O',
          click: () => send('menu:import-key-pair', {}),
        },
        { type: 'separator' },
        {
          label: 'Settings',
          accelerator: 'CmdOrCtrl+,',
          click: () => send('menu:navigate', { to: 'settings' }),
        },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: '&View',
      submenu: [
        { label: 'Home', accelerator: 'CmdOrCtrl+1', click: () => send('menu:navigate', { to: 'home' }) },
        {
          label: 'Key Pairs',
          accelerator: 'CmdOrCtrl+2',
          click: () => send('menu:navigate', { to: 'keypairs' }),
        },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    {
      label: '&Help',
      role: 'help',
      submenu: [{ label: 'About C4C Connect', click: () => send('menu:navigate', { to: 'about' }) }],
    },
  ];
  return Menu.buildFromTemplate(template);
}
