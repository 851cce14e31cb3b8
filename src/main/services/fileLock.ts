import { closeSync, linkSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { readTextCappedSync } from './cappedRead';
import { UserError } from './userError';

// A store write (read, change, atomic write with fsync) of the largest store, 1,000 runs of a
// few kilobytes each, takes well under a second even on a slow disk; a lock older than five
// seconds belongs to a writer that died (killed, crashed, power cut) and may be broken. A lock
// dated more than that ahead was not written by a clock near ours (a copied or crafted file).
export const STALE_LOCK_MS = 5_000;
// How long a writer waits at most: past the stale age (any lock a live writer of ours holds is
// broken by then), plus a second for the writer that broke it first to finish.
export const LOCK_WAIT_MS = STALE_LOCK_MS + 1_000;
// A writer of this machine that is still running is never cut off at the stale age: under heavy
// load a write with fsync can take seconds, and breaking its lock loses one side's change (seen:
// two processes saving 300 runs each kept 347). Only after a minute, longer than any write, is its
// lock taken as left by a process whose id was given to another one after a crash.
export const LIVE_HOLDER_MS = 60_000;
// How long a waiting writer sleeps between tries: short against a write of a few milliseconds.
const RETRY_MS = 5;
// A token is "pid host random", a few dozen bytes; anything longer is not a lock of ours.
const MAX_TOKEN_BYTES = 1024;

/** Locks this process holds, so a store read inside a locked write does not wait for itself. */
const held = new Set<string>();
const sleeper = new Int32Array(new SharedArrayBuffer(4));
const HOST = hostname().replace(/\s+/g, '-') || 'host';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // alive, another user's
  }
}

/** The writer a token names, as seen from here: gone, alive on this machine, or unknown (another host, no pid). */
function writerState(token: string): 'gone' | 'alive' | 'unknown' {
  const [pidText, host] = token.split(' ');
  const pid = Number(pidText);
  const sameHost = token.split(' ').length < 3 || host === HOST;
  if (!sameHost || !Number.isInteger(pid) || pid <= 0) return 'unknown';
  return pid === process.pid || isAlive(pid) ? 'alive' : 'gone';
}

/** Whether the writer named in a token is known to be gone: same host (or an old token without one) and no such process. */
const writerGone = (token: string): boolean => writerState(token) === 'gone';

/** The lock's token when it was left by a writer that is gone, has held it too long or dated it ahead; else null. */
function staleToken(lockPath: string): string | null {
  try {
    // Capped and non-blocking: a lock that is a pipe or a huge file is never read (and never broken).
    const token = readTextCappedSync(lockPath, MAX_TOKEN_BYTES);
    const age = Date.now() - statSync(lockPath).mtimeMs;
    const writer = writerState(token);
    // Dated ahead (a copied or crafted file), or its writer gone: broken at once.
    if (age < -STALE_LOCK_MS || writer === 'gone') return token;
    return age > (writer === 'alive' ? LIVE_HOLDER_MS : STALE_LOCK_MS) ? token : null;
  } catch {
    return null; // released meanwhile (try again), or not a file of ours (wait, then give up)
  }
}

/** At start-up: removes a lock left by a writer that is gone (or dated ahead); true when one was. */
export function clearStaleLock(lockPath: string): boolean {
  const stale = staleToken(lockPath);
  if (stale === null) return false;
  breakLock(lockPath, stale);
  return true;
}

/** Whether a process of this machine with that id is gone (a temporary file's writer, named in its name). */
export const processGone = (pid: number): boolean => writerGone(`${pid} ${HOST} -`);

/**
 * Breaks a stale lock: moved away under a unique name first (so two waiters cannot both delete
 * one lock), then checked: if a live writer took the lock between the judgement and the move,
 * its lock is put back.
 */
function breakLock(lockPath: string, stale: string): void {
  const broken = `${lockPath}.${Math.random().toString(36).slice(2)}.stale`;
  try {
    renameSync(lockPath, broken);
    if (readTextCappedSync(broken, MAX_TOKEN_BYTES) !== stale) linkSync(broken, lockPath);
  } catch {
    // another waiter broke it first, or a new lock stands: either way, try again
  }
  rmSync(broken, { force: true });
}

/** One try: takes the lock, or breaks a stale one (the next try takes it). */
function tryLock(lockPath: string, token: string): boolean {
  let fd: number;
  try {
    fd = openSync(lockPath, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const stale = staleToken(lockPath);
    if (stale !== null) breakLock(lockPath, stale);
    return false;
  }
  try {
    writeSync(fd, token);
  } catch (error) {
    closeSync(fd);
    rmSync(lockPath, { force: true }); // created but not written (a full disk): not left behind
    throw error;
  }
  closeSync(fd);
  return true;
}

function busy(path: string): UserError {
  return new UserError(
    'forbidden',
    `Another program holds "${path}.lock" and has not let go for ${LOCK_WAIT_MS / 1000} seconds, so nothing was saved. If no other Sticky is running, delete that file and try again.`,
    { reason: 'lock-busy', name: `${path}.lock` },
  );
}

function run<T>(lockPath: string, token: string, work: () => T): T {
  held.add(lockPath);
  try {
    return work();
  } finally {
    held.delete(lockPath);
    try {
      if (readTextCappedSync(lockPath, MAX_TOKEN_BYTES) === token) rmSync(lockPath, { force: true });
    } catch {
      // already gone (broken as stale by another writer)
    }
  }
}

const newToken = (): string => `${process.pid} ${HOST} ${Math.random().toString(36).slice(2)}`;

/**
 * Runs work while holding `<path>.lock`, so that writers in several processes take turns: each
 * re-reads the file under the lock, changes it and writes it back. A lock left by a dead writer,
 * held too long or dated ahead is broken; the wait is bounded (LOCK_WAIT_MS), then a UserError
 * says who holds it. Re-entrant within one process. Blocks between tries: for the synchronous stores.
 */
export function withFileLock<T>(path: string, work: () => T): T {
  const lockPath = `${path}.lock`;
  if (held.has(lockPath)) return work();
  const token = newToken();
  const until = Date.now() + LOCK_WAIT_MS;
  while (!tryLock(lockPath, token)) {
    if (Date.now() > until) throw busy(path);
    Atomics.wait(sleeper, 0, 0, RETRY_MS);
  }
  return run(lockPath, token, work);
}

/** withFileLock whose waits between tries yield to the event loop (for the app's main process); the work itself is synchronous. */
export async function withFileLockAsync<T>(path: string, work: () => T): Promise<T> {
  const lockPath = `${path}.lock`;
  const token = newToken();
  const until = Date.now() + LOCK_WAIT_MS;
  while (!tryLock(lockPath, token)) {
    if (Date.now() > until) throw busy(path);
    await sleep(RETRY_MS);
  }
  return run(lockPath, token, work);
}

/** withFileLock on a store's file, or the work alone for a store with no file (in memory). */
export function withStoreLock<T>(store: { readonly path?: string }, work: () => T): T {
  return store.path ? withFileLock(store.path, work) : work();
}
