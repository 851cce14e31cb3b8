import type { StickyApi, TalkUpdate } from './api';
import type { Envelope } from './errors';

/** How a client reaches the main process: Electron IPC in the app, Playwright bindings in tests. */
export interface StickyTransport {
  invoke(channel: string, args: unknown[]): Promise<Envelope<unknown>>;
  subscribe(channel: string, listener: (payload: unknown) => void): () => void;
  pathForFile(file: File): string;
}

/**
 * Builds `window.sticky` over a transport. Self-contained (no imports used at run time, no module
 * state) so the browser tests can inject this very function's source into a page.
 */
export function createStickyClient(transport: StickyTransport, channels: Record<string, string>, updateChannel: string): StickyApi {
  const api: Record<string, unknown> = {};
  for (const [method, channel] of Object.entries(channels)) {
    api[method] = async (...args: unknown[]) => {
      const result = await transport.invoke(channel, args);
      if (result.ok) return result.value;
      const error = new Error(result.error.message) as Error & { code: string; params?: Record<string, string> };
      error.code = result.error.code;
      error.params = result.error.params;
      throw error;
    };
  }
  api.onTalkUpdate = (listener: (update: TalkUpdate) => void) =>
    transport.subscribe(updateChannel, (payload) => listener(payload as TalkUpdate));
  api.pathForFile = (file: File) => transport.pathForFile(file);
  return Object.freeze(api) as unknown as StickyApi;
}
