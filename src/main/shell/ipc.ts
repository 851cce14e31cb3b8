import { ipcMain, type IpcMainEvent, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { INVOKE_CHANNELS, TALK_UPDATE_CHANNEL, type InvokeMethod, type TalkUpdate } from '../../shared/api';
import { DROPPED_PATH_CHANNEL } from '../../shared/droppedFile';
import type { ServedApi } from '../api';
import { droppedPath } from '../api/schemas';
import { isTrustedSender, type SenderFrame } from './senderCheck';
import type { ChosenPaths } from '../services/chosenPaths';
import { envelope } from '../services/userError';

const FORBIDDEN = { ok: false, error: { code: 'forbidden', message: 'This page may not use Sticky.' } } as const;

/** The frame a message came from, as the sender check sees it (null once it is gone). */
function senderFrame(event: IpcMainEvent | IpcMainInvokeEvent): SenderFrame | null {
  const frame = event.senderFrame;
  if (!frame || frame.isDestroyed() || frame.detached) return null;
  return { url: frame.url, isMainFrame: frame.parent === null };
}

/**
 * Serves every API call on its channel, and the preload's dropped-path message, refusing any sender
 * but the main frame of Sticky's own page (`appUrl`). Arguments are checked by the handlers' schemas.
 */
export function registerIpc(handlers: ServedApi, appUrl: string, chosen: ChosenPaths): void {
  for (const [method, channel] of Object.entries(INVOKE_CHANNELS) as [InvokeMethod, string][]) {
    ipcMain.handle(channel, (event, ...args: unknown[]) => {
      if (!isTrustedSender(senderFrame(event), appUrl)) return FORBIDDEN;
      return envelope(() => handlers[method](...args));
    });
  }
  // Sent synchronously by the preload as the page asks for a dropped file's path, so the path is
  // chosen before the openFile call that follows it. Always answered: sendSync waits for it.
  ipcMain.on(DROPPED_PATH_CHANNEL, (event, ...args: unknown[]) => {
    if (!isTrustedSender(senderFrame(event), appUrl) || args.length !== 1) {
      event.returnValue = false;
      return;
    }
    try {
      chosen.allow(droppedPath(args[0], 'the dropped path'));
      event.returnValue = true;
    } catch {
      event.returnValue = false;
    }
  });
}

/** Pushes a talk update to the window. */
export function sendTalkUpdate(contents: WebContents | undefined, update: TalkUpdate): void {
  if (contents && !contents.isDestroyed()) contents.send(TALK_UPDATE_CHANNEL, update);
}
