import type { ApiArgs, ApiResult, InvokeMethod, StickyApi, TalkUpdate } from './api';
import type { Envelope } from './errors';

/** How a client reaches the main process: Electron IPC in the app, Playwright bindings in tests. */
export interface StickyTransport {
  /** Sends one call on its channel; the main process answers with the call's result in an envelope. */
  invoke<M extends InvokeMethod>(channel: string, args: ApiArgs<M>): Promise<Envelope<ApiResult<M>>>;
  subscribe(channel: string, listener: (update: TalkUpdate) => void): () => void;
  pathForFile(file: File): string;
}

/** An Error that carries the API's error code and parameters, as every call rejects with. */
export interface StickyError extends Error {
  code: string;
  params?: Record<string, string>;
}

/**
 * Builds `window.sticky` over a transport. Self-contained (no imports used at run time, no module
 * state) so the browser tests can inject this very function's source into a page. Each method is
 * written out, so the object is a StickyApi by construction: a missing or mistyped call fails the
 * type check.
 */
export function createStickyClient(transport: StickyTransport, channels: Record<InvokeMethod, string>, updateChannel: string): StickyApi {
  async function call<M extends InvokeMethod>(method: M, ...args: ApiArgs<M>): Promise<ApiResult<M>> {
    const result = await transport.invoke<M>(channels[method], args);
    if (result.ok) return result.value;
    const error: StickyError = Object.assign(new Error(result.error.message), { code: result.error.code });
    if (result.error.params) error.params = result.error.params;
    throw error;
  }
  return Object.freeze({
    getState: () => call('getState'),
    openFile: (path) => call('openFile', path),
    openDialog: () => call('openDialog'),
    openDropped: (name, text) => call('openDropped', name, text),
    removeRecent: (path) => call('removeRecent', path),
    setTheme: (theme) => call('setTheme', theme),
    rehearsalPlan: (variant, targetMinutes) => call('rehearsalPlan', variant, targetMinutes),
    saveRun: (run) => call('saveRun', run),
    listRuns: () => call('listRuns'),
    removeRun: (id) => call('removeRun', id),
    appendRecording: (runId, index, pcmBase64, final) => call('appendRecording', runId, index, pcmBase64, final),
    recordingOf: (runId) => call('recordingOf', runId),
    showRecording: (runId) => call('showRecording', runId),
    openRecording: () => call('openRecording'),
    readRecording: (token, offset, length) => call('readRecording', token, offset, length),
    closeRecording: (token) => call('closeRecording', token),
    exportRuns: () => call('exportRuns'),
    setPace: (wpm) => call('setPace', wpm),
    setSoundCue: (on) => call('setSoundCue', on),
    updateSettings: (changes) => call('updateSettings', changes),
    scoreHistory: () => call('scoreHistory'),
    sectionEvidence: (sectionId) => call('sectionEvidence', sectionId),
    notes: () => call('notes'),
    runNoteCommand: (command) => call('runNoteCommand', command),
    compareWith: () => call('compareWith'),
    exportReport: (format) => call('exportReport', format),
    onTalkUpdate: (listener) => transport.subscribe(updateChannel, listener),
    pathForFile: (file) => transport.pathForFile(file),
  } satisfies StickyApi);
}
