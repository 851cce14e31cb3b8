/**
 * Energy-based voice activity: each 10 ms hop's level in dBFS against a noise floor that follows
 * the quietest moments of the last few seconds, so a fan or a busy room raises the bar by itself.
 */

/** Length of one analysis hop in seconds: 10 ms, the usual frame step of speech analysis. */
export const HOP_SECONDS = 0.01;

// Digital silence has no level in decibels; -100 dBFS is far below any microphone's own noise.
/** The level reported for silence. */
export const SILENCE_DB = -100;

/** The root-mean-square level of samples in dBFS (0 for a full-scale square wave). */
export function levelDb(samples: Float32Array, from = 0, to = samples.length): number {
  let sum = 0;
  for (let i = from; i < to; i++) sum += samples[i]! * samples[i]!;
  const rms = Math.sqrt(sum / Math.max(1, to - from));
  return rms > 0 ? Math.max(SILENCE_DB, 20 * Math.log10(rms)) : SILENCE_DB;
}

// The floor is the lowest hop of the last 3 s: speech leaves gaps (stops, breaths, word ends)
// well inside 3 s, so the minimum is the room's own level, not the voice (the minimum-statistics
// idea of Martin 2001, in its simplest form). It is kept as 30 minima of 100 ms blocks.
const FLOOR_BLOCK_HOPS = 10;
const FLOOR_BLOCKS = 30;
// Speech is louder than the floor by 12 dB or more: a voice at a normal distance from a laptop's
// microphone is 20-40 dB above a quiet room, and 12 dB keeps a breath or a chair out.
const SPEECH_ABOVE_FLOOR_DB = 12;
// And never below -60 dBFS: with a perfectly silent input (a file, a muted line) the floor is
// -100 dBFS and dither alone would count as speech.
const MIN_SPEECH_DB = -60;

/** Decides hop by hop whether the input is speech; keeps its own noise floor. */
export class ActivityDetector {
  private readonly blockMinima: number[] = [];
  private currentMin = Infinity;
  private hopsInBlock = 0;

  /** The noise floor in dBFS (the silence level before any input). */
  get floor(): number {
    const minima = this.hopsInBlock > 0 ? [...this.blockMinima, this.currentMin] : this.blockMinima;
    return minima.length > 0 ? Math.min(...minima) : SILENCE_DB;
  }

  /** The level a hop must reach to count as speech. */
  get threshold(): number {
    return Math.max(MIN_SPEECH_DB, this.floor + SPEECH_ABOVE_FLOOR_DB);
  }

  /** Takes one hop's level; returns whether it is speech. */
  push(db: number): boolean {
    this.currentMin = Math.min(this.currentMin, db);
    if (++this.hopsInBlock === FLOOR_BLOCK_HOPS) {
      this.blockMinima.push(this.currentMin);
      if (this.blockMinima.length > FLOOR_BLOCKS) this.blockMinima.shift();
      this.currentMin = Infinity;
      this.hopsInBlock = 0;
    }
    return db >= this.threshold;
  }
}
