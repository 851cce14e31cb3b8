/** Why a call failed, in a form the UI can act on. */
export type ErrorCode =
  | 'not-found'
  | 'not-a-file'
  | 'unreadable'
  | 'too-large'
  | 'not-text'
  | 'not-markdown'
  | 'bad-document'
  | 'bad-request'
  | 'forbidden'
  | 'internal';

/** An error that crosses IPC: a code and a message written for the user. */
export interface ApiError {
  code: ErrorCode;
  /** In English; the interface shows its own translation when `params` allow one. */
  message: string;
  /** What the message is about (the file name; `reason` when one code has several messages). */
  params?: Record<string, string>;
}

/** The envelope every call returns, so the renderer gets real errors, not Electron's wrapping. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiError };
