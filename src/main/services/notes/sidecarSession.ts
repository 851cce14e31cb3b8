import { accessSync, constants, existsSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { emptySidecar, type Sidecar, type SidecarProblem } from '../../../shared/notes';
import { writeFileAtomicSync } from '../atomicWrite';
import { withFileLock, withFileLockAsync } from '../fileLock';
import type { StopWatching, WatchFile } from '../fileWatcher';
import { serializeSidecar } from './sidecarFormat';
import { mergeSidecars, versionKeys, type MergeCounts, type MergeEvent } from './sidecarMerge';
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
  /** What the merge did, counted (absent when there was no merge). */
  counts?: MergeCounts;
  /** True when the file had been removed on disk and the notes in memory were written back. */
  restored?: boolean;
  /** Why a merge could not be written (a read-only folder, a full disk): it is kept in memory until the next change. */
  unsaved?: string;
}

const NOTHING: MergeCounts = { keptHere: 0, tookThere: 0, conflicts: 0 };

/** How many notes and replies a sidecar holds. */
export const itemCount = (sidecar: Sidecar): number => sidecar.notes.reduce((sum, note) => sum + 1 + note.replies.length, 0);

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
  /** Every version of a note or reply this session has read or written: what an older copy may bring back. */
  private readonly seen = new Set<string>();

  private constructor(
    readonly path: string,
    private readonly talkPath: string,
    private readonly canWrite: WriteCheck,
  ) {
    this.base = emptySidecar(basename(talkPath));
    this.current = this.base;
  }

  /** Opens the sidecar of a talk (sidecarPathFor), reading it if it exists; a folder that cannot be written makes it read-only up front. */
  static open(talkPath: string, path = sidecarPathFor(talkPath), canWrite: WriteCheck = folderWriteCheck): SidecarSession {
    tidyBeside([path]); // what a save cut off by a crash or a full disk left beside it
    const session = new SidecarSession(path, talkPath, canWrite);
    session.reload();
    return session;
  }

  private remember(base: Sidecar): void {
    this.base = base;
    for (const key of versionKeys(base)) this.seen.add(key);
  }

  private merge(mine: Sidecar, theirs: Sidecar): { sidecar: Sidecar; events: MergeEvent[]; counts: MergeCounts } {
    return mergeSidecars(this.base, mine, theirs, (key) => this.seen.has(key));
  }

  /** What the file held is a version read too: brought back later, it is an older copy's. */
  private read(theirs: Sidecar): void {
    for (const key of versionKeys(theirs)) this.seen.add(key);
  }

  private write(sidecar: Sidecar): void {
    writeFileAtomicSync(this.path, serializeSidecar(sidecar));
    this.remember(sidecar);
    this.current = sidecar;
    this.onDisk = true;
  }

  /** The sidecar as the app should show it now. */
  get state(): SidecarState {
    return this.problem
      ? { status: 'blocked', path: this.path, problem: this.problem, sidecar: this.current }
      : { status: 'ready', path: this.path, sidecar: this.current, onDisk: this.onDisk };
  }

  /**
   * Reads the file again (after a change on disk) and merges it with the notes in memory, under the
   * file's lock. A merge that changes the file is written back at once, so what the window is told
   * is on disk. A file removed while notes are open is written back whole (the talk still there).
   */
  reload(): SidecarOutcome {
    // The lock only when there is something to write: a sample's read-only folder is read, never locked.
    const read = this.fromDisk('check');
    if (read) return read;
    try {
      return withFileLock(this.path, () => this.fromDisk('write')!);
    } catch (error) {
      // Not written: the merge stays in memory (the next change merges and writes again), and the window is told.
      const unsaved = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      return { ...this.fromDisk('memory')!, unsaved };
    }
  }

  /**
   * The reload's work. `check`: null when the outcome needs a write (then it is done under the lock,
   * `write`); `memory`: merged without writing.
   */
  private fromDisk(mode: 'check' | 'write' | 'memory'): SidecarOutcome | null {
    const disk = readDisk(this.path);
    if (disk.kind === 'problem') {
      this.problem = disk.problem;
      return { state: this.state, events: [], merged: false };
    }
    this.problem = this.readOnly();
    if (disk.kind === 'missing') {
      const held = this.current.notes.length + this.current.dismissals.length > 0;
      if (!this.onDisk || !held || !existsSync(this.talkPath) || mode === 'memory') return { state: this.state, events: [], merged: false };
      if (mode === 'check') return this.problem ? { state: this.state, events: [], merged: false } : null;
      this.write(this.current);
      return { state: this.state, events: [], merged: true, restored: true, counts: { ...NOTHING, keptHere: itemCount(this.current) } };
    }
    if (same(disk.sidecar, this.base)) {
      this.onDisk = true;
      return { state: this.state, events: [], merged: false };
    }
    const { sidecar, events, counts } = this.merge(this.current, disk.sidecar);
    const next = { ...sidecar, talk: this.current.talk };
    // Only a change of notes is written at once; the talk name a taken-over file carries waits for the next change.
    if (mode === 'check' && !this.problem && !same({ ...next, talk: disk.sidecar.talk }, disk.sidecar)) return null;
    this.read(disk.sidecar);
    if (mode === 'write') this.write(next);
    else if (mode === 'memory') this.current = next;
    else {
      this.remember(disk.sidecar);
      this.current = next;
    }
    this.onDisk = true;
    return { state: this.state, events, merged: true, counts };
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
    const changedOnDisk = disk.kind === 'ok' && !same(disk.sidecar, this.base);
    const merged = disk.kind === 'ok' && changedOnDisk ? this.merge(edited, disk.sidecar) : null;
    if (disk.kind === 'ok') this.read(disk.sidecar);
    this.write(merged?.sidecar ?? edited);
    return { state: this.state, events: merged?.events ?? [], merged: changedOnDisk, ...(merged ? { counts: merged.counts } : {}) };
  }

  /** Reloads whenever the file changes on disk, telling `onChange` what the merge did. */
  watch(watchFile: WatchFile, onChange: (outcome: SidecarOutcome) => void): StopWatching {
    return watchFile(this.path, () => onChange(this.reload()));
  }
}
