import { relative } from 'node:path';
import { sidecarProblemMessage } from '../services/notes/sidecarMessages';
import { readNotesBeside, type NotesBeside } from '../services/notes/readSidecar';
import { readTalkFile } from '../services/talkFiles';
import { analyseTalk, type AnalysedTalk } from '../engine/analyse';
import { argsMessage } from './argsMessage';
import { guarded, type CliIo } from './guarded';
import { EXIT } from './exitCodes';
import { withoutControls } from './safeText';

export { argsMessage, guarded, type CliIo };

/** A talk read, with the notes beside it, and analysed with the coach's dismissals applied. */
export interface LoadedDraft {
  /** The path as shown (relative to the working folder). */
  file: string;
  text: string;
  analysed: AnalysedTalk;
  notes: NotesBeside;
}

/** Prints a usage problem the way `sticky` does and gives its exit code. */
export function usageError(io: CliIo, message: string): number {
  io.err(`sticky: ${withoutControls(message)}\nRun \`sticky --help\` for usage.`);
  return EXIT.usage;
}

/**
 * Reads and analyses a talk for `compare` and `report`. Its sidecar is only read: a bad one is
 * reported on stderr and the talk is analysed without notes, the file left as it is.
 */
export async function loadDraft(path: string, io: CliIo, notesFrom = path): Promise<LoadedDraft> {
  const talkFile = await readTalkFile(path);
  if (talkFile.encodingNote) io.err(`sticky: ${withoutControls(path)}: ${talkFile.encodingNote}`);
  const notes = await readNotesBeside(notesFrom);
  const analysed = analyseTalk(talkFile.text, { fileName: talkFile.name, dismissed: notes.sidecar?.dismissals ?? [] });
  if (notes.problem) io.err(`sticky: ${withoutControls(sidecarProblemMessage(notes.problem, analysed.talk.lang))}`);
  return { file: relative(process.cwd(), path) || path, text: talkFile.text, analysed, notes };
}
