import { ipcMain, type WebContents } from 'electron';
import { INVOKE_CHANNELS, TALK_UPDATE_CHANNEL, type InvokeMethod, type TalkUpdate } from '../shared/api';
import type { Handler } from './handlers';
import { isTrustedSenderUrl } from './senderCheck';
import { envelope } from './services/userError';

/** Serves every API call on its channel, refusing senders other than Sticky's own page. */
export function registerIpc(handlers: Record<InvokeMethod, Handler>, rendererUrl: string): void {
  for (const [method, channel] of Object.entries(INVOKE_CHANNELS) as [InvokeMethod, string][]) {
    ipcMain.handle(channel, (event, ...args: unknown[]) => {
      if (!isTrustedSenderUrl(event.senderFrame?.url, rendererUrl)) {
        return { ok: false, error: { code: 'forbidden', message: 'This page may not use Sticky.' } };
      }
      return envelope(() => handlers[method](...args));
    });
  }
}

/** Pushes a talk update to the window. */
export function sendTalkUpdate(contents: WebContents | undefined, update: TalkUpdate): void {
  if (contents && !contents.isDestroyed()) contents.send(TALK_UPDATE_CHANNEL, update);
}
