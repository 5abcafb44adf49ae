/**
 * The preload: exposes named, typed functions derived from the contract and nothing else. No Node,
 * no logic (it runs sandboxed; Electron security checklist #3 and #20).
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
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
