// The rehearsal run's one schema: the type (shared/rehearsal.ts, shared/voice.ts), the saveRun IPC
// check (main/api/schemas.ts) and the rehearsal store's check on read (main/services/runCheck.ts)
// all come from here, so a field added here is typed, accepted and kept everywhere at once.
import { MAX_ID, MAX_PATH, MAX_TALK_BYTES, MAX_TARGET_MINUTES } from '../limits';
import { VARIANTS } from '../talk';
import { UserError } from '../userError';
import { boolean, epochMillis, list, nullable, number, object, oneOf, optional, record, text, type Check, type Infer } from './check';

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
// A pace point every 10 s and a long pause at most every 2 s: 20,000 of each cover over two days
// of listening, far beyond any rehearsal (the schema refuses more).
/** The most pace points, and long pauses per section, a run's voice figures hold. */
export const MAX_VOICE_POINTS = 20_000;

const seconds = number(0, MAX_RUN_SECONDS);
const words = number(0, MAX_WORDS, { integer: true });

/** A section as rehearsed: its budget and what to show. */
export const rehearsalSection = object({
  id: text(MAX_ID),
  title: text(MAX_TITLE),
  /** Seconds this section may take. */
  budget: seconds,
  words,
  /** Declared with `<!-- minutes: N -->` (a video, an exercise): not speech, so no pace. */
  fixed: boolean,
  /** One line to glance at: the section's first sentence. */
  prompt: text(MAX_PROMPT),
  /** In a slide deck: the slide's number as its tool shows it, so the rehearsal says "Slide 7". */
  slide: optional(text(MAX_ID)),
});

/** What a rehearsal is measured against. */
export const rehearsalPlan = object({
  /** Which talk: its file path, or its name for a dropped talk. */
  talkKey: text(MAX_PATH, { nonBlank: true }),
  talkTitle: text(MAX_TITLE),
  variant: oneOf(VARIANTS),
  /** Target in seconds (the variant's length, or a custom target). */
  target: number(0, MAX_SECONDS),
  sections: list(rehearsalSection, MAX_SECTIONS),
});

// Voice figures: a measured pace above 1,000 words per minute or a pitch spread above 48 semitones
// (four octaves) is no voice.
const voicePace = number(0, 1_000);
const pause = object({ at: seconds, seconds });

/** What the microphone measured in one section of a rehearsal run. */
export const sectionVoice = object({
  /** Seconds the microphone listened in this section. */
  listened: seconds,
  /** Seconds of speaking (gaps under a quarter second included). */
  speaking: seconds,
  /** Seconds of pauses (silences of a quarter second or more). */
  paused: seconds,
  /** Estimated words per minute over the time listened, or null when too little was heard. */
  wpm: nullable(voicePace),
  /** Pauses over two seconds: their start in seconds from the run's start, and their length. */
  longPauses: list(pause, MAX_VOICE_POINTS),
  /** Filled pauses ("uh", "um", "eh", "ehm"): start in seconds from the run's start, and length; absent in runs stored before they were measured. */
  filledPauses: optional(list(pause, MAX_VOICE_POINTS)),
  /** Vocal variety: pitch spread in semitones, or null with too little voiced speech. */
  pitchSpread: nullable(number(0, 48)),
  /** Whether the spread is below the flat-voice threshold. */
  flat: boolean,
});

/** One point of the pace-over-time chart: seconds from the run's start, and the pace then. */
export const pacePoint = object({ at: seconds, sectionId: text(MAX_ID), wpm: voicePace });

/** What the microphone measured in a run; absent when it stayed off. */
export const runVoice = object({
  /** By section id; sections rehearsed with the microphone off are absent. */
  sections: record(sectionVoice, MAX_SECTIONS, MAX_ID),
  pace: list(pacePoint, MAX_VOICE_POINTS),
});

/** One thing the speaker did, at a time in milliseconds on a monotonic clock. */
export const rehearsalEvent = object({
  type: oneOf(['start', 'next', 'previous', 'pause', 'resume', 'end']),
  at: number(0, MAX_MONOTONIC),
});

/** A section's measured time in a run. */
export const sectionResult = object({
  id: text(MAX_ID),
  title: text(MAX_TITLE),
  budget: seconds,
  /** Seconds spoken (pauses excluded). */
  actual: seconds,
  words,
  fixed: boolean,
  reached: boolean,
});

const runShape = object({
  id: text(MAX_ID, { nonBlank: true }),
  plan: rehearsalPlan,
  /** Wall-clock start, for history. */
  startedAt: epochMillis,
  events: list(rehearsalEvent, MAX_EVENTS),
  /** running: in progress; complete: ended by the speaker; incomplete: the app closed mid-run. */
  status: oneOf(['running', 'complete', 'incomplete']),
  /** Seconds spoken in all. */
  total: seconds,
  sections: list(sectionResult, MAX_SECTIONS),
  /** What the microphone measured, when it was on for part of the run (runs before it have none). */
  voice: optional(runVoice),
});

/** A rehearsal run as stored: its plan, its events and, once ended, its results. */
export type RehearsalRun = Infer<typeof runShape>;

/** A rehearsal run, within the limits above: the one check saveRun and the rehearsal store use. */
export const rehearsalRun: Check<RehearsalRun> = (value, at) => {
  const checked = runShape(value, at);
  // The schema bounds the depth; this bounds the size (every string may be long, just not all).
  if (JSON.stringify(checked).length > MAX_RUN_JSON) throw new UserError('bad-request', 'That rehearsal run is too large to save.');
  return checked;
};
