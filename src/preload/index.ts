import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { INVOKE_CHANNELS, TALK_UPDATE_CHANNEL } from '../shared/api';
import { createStickyClient } from '../shared/client';

// The one object the page gets: typed calls over IPC, never ipcRenderer itself.
const sticky = createStickyClient(
  {
    invoke: (channel, args) => ipcRenderer.invoke(channel, ...args),
    subscribe: (channel, listener) => {
      const wrapped = (_event: Electron.IpcRendererEvent, payload: unknown): void => listener(payload);
      ipcRenderer.on(channel, wrapped);
      return () => ipcRenderer.removeListener(channel, wrapped);
    },
    pathForFile: (file) => webUtils.getPathForFile(file),
  },
  INVOKE_CHANNELS,
  TALK_UPDATE_CHANNEL,
);

contextBridge.exposeInMainWorld('sticky', sticky);
