import { HOP_SECONDS } from './activity';
import { MIN_SPACING_SECONDS, PeakPicker } from './peaks';

/**
 * Syllable nuclei as de Jong & Wempe (2009) find them, hop by hop: peaks of a lightly smoothed
 * intensity with a dip on both sides (peaks.ts), loud enough against the recording's own voice
 * level and noise floor (not a fixed level in dBFS), and voiced.
 */

// The intensity is the mean power of the last 2 hops (20 ms). Tuned on human speech
// (scripts/voice-accuracy.mjs, the speech-dev tuning clips): 80 ms of smoothing, chosen on
// espeak-ng, merged the syllables of natural speech (pace 17% low on average); 40 ms came closest
// on the tuning clips at normal speed but merged syllables sped up by sox `tempo 1.2` (the pace
// rose 1.12x); 20 ms keeps tempo changes (1.15-1.16x) at a slightly larger scatter per clip.
const SMOOTH_HOPS = 2;
// de Jong & Wempe's peaks must lie within 25 dB of the recording's loud level (their "silence
// threshold", relative to the 99th percentile); relative, so a soft voice or a far microphone
// counts the same syllables as a loud one. The voice level here is the loudest hop of the last
// 5 s (activity.ts), a few dB over a 99th percentile: 20 dB below it came closest on the tuning
// clips (15 dB lost quiet syllables, 25-30 dB counted breaths and room noise as syllables).
const BELOW_VOICE_DB = 20;
// A nucleus counts when a pitch window within 2 hops (20 ms) of its centre is voiced: de Jong &
// Wempe drop unvoiced peaks (a /s/, a breath, a click).
const VOICING_REACH_HOPS = 2;
const HISTORY = 16;
// Spacing applies to voiced nuclei only: an unvoiced peak just before a vowel must not hide it.
const MIN_SPACING_HOPS = Math.round(MIN_SPACING_SECONDS / HOP_SECONDS);

/** Finds syllable nuclei in a stream of hop levels and voicing decisions. */
export class NucleusFinder {
  private readonly powers: number[] = [];
  private readonly peaks = new PeakPicker(0);
  private readonly voiced: boolean[] = new Array<boolean>(HISTORY).fill(false);
  private readonly pending: number[] = [];
  private hop = 0;
  private lastNucleus = -Infinity;

  /** `voicingLag`: hops from a moment to the end of the pitch window centred on it. */
  constructor(private readonly voicingLag: number) {}

  /**
   * Takes one hop: its level (dBFS), whether its pitch window (ending with this hop) is voiced,
   * whether the hop is audible over the room (ActivityDetector.audible) and the voice's level (dBFS). Returns the hop index (from 0, the first
   * hop pushed) of a nucleus confirmed now, or null.
   */
  push(db: number, voiced: boolean, audible: boolean, voiceDb: number): number | null {
    const hop = this.hop++;
    this.voiced[hop % HISTORY] = voiced;
    this.powers.push(10 ** (db / 10));
    if (this.powers.length > SMOOTH_HOPS) this.powers.shift();
    const envelope = 10 * Math.log10(this.powers.reduce((sum, value) => sum + value, 0) / this.powers.length + 1e-20);
    const loudEnough = audible && envelope >= voiceDb - BELOW_VOICE_DB;
    const peak = this.peaks.push(envelope, hop * HOP_SECONDS, loudEnough);
    // The envelope's centre lies half its smoothing behind the hop it is reported at.
    if (peak !== null) this.pending.push(Math.round(peak / HOP_SECONDS) - Math.floor(SMOOTH_HOPS / 2));
    return this.settle(hop);
  }

  /** A waiting nucleus whose voicing is now known: counted if voiced, else dropped. */
  private settle(hop: number): number | null {
    const next = this.pending[0];
    if (next === undefined || hop < next + this.voicingLag + VOICING_REACH_HOPS) return null;
    this.pending.shift();
    if (next - this.lastNucleus < MIN_SPACING_HOPS) return null;
    for (let at = next + this.voicingLag - VOICING_REACH_HOPS; at <= next + this.voicingLag + VOICING_REACH_HOPS; at++) {
      if (at >= 0 && hop - at < HISTORY && this.voiced[at % HISTORY]) {
        this.lastNucleus = next;
        return next;
      }
    }
    return null;
  }
}
