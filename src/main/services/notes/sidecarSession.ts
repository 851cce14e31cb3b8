import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { emptySidecar, type Sidecar, type SidecarProblem } from '../../../shared/notes';
import { writeFileAtomicSync } from '../atomicWrite';
import { withFileLock } from '../fileLock';
import type { StopWatching, WatchFile } from '../fileWatcher';
import { parseSidecar, serializeSidecar } from './sidecarFormat';
import { mergeSidecars, type MergeEvent } from './sidecarMerge';
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

type DiskRead = { kind: 'missing' } | { kind: 'ok'; sidecar: Sidecar } | { kind: 'problem'; problem: SidecarProblem };

function readDisk(path: string): DiskRead {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { kind: 'missing' };
    return { kind: 'problem', problem: { kind: 'unreadable', path, detail: code ?? (error as Error).message } };
  }
  const parsed = parseSidecar(text);
  return parsed.ok
    ? { kind: 'ok', sidecar: parsed.sidecar }
    : { kind: 'problem', problem: { kind: parsed.kind, path, detail: parsed.detail } };
}

const same = (a: Sidecar, b: Sidecar): boolean => serializeSidecar(a) === serializeSidecar(b);

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
  ) {
    this.base = emptySidecar(talkName);
    this.current = this.base;
  }

  /** Opens the sidecar of a talk (sidecarPathFor), reading it if it exists. */
  static open(talkPath: string, path = sidecarPathFor(talkPath)): SidecarSession {
    const session = new SidecarSession(path, basename(talkPath));
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
    this.problem = null;
    if (disk.kind === 'missing') return { state: this.state, events: [], merged: false };
    this.onDisk = true;
    if (same(disk.sidecar, this.base)) return { state: this.state, events: [], merged: false };
    const { sidecar, events } = mergeSidecars(this.base, this.current, disk.sidecar);
    this.base = disk.sidecar;
    this.current = { ...sidecar, talk: this.current.talk };
    return { state: this.state, events, merged: true };
  }

  /**
   * Applies a change (noteEdits.ts) and saves: under the file's lock, merges with the file as it
   * is now, then writes atomically. A blocked sidecar is not written and the change is not kept.
   */
  change(edit: (sidecar: Sidecar) => Sidecar): SidecarOutcome {
    if (this.problem) return { state: this.state, events: [], merged: false };
    return withFileLock(this.path, () => {
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
    });
  }

  /** Reloads whenever the file changes on disk, telling `onChange` what the merge did. */
  watch(watchFile: WatchFile, onChange: (outcome: SidecarOutcome) => void): StopWatching {
    return watchFile(this.path, () => onChange(this.reload()));
  }
}
