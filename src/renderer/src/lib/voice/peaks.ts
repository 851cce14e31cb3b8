/**
 * Syllable nuclei from the energy envelope, found as the stream goes: each syllable is a peak of
 * loudness (its vowel) with a dip on both sides, after de Jong & Wempe (2009, "Praat script to
 * detect syllable nuclei and measure speech rate automatically", Behavior Research Methods 41).
 */

// A peak must rise DIP_DB above the valley before it and fall DIP_DB after it: de Jong & Wempe use
// a 2 dB dip; on the human speech of speech-dev (scripts/voice-accuracy.mjs), with the 20 ms
// intensity of nuclei.ts, 1-2 dB split vowels in two and 3 dB came closest, and it leaves room
// for a noisy room's flicker.
const DIP_DB = 3;
// Read speech runs at about 4-6 syllables a second and even fast speech stays well under 16:
// nuclei closer than 60 ms are one syllable (100 ms lost syllables of speech sped up 1.2x, and
// 60 ms came closest on the speech-dev tuning clips).
/** The shortest time between two syllable nuclei, in seconds. */
export const MIN_SPACING_SECONDS = 0.06;
// Times are sums of 10 ms hops: half a millisecond absorbs their rounding (0.35 - 0.29 < 0.06).
const TIME_SLACK_SECONDS = 0.0005;

/** Counts syllable nuclei in a stream of envelope values (dB), one per hop. */
export class PeakPicker {
  private rising = true;
  /** The lowest value since the last peak (falling) or before the candidate (rising). */
  private valley = Infinity;
  private candidate = -Infinity;
  private candidateAt = 0;
  private candidateCounts = false;
  private lastPeakAt = -Infinity;

  /** `minSpacing`: seconds a peak must follow the last counted one (0 when the caller spaces them itself). */
  constructor(private readonly minSpacing = MIN_SPACING_SECONDS) {}

  /**
   * Takes the envelope at time `at` (seconds) and whether a peak there may count (it is speech);
   * returns the time of a syllable nucleus confirmed by this value's dip, or null.
   */
  push(db: number, at: number, mayCount: boolean): number | null {
    if (!this.rising) {
      this.valley = Math.min(this.valley, db);
      if (db - this.valley >= DIP_DB) this.startCandidate(db, at, mayCount);
      return null;
    }
    if (db > this.candidate) this.startCandidate(db, at, mayCount);
    if (this.candidate - db >= DIP_DB) {
      if (this.candidate - this.valley >= DIP_DB) return this.confirm(db);
      this.valley = db;
      this.startCandidate(db, at, mayCount);
    } else if (db < this.valley) {
      // A new low before any prominent rise: the search starts again from here.
      this.valley = db;
      this.startCandidate(db, at, mayCount);
    }
    return null;
  }

  /** Forgets the envelope so far (the microphone stopped): no peak spans a gap. */
  reset(): void {
    this.rising = true;
    this.valley = Infinity;
    this.candidate = -Infinity;
  }

  private startCandidate(db: number, at: number, mayCount: boolean): void {
    this.rising = true;
    this.candidate = db;
    this.candidateAt = at;
    this.candidateCounts = mayCount;
  }

  private confirm(db: number): number | null {
    const at = this.candidateAt;
    const counts = this.candidateCounts && at - this.lastPeakAt >= this.minSpacing - TIME_SLACK_SECONDS;
    this.rising = false;
    this.valley = db;
    this.candidate = -Infinity;
    if (!counts) return null;
    this.lastPeakAt = at;
    return at;
  }
}
