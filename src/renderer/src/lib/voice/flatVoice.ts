/**
 * The flat-voice threshold, in semitones of pitch spread (the standard deviation of voiced
 * frames' pitch, pitch.ts).
 *
 * Where 0.7 comes from, measured with this code on espeak-ng (English and Dutch, 130 words per
 * minute, the same two sentences, SSML prosody range from x-low to x-high; scripts/voice-accuracy.mjs
 * prints the table): x-low 0.4, low 0.9, medium (espeak's default) 1.4-1.5, high 1.8-1.9,
 * x-high 2.1-2.4 semitones; espeak's default voice on other texts and rates 1.0-1.7. Synthetic
 * speech with its intonation squeezed to x-low is the flat voice; 0.7 lies between it and every
 * default-voice recording with a margin of 0.3 on each side.
 *
 * Published ranges agree on the direction, not on one number: Traunmüller & Eriksson (1995) find
 * the F0 standard deviation, in semitones, alike for men and women and larger the livelier the
 * speech; human read speech varies more than espeak-ng's default voice, which listeners already
 * hear as rather monotone. So a speaker below 0.7 is flatter than a speech synthesizer: the flag
 * is conservative (it names a truly flat voice and rarely a calm one). No published cut-off for
 * "monotone" was checked from here; a study with human recordings should revisit this number.
 */
export const FLAT_BELOW_SEMITONES = 0.7;
