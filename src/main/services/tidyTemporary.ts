import { readdirSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { clearStaleLock, processGone, STALE_LOCK_MS } from './fileLock';

// A temporary file lives for one write (well under a second, fileLock.ts); one a minute old was
// left by a writer that was killed or ran out of disk. A minute also spares a slow network disk.
const STALE_TEMPORARY_MS = 60_000;

/** What is left beside a file after a write that never finished, by the name it was given. */
function leftover(base: string, name: string): 'ours' | 'conf' | 'broken-lock' | 'lock' | null {
  if (name === `${base}.lock`) return 'lock';
  if (name.startsWith(`.${base}.`) && name.endsWith('.sticky-tmp')) return 'ours'; // atomicWrite.ts: .<base>.<pid>.<random>.sticky-tmp
  if (!name.startsWith(`${base}.`)) return null;
  const rest = name.slice(base.length + 1);
  if (/^tmp-\d{10}[0-9a-f]{6}$/.test(rest)) return 'conf'; // conf's writer (atomically): <base>.tmp-<time><random>
  if (/^lock\.[a-z0-9]+\.stale$/.test(rest)) return 'broken-lock'; // fileLock.ts, between its rename and removal
  return null;
}

function isStale(path: string, kind: 'ours' | 'conf' | 'broken-lock'): boolean {
  let age: number;
  try {
    age = Date.now() - statSync(path).mtimeMs;
  } catch {
    return false; // gone meanwhile
  }
  if (kind === 'broken-lock') return age > STALE_LOCK_MS;
  const pid = kind === 'ours' ? Number(basename(path).split('.').at(-3)) : NaN;
  return age > STALE_TEMPORARY_MS || (Number.isInteger(pid) && processGone(pid));
}

/**
 * At start-up (and when a talk's notes are opened): removes what writes that never finished left
 * beside each file, and only that: temporary files of Sticky's writer and of conf, pieces of a
 * broken lock, and a lock whose writer is gone. Files of live writers are left alone. Returns how
 * many were removed.
 */
export function tidyBeside(paths: readonly string[]): number {
  let removed = 0;
  for (const path of paths) {
    const folder = dirname(path);
    let names: string[];
    try {
      names = readdirSync(folder);
    } catch {
      continue; // no folder yet, or not readable: nothing of ours in it
    }
    for (const name of names) {
      const kind = leftover(basename(path), name);
      const full = join(folder, name);
      if (kind === 'lock') removed += clearStaleLock(full) ? 1 : 0;
      else if (kind && isStale(full, kind)) {
        rmSync(full, { force: true });
        removed++;
      }
    }
  }
  return removed;
}
