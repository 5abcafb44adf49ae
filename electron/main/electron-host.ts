import { type BrowserWindow, Notification, dialog, session, shell } from 'electron';
import type { Host } from './host';

export function createElectronHost(getWindow: () => BrowserWindow | null): Host {
  return {
    versions: {
      electron: process.versions.electron,
      chrome: process.versions.chrome,
      node: process.versions.node,
    },
    openExternal: (url) => shell.openExternal(url),
    // https://www.electronjs.org/docs/latest/api/shell#shellshowiteminfolderfullpath
    showItemInFolder: (path) => shell.showItemInFolder(path),
    async showSaveDialog(req) {
      const win = getWindow();
      const options = { title: req.title, defaultPath: req.defaultName, filters: req.filters };
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    notify(title, body) {
      if (Notification.isSupported()) new Notification({ title, body }).show();
    },
    resolveSystemProxy: (url) => session.defaultSession.resolveProxy(url),
  };
}
