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

/** The lowest or highest of the last few seconds of hop levels, kept as extremes of 100 ms blocks. */
class SlidingExtreme {
  private readonly blocks: number[] = [];
  private current: number;
  private hopsInBlock = 0;

  /** `pick` is Math.min or Math.max, `none` its neutral value (Infinity for min, -Infinity for max). */
  constructor(
    private readonly pick: (a: number, b: number) => number,
    private readonly none: number,
    private readonly blockCount: number,
  ) {
    this.current = none;
  }

  push(db: number): void {
    this.current = this.pick(this.current, db);
    if (++this.hopsInBlock < BLOCK_HOPS) return;
    this.blocks.push(this.current);
    if (this.blocks.length > this.blockCount) this.blocks.shift();
    this.current = this.none;
    this.hopsInBlock = 0;
  }

  /** The extreme so far, or `empty` before any hop. */
  value(empty: number): number {
    let extreme = this.current;
    for (const block of this.blocks) extreme = this.pick(extreme, block);
    return extreme === this.none ? empty : extreme;
  }
}

const BLOCK_HOPS = 10;
// The floor is the lowest hop of the last 3 s: speech leaves gaps (stops, breaths, word ends)
// well inside 3 s, so the minimum is the room's own level, not the voice (the minimum-statistics
// idea of Martin 2001, in its simplest form).
const FLOOR_BLOCKS = 30;
// The voice's level is the loudest hop of the last 5 s, so a pause of a few seconds keeps it.
const VOICE_BLOCKS = 50;
// Speech must rise above the floor by half the distance from floor to voice, at least 6 dB (a
// steady room's level flickers by a few dB from hop to hop) and at most 12 dB (a voice at a
// normal distance from a laptop's microphone is 20-40 dB above a quiet room; 12 dB keeps a breath
// or a chair out). Halfway keeps the quiet ends of words in a noisy room, where a fixed 12 dB
// turned much of the speech into pauses (scripts/voice-accuracy.mjs, speech in noise).
const MIN_MARGIN_DB = 6;
const MAX_MARGIN_DB = 12;
// And never below -60 dBFS: with a perfectly silent input (a file, a muted line) the floor is
// -100 dBFS and dither alone would count as speech.
const MIN_SPEECH_DB = -60;
// A syllable nucleus may count 3 dB over the room (the nucleus' own dip size, peaks.ts), below the
// speech margin: in white noise at 10 dB signal-to-noise, gating nuclei on the speech decision lost
// 27-37% of the pace, this gate 4-5% (scripts/voice-accuracy.mjs). No fixed level in dBFS: a voice
// peaking at -41 dBFS counts the syllables it counts at -6 dBFS.
const ABOVE_FLOOR_DB = 3;
// Below -90 dBFS a hop is digital silence (an OS noise gate between phrases, a file's padding),
// not the room: it stays out of the floor, or the floor would fall to -100 dBFS and the hiss
// around the voice would count as speech.
/** The level below which a hop is digital silence, in dBFS. */
export const DIGITAL_SILENCE_DB = -90;

/** Decides hop by hop whether the input is speech; keeps its own noise floor and voice level. */
export class ActivityDetector {
  private readonly lows = new SlidingExtreme(Math.min, Infinity, FLOOR_BLOCKS);
  private readonly highs = new SlidingExtreme(Math.max, -Infinity, VOICE_BLOCKS);

  /** The noise floor in dBFS (the silence level before any input). */
  get floor(): number {
    return this.lows.value(SILENCE_DB);
  }

  /** The level a hop must reach to count as speech. */
  get threshold(): number {
    const floor = this.floor;
    const margin = Math.min(MAX_MARGIN_DB, Math.max(MIN_MARGIN_DB, (this.voice - floor) / 2));
    return Math.max(MIN_SPEECH_DB, floor + margin);
  }

  /** Whether a hop could hold a syllable's vowel: over digital silence and 3 dB over the room (the dip size, peaks.ts). */
  audible(db: number): boolean {
    return db > DIGITAL_SILENCE_DB && db >= this.floor + ABOVE_FLOOR_DB;
  }

  /** The voice's level: the loudest hop of the last few seconds (the silence level before any input). */
  get voice(): number {
    return this.highs.value(SILENCE_DB);
  }

  /** Takes one hop's level; returns whether it is speech. */
  push(db: number): boolean {
    this.lows.push(db > DIGITAL_SILENCE_DB ? db : Infinity);
    this.highs.push(db);
    return db >= this.threshold;
  }
}
