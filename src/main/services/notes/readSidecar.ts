import type { Sidecar, SidecarProblem } from '../../../shared/notes';
import { MAX_SIDECAR_BYTES, readTextCapped, readTextCappedSync, RefusedFile } from '../cappedRead';
import { parseSidecar } from './sidecarFormat';
import { sidecarPathFor } from './sidecarPath';

/** The notes beside a talk, read only (for `sticky compare`, `sticky report`, Export): none, some, or why not. */
export type NotesBeside = { sidecar: Sidecar | null; path: string; problem: SidecarProblem | null };

/** A sidecar file as read: missing, a sidecar, or the problem that stops it being used. */
export type DiskRead = { kind: 'missing' } | { kind: 'ok'; sidecar: Sidecar } | { kind: 'problem'; problem: SidecarProblem };

function failed(error: unknown, path: string): DiskRead {
  if (error instanceof RefusedFile) return { kind: 'problem', problem: { kind: 'not-a-file', path, detail: error.reason } };
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return { kind: 'missing' };
  return { kind: 'problem', problem: { kind: 'unreadable', path, detail: code ?? (error as Error).message } };
}

function parsed(text: string, path: string): DiskRead {
  const result = parseSidecar(text);
  return result.ok
    ? { kind: 'ok', sidecar: result.sidecar }
    : { kind: 'problem', problem: { kind: result.kind, path, detail: result.detail } };
}

/** Reads a sidecar file through the capped reader (a pipe, a device or a huge file is a problem, never a hang). */
export function readSidecarFile(path: string): DiskRead {
  try {
    return parsed(readTextCappedSync(path, MAX_SIDECAR_BYTES), path);
  } catch (error) {
    return failed(error, path);
  }
}

/** Reads the sidecar beside a talk without ever writing it: a missing one is no notes, a bad one a problem. */
export async function readNotesBeside(talkPath: string): Promise<NotesBeside> {
  const path = sidecarPathFor(talkPath);
  let read: DiskRead;
  try {
    read = parsed(await readTextCapped(path, MAX_SIDECAR_BYTES), path);
  } catch (error) {
    read = failed(error, path);
  }
  if (read.kind === 'ok') return { sidecar: read.sidecar, path, problem: null };
  return { sidecar: null, path, problem: read.kind === 'problem' ? read.problem : null };
}
