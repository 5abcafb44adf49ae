/**
 * The preload: exposes named, typed functions derived from the contract and nothing else. No Node,
 * no logic (it runs sandboxed; Electron security checklist #3 and #20).
 */
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import { buildApi } from '../../shared/api';
import { CHANNELS } from '../../shared/contract/channels';
import { APP_EVENTS } from '../../shared/events';

const api = buildApi(
  CHANNELS,
  APP_EVENTS,
  (channel, req) => ipcRenderer.invoke(channel, req),
  (event, listener) => {
    const wrapped = (_e: IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(event, wrapped);
    return () => ipcRenderer.removeListener(event, wrapped);
  },
);

contextBridge.exposeInMainWorld('c4c', api);

/**
 * The one file path the app needs (issue 13: move an imported .p12 to the trash). The path is
 * looked up here from the File the user dropped or picked and goes straight to main, so the page
 * never reads it, as Electron advises:
 * https://www.electronjs.org/docs/latest/api/web-utils#webutilsgetpathforfilefile
 * The channel is also in `api` (built from the contract), so a page could name any path there: main
 * trashes a file only if it is local, not a link, and holds exactly the bytes that were imported.
 */
contextBridge.exposeInMainWorld('c4cFiles', {
  trashOriginal: (id: string, file: File) =>
    ipcRenderer.invoke('keypair:trash-original', { id, path: webUtils.getPathForFile(file) }),
});
