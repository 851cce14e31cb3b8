import { closeSync, openSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';

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

/** True when the lock at lockPath was left by a writer that is gone or has held it too long. */
function isStale(lockPath: string): boolean {
  try {
    const pid = Number(readFileSync(lockPath, 'utf8').split(' ')[0]);
    const age = Date.now() - statSync(lockPath).mtimeMs;
    return age > STALE_LOCK_MS || (Number.isInteger(pid) && pid > 0 && pid !== process.pid && !isAlive(pid));
  } catch {
    return false; // released meanwhile: try again
  }
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
    if (isStale(lockPath)) {
      // Moved away under a unique name first, so two waiters cannot both delete one lock.
      const broken = `${lockPath}.${token.replace(' ', '.')}.stale`;
      try {
        renameSync(lockPath, broken);
        rmSync(broken, { force: true });
      } catch {
        // another waiter broke it first
      }
    } else Atomics.wait(sleeper, 0, 0, RETRY_MS);
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
