import { HOP_SECONDS } from './activity';

/**
 * Filled pauses ("uh", "um", Dutch "eh", "ehm") found acoustically, after de Jong, Pacilly &
 * Heeren (2021, "Automatic detection of filled pauses"): a hesitation is a long voiced stretch
 * whose pitch, loudness and spectrum hardly move, where spoken syllables glide from consonant to
 * vowel several times a second. The spectrum's steadiness is measured by its brightness (the
 * level of the signal's slope against the signal's own, which follows the formants and the
 * consonants' hiss), not by tracking formants.
 */

// Tuned on hesitations made with espeak-ng (drawn out, on one pitch; men's and women's voices,
// English and Dutch) between the real clips of speech-dev, and on those clips alone for false
// alarms (scripts/voice-accuracy.mjs prints both). speech-dev has no real filled pauses, so the
// numbers below rest on made ones. Checked since on two real "uh"s of a Dutch speaker
// (tests/fixtures/speech): the 550 ms one found at every offset, the 300 ms one at 3 of 5, nothing
// else heard; two are too few to tune on, so the numbers stay.

// The stretch examined for steadiness: 200 ms, a vowel's length (the vowel and the hum of "um"
// are each steady, with a jump in level and spectrum between them that the merging bridges).
const WINDOW_HOPS = 20;
// Steady stretches less than 100 ms apart whose pitch stays within 0.75 semitones of where it
// began are one hesitation ("um", "ehm": a vowel, then a hum). A pitch moving 10 semitones a second
// (intonation on a vowel) leaves that range within 0.1 s.
const MERGE_GAP_SECONDS = 0.1;
const MERGE_PITCH_SEMITONES = 0.75;
// A filled pause lasts 300 ms or more. Hesitations run 200-800 ms and more (Shriberg 1994; de
// Jong et al. 2021); the read vowels of speech-dev made steady stretches of up to 280 ms at their
// own speed (and 300-400 ms in the copies slowed to 0.8x by sox). Shorter "uh"s are missed rather
// than vowels counted; a vowel drawn out on one pitch ("sooo", espeak-ng at 100 words a minute)
// counts as one.
const MIN_SECONDS = 0.3;
// Nearly all of it clearly periodic (pitchy clarity 0.7, pitch.ts, between the 0.3 of a voiced
// syllable and the 0.9 of the pitch spread): a hesitation is a clean vowel or hum; a frame or two
// may miss (a glottal wobble).
/** The clarity a hop's pitch window needs to count as periodic here. */
export const MIN_CLARITY = 0.7;
const MIN_VOICED_SHARE = 0.85;
// Of those, at least 30% with a pitch in a voice's range: a low voice's windows slip to a
// subharmonic under 60 Hz (pitchy on espeak-ng's 89 Hz voice: most frames of a hesitation), and
// those frames say nothing about steadiness.
const MIN_PITCHED_SHARE = 0.3;
// One pitch: the spread (standard deviation) within 1 semitone (a hesitation's pitch drifts by
// about a semitone; 0.5-1 made no difference on the material above).
const MAX_PITCH_SPREAD = 1;
// One loudness: every hop within 10 dB of the loudest (espeak-ng's hesitations swell and fade by
// 8-10 dB within 200 ms; at 6 dB half of them were missed, with no fewer false alarms).
const MAX_LEVEL_RANGE_DB = 10;
// One spectrum: brightness within 1 dB (standard deviation) over 200 ms; consonants and vowel
// changes move it by 5-15 dB. 1.5 dB let two drawn-out read words of speech-dev through, 1 dB none,
// with every made hesitation still found.
const MAX_BRIGHTNESS_SPREAD_DB = 1;

/** A filled pause: its start and length in seconds of the run. */
export interface FilledPause {
  at: number;
  seconds: number;
}

/** The brightness of a hop in dB: the level of its sample-to-sample slope against its own level. */
export function brightnessDb(samples: Float32Array): number {
  let level = 0;
  let slope = 0;
  for (let i = 1; i < samples.length; i++) {
    level += samples[i]! * samples[i]!;
    slope += (samples[i]! - samples[i - 1]!) ** 2;
  }
  return level > 0 ? 10 * Math.log10(slope / level + 1e-12) : 0;
}

/** One hop as the finder sees it. */
export interface VoiceHop {
  /** Run time in seconds. */
  at: number;
  /** Level in dBFS. */
  db: number;
  /** Whether the pitch window is clearly periodic (clarity at least MIN_CLARITY), whatever its pitch. */
  periodic: boolean;
  /** Pitch in semitones when in a voice's range, else null (an octave slip below 60 Hz). */
  semitone: number | null;
  /** brightnessDb of the hop. */
  brightness: number;
}

interface Stretch {
  at: number;
  end: number;
  pitch: number;
}

/** Follows the voice hop by hop and reports the long steady voiced stretches. */
export class FilledPauseFinder {
  private readonly hops: VoiceHop[] = [];
  /** The steady stretch (merged) that may still grow. */
  private held: Stretch | null = null;

  /** Takes the next hop; returns a filled pause that just ended. */
  push(hop: VoiceHop): FilledPause | null {
    const at = hop.at;
    this.hops.push(hop);
    if (this.hops.length > WINDOW_HOPS) this.hops.shift();
    const pitch = this.hops.length === WINDOW_HOPS ? steadyPitch(this.hops) : null;
    const held = this.held;
    if (pitch === null) return held && at - held.end > MERGE_GAP_SECONDS ? this.end() : null;
    const start = this.hops[0]!.at;
    const end = at + HOP_SECONDS;
    if (held && start - held.end <= MERGE_GAP_SECONDS && Math.abs(pitch - held.pitch) <= MERGE_PITCH_SEMITONES) {
      held.end = end;
      return null;
    }
    const found = this.end();
    // A window that overlaps the stretch just ended (its pitch drifted out of range) starts where
    // that one ended, so one sound is not counted twice: a real Dutch "uh" that fell 1.5 semitones
    // in half a second was (tests/fixtures/speech/README.md).
    this.held = { at: held && start < held.end ? held.end : start, end, pitch };
    return found;
  }

  /** Ends the held stretch (the microphone stopped, a new stretch began); returns it if it was a filled pause. */
  end(): FilledPause | null {
    const held = this.held;
    this.held = null;
    return held && held.end - held.at >= MIN_SECONDS ? { at: held.at, seconds: held.end - held.at } : null;
  }
}

/** The hops' mean pitch when they are one steady voiced sound, else null. */
function steadyPitch(hops: readonly VoiceHop[]): number | null {
  if (hops.filter((hop) => hop.periodic).length < MIN_VOICED_SHARE * hops.length) return null;
  const pitches = hops.flatMap((hop) => (hop.periodic && hop.semitone !== null ? [hop.semitone] : []));
  if (pitches.length < MIN_PITCHED_SHARE * hops.length) return null;
  let loudest = -Infinity;
  let quietest = Infinity;
  for (const hop of hops) {
    loudest = Math.max(loudest, hop.db);
    quietest = Math.min(quietest, hop.db);
  }
  if (loudest - quietest > MAX_LEVEL_RANGE_DB) return null;
  const steady = spread(pitches) <= MAX_PITCH_SPREAD && spread(hops.map((hop) => hop.brightness)) <= MAX_BRIGHTNESS_SPREAD_DB;
  return steady ? pitches.reduce((sum, value) => sum + value, 0) / pitches.length : null;
}

function spread(values: readonly number[]): number {
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  return Math.sqrt(values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / values.length);
}
