import { isAbsolute } from 'node:path';
import { REPORT_FORMAT_LIST, REPORT_FORMATS, type ApiArgs, type InvokeMethod } from '../../shared/api';
import {
  AUDIENCES,
  MAX_TARGET_MINUTES,
  MAX_WPM,
  MIN_TARGET_MINUTES,
  MIN_WPM,
  TALK_LANGUAGE_CHOICES,
  THEMES,
  UI_LANGUAGES,
} from '../../shared/limits';
import {
  MAX_RECORDING_CHUNK_BASE64,
  MAX_RECORDING_CHUNK_BYTES,
  MAX_RECORDING_SECONDS,
  RECORDING_BYTES_PER_SAMPLE,
  RECORDING_RATE,
} from '../../shared/recording';
import type { RehearsalRun } from '../../shared/rehearsal';
import { MAX_AUTHOR_CHARS } from '../../shared/settings';
import { VARIANTS } from '../../shared/talk';
import { MAX_RECORDING_FILE_BYTES, MAX_RECORDING_READ_BYTES } from '../../shared/recordingFile';
import { MAX_VOICE_POINTS } from '../../shared/voice';
import { UserError } from '../services/userError';
import { noteCommand } from './noteSchemas';
import { MAX_TALK_BYTES } from '../services/talkFiles';
import {
  args,
  boolean,
  epochMillis,
  list,
  nullable,
  number,
  object,
  oneOf,
  optional,
  record,
  text,
  type Check,
} from '../../shared/schema/check';

// Windows' extended-length paths go up to 32,767 characters, the longest path any platform takes.
const MAX_PATH = 32_767;
// File names are at most 255 bytes on every file system Sticky runs on; 1,024 leaves room for UTF-16.
const MAX_NAME = 1_024;
// Section ids are slugs cut at 60 characters (engine/talk/tokens.ts) plus a "-N" suffix; run ids
// are about 20. 200 is ample for both.
const MAX_ID = 200;
// Headings are one line; 2,000 characters is a paragraph, far beyond any real section title.
const MAX_TITLE = 2_000;
// Prompts are cut at 140 characters by the engine; 1,000 leaves room without trusting that.
const MAX_PROMPT = 1_000;
// The longest target rehearsalPlan allows, in seconds.
const MAX_SECONDS = MAX_TARGET_MINUTES * 60;
// Budgets and actual times are seconds; a run left running over a weekend is still under a week.
const MAX_RUN_SECONDS = 7 * 24 * 3600;
// A 20,000-heading talk is the audit's stress case; a rehearsal plan never has more sections.
const MAX_SECTIONS = 20_000;
// performance.now() after a year of uptime is 3.2e10 ms; 1e12 is over 30 years.
const MAX_MONOTONIC = 1e12;
// One key press per second for a three-hour rehearsal is 10,800 events; 20,000 is beyond that.
const MAX_EVENTS = 20_000;
// The biggest word count a 5 MB talk can hold (one-letter words and spaces).
const MAX_WORDS = MAX_TALK_BYTES / 2;
/** The largest rehearsal run saveRun accepts, as JSON: a 60-minute talk's run is ~30 KB. */
export const MAX_RUN_JSON = 2 * 1024 * 1024;

const WPM_MESSAGE = `A speaking rate must be between ${MIN_WPM} and ${MAX_WPM} words per minute.`;
const THEME = oneOf(THEMES, `Theme must be ${THEMES.join(', ')}.`);
const path = text(MAX_PATH, { nonBlank: true, message: 'Expected a file path as text.' });
const seconds = number(0, MAX_RUN_SECONDS);
const words = number(0, MAX_WORDS, { integer: true });

const plan = object({
  talkKey: text(MAX_PATH, { nonBlank: true }),
  talkTitle: text(MAX_TITLE),
  variant: oneOf(VARIANTS),
  target: number(0, MAX_SECONDS),
  sections: list(
    object({
      id: text(MAX_ID),
      title: text(MAX_TITLE),
      budget: seconds,
      words,
      fixed: boolean,
      prompt: text(MAX_PROMPT),
      slide: optional(text(MAX_ID)),
    }),
    MAX_SECTIONS,
  ),
});

// Voice figures (shared/voice.ts, with their MAX_VOICE_POINTS): a measured pace above 1,000 words
// per minute or a pitch spread above 48 semitones (four octaves) is no voice.
const voicePace = number(0, 1_000);
const voice = object({
  sections: record(
    object({
      listened: seconds,
      speaking: seconds,
      paused: seconds,
      wpm: nullable(voicePace),
      longPauses: list(object({ at: seconds, seconds }), MAX_VOICE_POINTS),
      filledPauses: optional(list(object({ at: seconds, seconds }), MAX_VOICE_POINTS)),
      pitchSpread: nullable(number(0, 48)),
      flat: boolean,
    }),
    MAX_SECTIONS,
    MAX_ID,
  ),
  pace: list(object({ at: seconds, sectionId: text(MAX_ID), wpm: voicePace }), MAX_VOICE_POINTS),
});

const run = object({
  id: text(MAX_ID, { nonBlank: true }),
  plan,
  startedAt: epochMillis,
  events: list(object({ type: oneOf(['start', 'next', 'previous', 'pause', 'resume', 'end']), at: number(0, MAX_MONOTONIC) }), MAX_EVENTS),
  status: oneOf(['running', 'complete', 'incomplete']),
  total: seconds,
  sections: list(
    object({ id: text(MAX_ID), title: text(MAX_TITLE), budget: seconds, actual: seconds, words, fixed: boolean, reached: boolean }),
    MAX_SECTIONS,
  ),
  voice: optional(voice),
});

/** A rehearsal run as saveRun accepts it: the shape of RehearsalRun, within the limits above. */
export const rehearsalRun: Check<RehearsalRun> = (value, at) => {
  const checked = run(value, at) as RehearsalRun;
  // The schema bounds the depth; this bounds the size (every string may be long, just not all).
  if (JSON.stringify(checked).length > MAX_RUN_JSON) throw new UserError('bad-request', 'That rehearsal run is too large to save.');
  return checked;
};

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

const settingsChange = object({
  theme: optional(THEME),
  uiLanguage: optional(oneOf(UI_LANGUAGES, `The interface language must be ${UI_LANGUAGES.join(', ')}.`)),
  microphone: optional(boolean),
  keepRecording: optional(boolean),
  author: optional(text(MAX_AUTHOR_CHARS, { message: `A name must be at most ${MAX_AUTHOR_CHARS} characters.` })),
  talkDefaults: optional(
    object({
      wpm: nullable(number(MIN_WPM, MAX_WPM, { message: WPM_MESSAGE })),
      audience: oneOf(AUDIENCES, `The audience must be ${AUDIENCES.join(', ')}.`),
      lang: oneOf(TALK_LANGUAGE_CHOICES, `The language must be ${TALK_LANGUAGE_CHOICES.join(', ')}.`),
    }),
  ),
});

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
  setTheme: args(THEME),
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
