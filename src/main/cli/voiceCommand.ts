import { parseArgs } from 'node:util';
import type { FileHandle } from 'node:fs/promises';
import { withoutComments } from '../../shared/htmlComments';
import { analyseRecording, type RecordingSection, type RecordingSource } from '../../renderer/src/lib/voice/fileAudio/analyseRecording';
import { AudioProblem, WARNING_TEXT } from '../../renderer/src/lib/voice/fileAudio/problems';
import { wasmDecoderFor } from './voiceDecoders';
import { recordingFigures } from '../../renderer/src/lib/voice/fileAudio/recordingReport';
import { syllablesPerWord } from '../../renderer/src/lib/voice/syllables';
import { MAX_RECORDING_FILE_BYTES } from '../../shared/recordingFile';
import { parseTalk } from '../engine/talk/parseTalk';
import { openCapped, RefusedFile } from '../services/cappedRead';
import { readTalkFile } from '../services/talkFiles';
import { argsMessage, type CliIo, guarded, usageError } from './draftCommand';
import { EXIT } from './exitCodes';
import { withoutControls } from './safeText';
import { formatVoiceText } from './voiceText';

// Read 256 KB at a time: a few seconds of compressed audio or ~1.4 s of 48 kHz stereo WAV, so the
// analysis reports progress and hears a cancel often, and memory stays a few megabytes.
const CHUNK_BYTES = 256 * 1024;
const END_BYTES = 64 * 1024;

/** A recording file read in parts through one handle. */
async function fileSource(handle: FileHandle, size: number): Promise<RecordingSource> {
  const at = async (position: number, length: number): Promise<Uint8Array> => {
    const buffer = Buffer.alloc(Math.max(0, Math.min(length, size - position)));
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, position);
    return buffer.subarray(0, bytesRead);
  };
  return {
    size,
    head: await at(0, END_BYTES),
    tail: await at(Math.max(0, size - END_BYTES), END_BYTES),
    async *chunks() {
      for (let position = 0; position < size; position += CHUNK_BYTES) {
        const chunk = await at(position, CHUNK_BYTES);
        if (chunk.length === 0) return;
        yield chunk;
      }
    },
  };
}

/** The talk's sections with their words and syllables per word, from the talk's own text. */
async function talkSections(path: string, io: CliIo): Promise<RecordingSection[]> {
  const talkFile = await readTalkFile(path);
  if (talkFile.encodingNote) io.err(`sticky: ${withoutControls(path)}: ${talkFile.encodingNote}`);
  const talk = parseTalk(talkFile.text, { fileName: talkFile.name });
  return talk.sections
    .filter((section) => section.fixedMinutes === null)
    .map((section) => ({
      id: section.id,
      title: section.title,
      words: section.words,
      // HTML comments carry Sticky's own markers, never spoken words (as in rehearsalVoice.svelte.ts).
      syllablesPerWord: syllablesPerWord(withoutComments(talkFile.text.slice(section.start.offset, section.end.offset), ' '), talk.lang),
    }));
}

/** `sticky voice TALK RECORDING [--json]`. */
export async function runVoice(argv: string[], io: CliIo & { progress?: (text: string) => void }): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { json: { type: 'boolean' } } });
  } catch (error) {
    return usageError(io, argsMessage(error));
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 2) return usageError(io, 'name the talk and the recording: `sticky voice talk.md rehearsal.mp3`.');
  const [talkPath, recordingPath] = positionals as [string, string];
  let current = talkPath;
  return guarded(
    io,
    () => current,
    async () => {
      const sections = await talkSections(talkPath, io);
      current = recordingPath;
      const said = (message: string): number => {
        io.err(`sticky: ${withoutControls(recordingPath)}: ${message}`);
        return EXIT.unreadable;
      };
      let opened;
      try {
        opened = await openCapped(recordingPath, MAX_RECORDING_FILE_BYTES);
      } catch (error) {
        if (error instanceof RefusedFile) return said(error.reason === 'too-large' ? new AudioProblem('too-large').message : error.message);
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return said('there is no such file.');
        throw error;
      }
      try {
        const source = await fileSource(opened.handle, opened.size);
        const analysis = await analyseRecording(source, sections, {
          decoderFor: wasmDecoderFor,
          onProgress: (fraction) => io.progress?.(`\rsticky: analysing ${Math.round(fraction * 100)}%`),
        });
        io.progress?.(`\r${' '.repeat(30)}\r`);
        for (const warning of analysis.warnings) io.err(`sticky: ${withoutControls(recordingPath)}: ${WARNING_TEXT[warning]}`);
        const figures = recordingFigures(analysis);
        io.out(values.json ? JSON.stringify(figures) : formatVoiceText(withoutControls(recordingPath), withoutControls(figures)));
        return EXIT.ok;
      } catch (error) {
        io.progress?.(`\r${' '.repeat(30)}\r`);
        if (error instanceof AudioProblem) return said(error.message);
        throw error;
      } finally {
        await opened.handle.close();
      }
    },
  );
}
