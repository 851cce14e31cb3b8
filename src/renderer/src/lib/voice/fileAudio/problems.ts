/** Why a recording could not be analysed: each has a sentence in the CLI and in the app (en, nl). */
export type AudioProblemCode =
  'empty' | 'not-audio' | 'unsupported' | 'too-long' | 'long-compressed' | 'too-large' | 'silent' | 'damaged' | 'timeout' | 'cancelled';

/** What was wrong with a recording that could still be analysed. */
export type AudioWarning = 'clipped' | 'truncated';

/** A recording that cannot be analysed, with the reason as a code (the words depend on where it shows). */
export class AudioProblem extends Error {
  constructor(
    readonly code: AudioProblemCode,
    /** For 'unsupported': the format found (e.g. "M4A/AAC"); for 'too-long': the minutes. */
    readonly detail = '',
  ) {
    super(PROBLEM_TEXT[code](detail));
    this.name = 'AudioProblem';
  }
}

/** The formats `sticky voice` decodes, as said in its help. */
export const CLI_FORMATS = 'WAV (PCM 8/16/24/32-bit, 32/64-bit float), MP3, Ogg Vorbis, Ogg Opus, FLAC';

/** The English sentence for each problem (the CLI's; the app has its own in en.ts and nl.ts). */
export const PROBLEM_TEXT: Record<AudioProblemCode, (detail: string) => string> = {
  empty: () => 'the recording holds no sound: the file is empty or ends before its first sample.',
  'not-audio': () => `this is not an audio file Sticky can read (it reads ${CLI_FORMATS}).`,
  unsupported: (format) => `${format || 'this audio format'} cannot be decoded here; convert it to ${CLI_FORMATS}.`,
  'too-long': (minutes) => `the recording is ${minutes} minutes long; Sticky analyses up to 180 minutes, as long as a rehearsal can run.`,
  'long-compressed': (minutes) =>
    `the recording is ${minutes} minutes long; the app decodes compressed recordings up to 90 minutes: convert a longer one to WAV, or use \`sticky voice\`.`,
  'too-large': () => 'the file is larger than Sticky reads for a recording (2 GB).',
  silent: () => 'no speech found in the recording: it is silent, or too quiet to hear a voice.',
  damaged: () => 'the recording is damaged: its audio could not be decoded.',
  timeout: () => 'decoding and analysing the recording took longer than 15 minutes, so Sticky stopped.',
  cancelled: () => 'the analysis was cancelled.',
};

/** The English sentence for each warning. */
export const WARNING_TEXT: Record<AudioWarning, string> = {
  clipped: 'the recording is clipped (distorted: too loud for the microphone), so the figures may be off.',
  truncated: 'the file ends early (cut off): only the part that is there was analysed.',
};
