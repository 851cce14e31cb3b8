import { closeSync, linkSync, openSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';

// A store write (read, change, atomic write with fsync) of the largest store, 1,000 runs of a
// few kilobytes each, takes well under a second even on a slow disk; a lock older than five
// seconds belongs to a writer that died (killed, crashed, power cut) and may be broken.
export const STALE_LOCK_MS = 5_000;
// How long a waiting writer sleeps between tries: short against a write of a few milliseconds.
const RETRY_MS = 5;

/** Locks this process holds, so a store read inside a locked write does not wait for itself. */
const held = new Set<string>();
const sleeper = new Int32Array(new SharedArrayBuffer(4));

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // alive, another user's
  }
}

/** The lock's token when it was left by a writer that is gone or has held it too long, else null. */
function staleToken(lockPath: string): string | null {
  try {
    const token = readFileSync(lockPath, 'utf8');
    const pid = Number(token.split(' ')[0]);
    const age = Date.now() - statSync(lockPath).mtimeMs;
    const stale = age > STALE_LOCK_MS || (Number.isInteger(pid) && pid > 0 && pid !== process.pid && !isAlive(pid));
    return stale ? token : null;
  } catch {
    return null; // released meanwhile: try again
  }
}

/**
 * Breaks a stale lock: moved away under a unique name first (so two waiters cannot both delete
 * one lock), then checked: if a live writer took the lock between the judgement and the move,
 * its lock is put back.
 */
function breakLock(lockPath: string, stale: string, token: string): void {
  const broken = `${lockPath}.${token.replace(' ', '.')}.stale`;
  try {
    renameSync(lockPath, broken);
    if (readFileSync(broken, 'utf8') !== stale) linkSync(broken, lockPath);
  } catch {
    // another waiter broke it first, or a new lock stands: either way, try again
  }
  rmSync(broken, { force: true });
}

function tryLock(lockPath: string, token: string): boolean {
  try {
    const fd = openSync(lockPath, 'wx');
    writeSync(fd, token);
    closeSync(fd);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return false;
  }
}

/**
 * Runs work while holding `<path>.lock`, so that writers in several processes take turns: each
 * re-reads the file under the lock, changes it and writes it back. A lock left by a dead writer
 * is broken. Re-entrant within one process.
 */
export function withFileLock<T>(path: string, work: () => T): T {
  const lockPath = `${path}.lock`;
  if (held.has(lockPath)) return work();
  const token = `${process.pid} ${Math.random().toString(36).slice(2)}`;
  while (!tryLock(lockPath, token)) {
    const stale = staleToken(lockPath);
    if (stale !== null) breakLock(lockPath, stale, token);
    else Atomics.wait(sleeper, 0, 0, RETRY_MS);
  }
  held.add(lockPath);
  try {
    return work();
  } finally {
    held.delete(lockPath);
    try {
      if (readFileSync(lockPath, 'utf8') === token) rmSync(lockPath, { force: true });
    } catch {
      // already gone (broken as stale by another writer)
    }
  }
}

/** withFileLock on a store's file, or the work alone for a store with no file (in memory). */
export function withStoreLock<T>(store: { readonly path?: string }, work: () => T): T {
  return store.path ? withFileLock(store.path, work) : work();
}
