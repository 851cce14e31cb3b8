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
