import type { TalkFormat } from '../../shared/outline';
import { readTalkFile, type TalkFile } from '../services/talkFiles';
import { EXIT } from './exitCodes';
import { guarded } from './guarded';
import { withoutControls } from './safeText';

/** Where the `sticky` command writes. */
export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Standard output without a line end added, for output written in parts (a long talk's JSON). */
  write?: (text: string) => void;
  /** Where progress goes, when the error stream is a terminal. */
  progress?: (text: string) => void;
}

/** The format a talk was read from: an Office file's, or Markdown. */
export const formatOf = (file: TalkFile): TalkFormat => file.source?.format ?? 'markdown';

/**
 * Reads each talk file in turn and hands it to `each`, which returns an exit code of its own (or
 * nothing for success). A file that cannot be read is named with a plain reason and the others still
 * run; a defect in Sticky says so. Resolves to the worst exit code.
 */
export async function forEachTalk(
  files: string[],
  io: Io,
  each: (file: string, talkFile: TalkFile, index: number) => Promise<number | void>,
): Promise<number> {
  let code: number = EXIT.ok;
  for (const [index, file] of files.entries()) {
    if (files.length > 1) io.progress?.(`\rsticky: ${index + 1}/${files.length} ${file}`.slice(0, 120).padEnd(120));
    const result = await guarded(
      io,
      () => file,
      async () => {
        const talkFile = await readTalkFile(file);
        if (talkFile.encodingNote) io.err(`sticky: ${withoutControls(file)}: ${talkFile.encodingNote}`);
        return (await each(file, talkFile, index)) ?? EXIT.ok;
      },
    );
    // The worst wins: an internal error, then a file that could not be read, then a low score.
    if (result === EXIT.internal || (result === EXIT.unreadable && code !== EXIT.internal)) code = result;
    else if (result !== EXIT.ok && code === EXIT.ok) code = result;
  }
  if (files.length > 1) io.progress?.(`\r${' '.repeat(120)}\r`);
  return code;
}
