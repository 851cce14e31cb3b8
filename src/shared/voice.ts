/** What the microphone measured in one section of a rehearsal run. */
export interface SectionVoice {
  /** Seconds the microphone listened in this section. */
  listened: number;
  /** Seconds of speaking (gaps under a quarter second included). */
  speaking: number;
  /** Seconds of pauses (silences of a quarter second or more). */
  paused: number;
  /** Estimated words per minute over the time listened, or null when too little was heard. */
  wpm: number | null;
  /** Pauses over two seconds: their start in seconds from the run's start, and their length. */
  longPauses: { at: number; seconds: number }[];
  /** Filled pauses ("uh", "um", "eh", "ehm"): start in seconds from the run's start, and length; absent in runs stored before they were measured. */
  filledPauses?: { at: number; seconds: number }[];
  /** Vocal variety: pitch spread in semitones, or null with too little voiced speech. */
  pitchSpread: number | null;
  /** Whether the spread is below the flat-voice threshold. */
  flat: boolean;
}

/** One point of the pace-over-time chart: seconds from the run's start, and the pace then. */
export interface PacePoint {
  at: number;
  sectionId: string;
  wpm: number;
}

/** What the microphone measured in a run; absent when it stayed off. */
export interface RunVoice {
  /** By section id; sections rehearsed with the microphone off are absent. */
  sections: Record<string, SectionVoice>;
  pace: PacePoint[];
}

// A pace point every 10 s and a long pause at most every 2 s: 20,000 of each cover over two days
// of listening, far beyond any rehearsal (the IPC schema refuses more).
/** The most pace points, and long pauses per section, a run's voice figures hold. */
export const MAX_VOICE_POINTS = 20_000;

/** The run's measured pace over all sections heard (weighted by time listened), or null when none had one. */
export function measuredPace(voice: RunVoice): number | null {
  let words = 0;
  let minutes = 0;
  for (const section of Object.values(voice.sections)) {
    if (section.wpm === null) continue;
    words += section.wpm * (section.listened / 60);
    minutes += section.listened / 60;
  }
  return minutes > 0 ? Math.round(words / minutes) : null;
}
