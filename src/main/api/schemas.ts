import { isAbsolute } from 'node:path';
import { REPORT_FORMAT_LIST, REPORT_FORMATS, type ApiArgs, type InvokeMethod } from '../../shared/api';
import { MAX_ID, MAX_PATH, MAX_TALK_BYTES, MAX_TARGET_MINUTES, MAX_WPM, MIN_TARGET_MINUTES, MIN_WPM } from '../../shared/limits';
import {
  MAX_RECORDING_CHUNK_BASE64,
  MAX_RECORDING_CHUNK_BYTES,
  MAX_RECORDING_SECONDS,
  RECORDING_BYTES_PER_SAMPLE,
  RECORDING_RATE,
} from '../../shared/recording';
import { VARIANTS } from '../../shared/talk';
import { MAX_RECORDING_FILE_BYTES, MAX_RECORDING_READ_BYTES } from '../../shared/recordingFile';
import { UserError } from '../services/userError';
import { args, boolean, nullable, number, oneOf, text, type Check } from '../../shared/schema/check';
import { noteCommand } from '../../shared/schema/notes';
import { rehearsalRun } from '../../shared/schema/rehearsal';
import { settingsChange, themeChoice } from '../../shared/schema/settings';

// File names are at most 255 bytes on every file system Sticky runs on; 1,024 leaves room for UTF-16.
const MAX_NAME = 1_024;

const path = text(MAX_PATH, { nonBlank: true, message: 'Expected a file path as text.' });
// Chunks a three-hour recording takes at the chunk limit (1 MB each), with room for smaller ones.
const MAX_RECORDING_CHUNKS =
  10 * Math.ceil((MAX_RECORDING_SECONDS * RECORDING_RATE * RECORDING_BYTES_PER_SAMPLE) / MAX_RECORDING_CHUNK_BYTES);
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** One chunk of a kept recording: base64 text of at most MAX_RECORDING_CHUNK_BYTES bytes. */
const base64Chunk: Check<string> = (value, at) => {
  const chunk = text(MAX_RECORDING_CHUNK_BASE64, { message: 'A recording chunk must be base64 text of at most 1 MB.' })(value, at);
  if (chunk.length % 4 !== 0 || !BASE64.test(chunk))
    throw new UserError('bad-request', 'A recording chunk must be base64 text of at most 1 MB.');
  return chunk;
};

/** The one argument of the preload's dropped-path message: an absolute path. */
export const droppedPath: Check<string> = (value, at) => {
  const checked = path(value, at);
  if (!isAbsolute(checked)) throw new UserError('bad-request', 'Expected an absolute file path.');
  return checked;
};

/** Every API call's argument schema: the handlers only ever see arguments that passed. */
export const ARGUMENT_SCHEMAS: { [M in InvokeMethod]: (values: unknown[]) => ApiArgs<M> } = {
  getState: args(),
  openFile: args(path),
  openDialog: args(),
  openDropped: args(
    text(MAX_NAME, { nonBlank: true, message: 'Expected a file name as text.' }),
    // UTF-8 takes at least a byte per UTF-16 unit, so a talk under the byte limit is under this too.
    text(MAX_TALK_BYTES, { message: 'Expected the dropped file as text of at most 5 MB.' }),
  ),
  removeRecent: args(nullable(path)),
  setTheme: args(themeChoice),
  rehearsalPlan: args(
    oneOf(VARIANTS, 'The version must be 10, 30 or 60.'),
    nullable(
      number(MIN_TARGET_MINUTES, MAX_TARGET_MINUTES, {
        message: `A target must be between ${MIN_TARGET_MINUTES} and ${MAX_TARGET_MINUTES} minutes.`,
      }),
    ),
  ),
  saveRun: args(rehearsalRun),
  listRuns: args(),
  removeRun: args(text(MAX_ID, { message: 'Expected a run id.' })),
  appendRecording: args(
    text(MAX_ID, { nonBlank: true, message: 'Expected a run id.' }),
    number(0, MAX_RECORDING_CHUNKS, { integer: true, message: 'Expected a recording chunk number.' }),
    base64Chunk,
    boolean,
  ),
  recordingOf: args(text(MAX_ID, { message: 'Expected a run id.' })),
  showRecording: args(text(MAX_ID, { message: 'Expected a run id.' })),
  openRecording: args(),
  readRecording: args(
    text(MAX_ID, { nonBlank: true, message: 'Expected a recording token.' }),
    number(0, MAX_RECORDING_FILE_BYTES, { integer: true, message: 'Expected a position in the recording.' }),
    number(1, MAX_RECORDING_READ_BYTES, { integer: true, message: 'A recording is read at most 1 MB at a time.' }),
  ),
  closeRecording: args(text(MAX_ID, { nonBlank: true, message: 'Expected a recording token.' })),
  exportRuns: args(),
  setPace: args(nullable(number(MIN_WPM, MAX_WPM, { message: `A pace must be between ${MIN_WPM} and ${MAX_WPM} words per minute.` }))),
  setSoundCue: args(boolean),
  scoreHistory: args(),
  updateSettings: args(settingsChange),
  sectionEvidence: args(text(MAX_ID, { nonBlank: true, message: 'Expected a section id.' })),
  notes: args(),
  runNoteCommand: args(noteCommand),
  compareWith: args(),
  exportReport: args(oneOf(REPORT_FORMATS, `A report is ${REPORT_FORMAT_LIST}.`)),
};
