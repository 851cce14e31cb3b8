import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { INVOKE_CHANNELS, TALK_UPDATE_CHANNEL, type TalkUpdate } from '../shared/api';
import { createStickyClient } from '../shared/client';
import { DROPPED_PATH_CHANNEL } from '../shared/droppedFile';

/**
 * A dropped file's path, registered with the main process as chosen by the user. The path comes
 * from webUtils, which reads it off a File backed by a file on disk: one the user dropped (or
 * picked in a file input); a File the page builds itself has no path. So the page cannot name a
 * path to register: the main process accepts paths only on this channel, only from this preload
 * in Sticky's main frame. The boundary is the renderer process: a page that broke out of the
 * sandbox into the preload's world could still send any path here.
 */
function droppedPath(file: File): string {
  const path = webUtils.getPathForFile(file);
  // Synchronous, so the path is registered before the page's openFile call that follows.
  return path && ipcRenderer.sendSync(DROPPED_PATH_CHANNEL, path) === true ? path : '';
}

// The one object the page gets: typed calls over IPC, never ipcRenderer itself.
const sticky = createStickyClient(
  {
    invoke: (channel, args) => ipcRenderer.invoke(channel, ...args),
    subscribe: (channel, listener) => {
      // What the main process sends on this channel (shell/ipc.ts sendTalkUpdate) is a TalkUpdate.
      const wrapped = (_event: Electron.IpcRendererEvent, update: TalkUpdate): void => listener(update);
      ipcRenderer.on(channel, wrapped);
      return () => ipcRenderer.removeListener(channel, wrapped);
    },
    pathForFile: droppedPath,
  },
  INVOKE_CHANNELS,
  TALK_UPDATE_CHANNEL,
);

contextBridge.exposeInMainWorld('sticky', sticky);
