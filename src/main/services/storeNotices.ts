import type { ApiError } from '../../shared/errors';
import { existsSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';

/** Something a store had to do to the user's file, and where the file as it was is kept. */
export interface StoreNotice {
  /** The store's file. */
  file: string;
  /** Where the file as it was is kept, or null when there was nothing to keep. */
  backup: string | null;
  /** What happened and where the original is, written for the user (English). */
  message: string;
}

const notices: StoreNotice[] = [];

/** Records a notice for the window to show (each message once). */
export function reportStoreNotice(notice: StoreNotice): void {
  if (!notices.some((known) => known.message === notice.message)) notices.push(notice);
}

/** The notices since the app started, oldest first. */
export function storeNotices(): readonly StoreNotice[] {
  return [...notices];
}

/** Forgets the notices (tests, or once the window has shown them). */
export function clearStoreNotices(): void {
  notices.length = 0;
}

/**
 * A dated name beside a store file for a copy of it: `rehearsals.json` becomes
 * `rehearsals.corrupt-2026-12-03T08-30-00.json` (UTC), with `-2`, `-3`… if that name is taken.
 */
export function backupPath(path: string, kind: 'corrupt' | 'before-repair', now = new Date()): string {
  const extension = extname(path);
  const stem = join(dirname(path), `${basename(path, extension)}.${kind}-${now.toISOString().slice(0, 19).replace(/:/g, '-')}`);
  let candidate = `${stem}${extension}`;
  for (let n = 2; existsSync(candidate); n++) candidate = `${stem}-${n}${extension}`;
  return candidate;
}

/** The first notice as an error the window's start-up state can carry (AppState.error), or null. */
export function storeNoticeAsError(): ApiError | null {
  const [first] = notices;
  return first ? { code: 'unreadable', message: first.message } : null;
}
