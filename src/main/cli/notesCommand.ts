import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { parseTalk } from '../engine/talk/parseTalk';
import { readNotesBeside } from '../services/notes/readSidecar';
import { sidecarProblemMessage } from '../services/notes/sidecarMessages';
import { readTalkFile } from '../services/talkFiles';
import { argsMessage, type CliIo, guarded, usageError } from './draftCommand';
import { EXIT } from './exitCodes';
import { NOTES_USAGE } from './usage';
import { formatNotesList, listNotes } from './notesList';
import { jsonForTerminal, withoutControls } from './safeText';

const shown = (path: string): string => relative(process.cwd(), path) || path;

/** `sticky notes TALK`: lists the notes in the sidecar beside a talk, placed in the talk as it is now. Never writes. */
export async function runNotes(argv: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    return usageError(io, argsMessage(error));
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(
      `Usage:\n${NOTES_USAGE}\n\nExit codes: 0 listed (also when there are none), 1 the talk or its notes file could not be read, 2 bad usage.`,
    );
    return EXIT.ok;
  }
  if (positionals.length !== 1) return usageError(io, 'name one talk file: `sticky notes talk.md`.');
  const [path] = positionals as [string];
  return guarded(
    io,
    () => path,
    async () => {
      const talkFile = await readTalkFile(path);
      if (talkFile.encodingNote) io.err(`sticky: ${withoutControls(path)}: ${talkFile.encodingNote}`);
      const talk = parseTalk(talkFile.text, { fileName: talkFile.name });
      const beside = await readNotesBeside(path);
      if (beside.problem) {
        io.err(`sticky: ${withoutControls(sidecarProblemMessage(beside.problem, talk.lang))}`);
        return EXIT.unreadable;
      }
      const sidecar = beside.sidecar ? shown(beside.path) : null;
      const list = listNotes(shown(path), sidecar, beside.sidecar?.notes ?? [], talkFile.text, talk);
      io.out(values.json ? jsonForTerminal(list) : formatNotesList(withoutControls(list)));
      return EXIT.ok;
    },
  );
}
