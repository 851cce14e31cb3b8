import { PitchDetector } from 'pitchy';

/**
 * Voice pitch with pitchy (McLeod's pitch method) and vocal variety as the spread of pitch in
 * semitones: a spread in semitones is the same for low and high voices (Traunmüller & Eriksson
 * 1995, "The frequency range of the voice fundamental in the speech of male and female adults").
 */

// Speaking voices lie between about 60 Hz (a low male voice at a phrase end) and 500 Hz (a high
// female or child voice raised); outside that a "pitch" is noise or an octave error.
const MIN_PITCH_HZ = 60;
const MAX_PITCH_HZ = 500;
// pitchy's clarity is the normalised autocorrelation peak (0-1): a steady tone measures about 1
// and white noise stays far below 0.9 (tests/unit/voice/analysis.test.ts); 0.9 keeps clearly
// periodic frames only, since breathy and noisy frames give unreliable pitches.
/** The clarity a window needs for its pitch to count in the spread. */
export const MIN_CLARITY = 0.9;
// Whether a window is voiced at all (for syllable nuclei, nuclei.ts) asks less: Praat's voicing
// threshold is 0.45 by default and de Jong & Wempe's script lowers it to 0.25; on the speech-dev
// tuning clips pitchy's clarity of 0.3 kept the most syllables (0.5 lost 2-5% of the pace).
const VOICED_CLARITY = 0.3;

/** The analysis window for pitch at a sample rate: the power of two of at least 40 ms (two periods of 60 Hz plus). */
export function pitchWindowSize(sampleRate: number): number {
  return 2 ** Math.ceil(Math.log2(sampleRate * 0.04));
}

/** Finds the pitch of windows of one fixed size. */
export class PitchTracker {
  private readonly detector: PitchDetector<Float32Array>;

  constructor(
    readonly windowSize: number,
    private readonly sampleRate: number,
  ) {
    this.detector = PitchDetector.forFloat32Array(windowSize);
  }

  /** The window's pitch in Hz, or null when it is not clearly voiced speech. */
  pitchOf(window: Float32Array): number | null {
    const { hz, clarity } = this.analyse(window);
    return clarity >= MIN_CLARITY ? hz : null;
  }

  /** The window's pitch in a voice's range (else null) and how clearly periodic it is (0-1). */
  analyse(window: Float32Array): { hz: number | null; clarity: number } {
    const [pitch, clarity] = this.detector.findPitch(window, this.sampleRate);
    return { hz: pitch >= MIN_PITCH_HZ && pitch <= MAX_PITCH_HZ ? pitch : null, clarity };
  }
}

/** Whether an analysed window is voiced enough to hold a syllable's vowel. */
export function isVoiced(result: { hz: number | null; clarity: number }): boolean {
  return result.hz !== null && result.clarity >= VOICED_CLARITY;
}

/** A pitch in semitones above 100 Hz (any fixed reference would do: only differences are used). */
export function semitones(hz: number): number {
  return 12 * Math.log2(hz / 100);
}

/** The standard deviation of values, or null for fewer than two. */
function standardDeviation(values: readonly number[]): number | null {
  if (values.length < 2) return null;
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  return Math.sqrt(values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (values.length - 1));
}

// Fewer than 50 voiced frames (one second of voiced speech at a 20 ms step) say nothing about a
// voice's range.
const MIN_VOICED_FRAMES = 50;
// An octave jump of the detector is an error, not intonation: frames more than 12 semitones from
// the median are left out before the spread is taken.
const OCTAVE = 12;

/** Vocal variety: the standard deviation of voiced frames' pitch in semitones, or null with too little voiced speech. */
export function pitchSpread(semitoneValues: readonly number[]): number | null {
  if (semitoneValues.length < MIN_VOICED_FRAMES) return null;
  const sorted = [...semitoneValues].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  return standardDeviation(sorted.filter((value) => Math.abs(value - median) <= OCTAVE));
}
