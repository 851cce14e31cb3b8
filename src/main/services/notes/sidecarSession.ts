import { accessSync, constants } from 'node:fs';
import { basename, dirname } from 'node:path';
import { emptySidecar, type Sidecar, type SidecarProblem } from '../../../shared/notes';
import { writeFileAtomicSync } from '../atomicWrite';
import { withFileLock, withFileLockAsync } from '../fileLock';
import type { StopWatching, WatchFile } from '../fileWatcher';
import { serializeSidecar } from './sidecarFormat';
import { mergeSidecars, type MergeEvent } from './sidecarMerge';
import { tidyBeside } from '../tidyTemporary';
import { readSidecarFile as readDisk } from './readSidecar';
import { sidecarPathFor } from './sidecarPath';

/** What the open sidecar is: usable (and whether it exists on disk yet), or blocked by a problem. */
export type SidecarState =
  | { status: 'ready'; path: string; sidecar: Sidecar; onDisk: boolean }
  | { status: 'blocked'; path: string; problem: SidecarProblem; sidecar: Sidecar };

/** What a save or a reload did: the sidecar now, clashes a merge resolved, or the problem that stopped it. */
export interface SidecarOutcome {
  state: SidecarState;
  events: MergeEvent[];
  /** True when the file on disk had changed and was merged in. */
  merged: boolean;
}

const same = (a: Sidecar, b: Sidecar): boolean => serializeSidecar(a) === serializeSidecar(b);

/** Why the folder a sidecar is written in (a temporary file, then a rename) cannot be written: the error code, or null. */
export type WriteCheck = (path: string) => string | null;

/** The folder's write permission as the system sees it (EACCES, EROFS…), without writing anything. */
export const folderWriteCheck: WriteCheck = (path) => {
  try {
    accessSync(dirname(path), constants.W_OK);
    return null;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code ?? 'EACCES';
  }
};

/**
 * One talk's sidecar while it is open. Every save re-reads the file under its lock and merges
 * what changed there (another Sticky, the client, a git pull) with what changed here, then writes
 * atomically. A corrupt or newer-version file blocks all writes and stays exactly as it is. The
 * talk file itself is never written.
 */
export class SidecarSession {
  private base: Sidecar;
  private current: Sidecar;
  private problem: SidecarProblem | null = null;
  private onDisk = false;

  private constructor(
    readonly path: string,
    talkName: string,
    private readonly canWrite: WriteCheck,
  ) {
    this.base = emptySidecar(talkName);
    this.current = this.base;
  }

  /** Opens the sidecar of a talk (sidecarPathFor), reading it if it exists; a folder that cannot be written makes it read-only up front. */
  static open(talkPath: string, path = sidecarPathFor(talkPath), canWrite: WriteCheck = folderWriteCheck): SidecarSession {
    tidyBeside([path]); // what a save cut off by a crash or a full disk left beside it
    const session = new SidecarSession(path, basename(talkPath), canWrite);
    session.reload();
    return session;
  }

  /** The sidecar as the app should show it now. */
  get state(): SidecarState {
    return this.problem
      ? { status: 'blocked', path: this.path, problem: this.problem, sidecar: this.current }
      : { status: 'ready', path: this.path, sidecar: this.current, onDisk: this.onDisk };
  }

  /** Reads the file again (after a change on disk) and merges it with the notes in memory. */
  reload(): SidecarOutcome {
    const disk = readDisk(this.path);
    if (disk.kind === 'problem') {
      this.problem = disk.problem;
      return { state: this.state, events: [], merged: false };
    }
    this.problem = this.readOnly();
    if (disk.kind === 'missing') return { state: this.state, events: [], merged: false };
    this.onDisk = true;
    if (same(disk.sidecar, this.base)) return { state: this.state, events: [], merged: false };
    const { sidecar, events } = mergeSidecars(this.base, this.current, disk.sidecar);
    this.base = disk.sidecar;
    this.current = { ...sidecar, talk: this.current.talk };
    return { state: this.state, events, merged: true };
  }

  /** The read-only problem when the sidecar's folder cannot be written, else null. */
  private readOnly(): SidecarProblem | null {
    const code = this.canWrite(this.path);
    return code ? { kind: 'read-only', path: this.path, detail: code } : null;
  }

  /**
   * Applies a change (noteEdits.ts) and saves: under the file's lock, merges with the file as it
   * is now, then writes atomically. A blocked sidecar is not written and the change is not kept:
   * the outcome's state says `blocked` (the caller must tell the user nothing was saved).
   */
  change(edit: (sidecar: Sidecar) => Sidecar): SidecarOutcome {
    if (this.problem?.kind === 'read-only') this.problem = this.readOnly(); // made writable meanwhile
    if (this.problem) return { state: this.state, events: [], merged: false };
    return withFileLock(this.path, () => this.save(edit));
  }

  /** change() whose wait for the lock yields to the event loop (the app's main process). */
  async changeAsync(edit: (sidecar: Sidecar) => Sidecar): Promise<SidecarOutcome> {
    if (this.problem?.kind === 'read-only') this.problem = this.readOnly();
    if (this.problem) return { state: this.state, events: [], merged: false };
    return withFileLockAsync(this.path, () => this.save(edit));
  }

  private save(edit: (sidecar: Sidecar) => Sidecar): SidecarOutcome {
    const disk = readDisk(this.path);
    if (disk.kind === 'problem') {
      this.problem = disk.problem;
      return { state: this.state, events: [], merged: false };
    }
    const edited = edit(this.current);
    let events: MergeEvent[] = [];
    let next = edited;
    const changedOnDisk = disk.kind === 'ok' && !same(disk.sidecar, this.base);
    if (disk.kind === 'ok' && changedOnDisk) ({ sidecar: next, events } = mergeSidecars(this.base, edited, disk.sidecar));
    writeFileAtomicSync(this.path, serializeSidecar(next));
    this.base = next;
    this.current = next;
    this.onDisk = true;
    return { state: this.state, events, merged: changedOnDisk };
  }

  /** Reloads whenever the file changes on disk, telling `onChange` what the merge did. */
  watch(watchFile: WatchFile, onChange: (outcome: SidecarOutcome) => void): StopWatching {
    return watchFile(this.path, () => onChange(this.reload()));
  }
}
