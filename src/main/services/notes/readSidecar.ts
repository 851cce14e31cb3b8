import { readFile } from 'node:fs/promises';
import type { Sidecar, SidecarProblem } from '../../../shared/notes';
import { parseSidecar } from './sidecarFormat';
import { sidecarPathFor } from './sidecarPath';

/** The notes beside a talk, read only (for `sticky compare`, `sticky report`, Export): none, some, or why not. */
export type NotesBeside = { sidecar: Sidecar | null; path: string; problem: SidecarProblem | null };

/** Reads the sidecar beside a talk without ever writing it: a missing one is no notes, a bad one a problem. */
export async function readNotesBeside(talkPath: string): Promise<NotesBeside> {
  const path = sidecarPathFor(talkPath);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { sidecar: null, path, problem: null };
    return { sidecar: null, path, problem: { kind: 'unreadable', path, detail: code ?? (error as Error).message } };
  }
  const parsed = parseSidecar(text);
  return parsed.ok
    ? { sidecar: parsed.sidecar, path, problem: null }
    : { sidecar: null, path, problem: { kind: parsed.kind, path, detail: parsed.detail } };
}
