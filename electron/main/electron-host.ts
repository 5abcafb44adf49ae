import { type BrowserWindow, Notification, clipboard, dialog, session, shell } from 'electron';
import type { Host } from './host';
import { showOsNotification } from './os-notification';

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
    // shell.trashItem (Electron 12+) resolves once the file is in the trash and rejects when it
    // cannot be moved: https://www.electronjs.org/docs/latest/api/shell#shelltrashitempath
    trashItem: (path) => shell.trashItem(path),
    async showSaveDialog(req) {
      const win = getWindow();
      const options = { title: req.title, defaultPath: req.defaultName, filters: req.filters };
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    notify(title, body) {
      const api = {
        isSupported: () => Notification.isSupported(),
        create: (t: string, b: string) => new Notification({ title: t, body: b }),
      };
      showOsNotification(api, title, body, (reason) =>
        getWindow()?.webContents.send('notification:not-shown', { title, body, reason }),
      );
    },
    // https://www.electronjs.org/docs/latest/api/dialog#dialogshowmessageboxwindow-options
    // modal to our window; defaultId = cancelId so Enter never sends credentials by accident.
    async ask(q) {
      const options = {
        type: 'warning' as const,
        title: q.title,
        message: q.message,
        detail: q.detail,
        buttons: q.buttons,
        cancelId: q.cancelId,
        defaultId: q.cancelId,
        noLink: true,
      };
      const win = getWindow();
      const result = win ? await dialog.showMessageBox(win, options) : await dialog.showMessageBox(options);
      return result.response;
    },
    resolveSystemProxy: (url) => session.defaultSession.resolveProxy(url),
    // From main, through one IPC channel: Electron deprecated the clipboard module in renderers in
    // 40 and removed it in 44 ("place the API call in your preload ... or main",
    // https://www.electronjs.org/docs/latest/breaking-changes), and navigator.clipboard needs the
    // clipboard-sanitized-write permission, which our permission handler denies like every other.
    // In Electron 45 writeText resolves once the text is on the clipboard
    // (https://electronjs.org/docs/api/clipboard).
    writeClipboard: (text) => clipboard.writeText(text),
  };
}
