/**
 * The flat-voice threshold, in semitones of pitch spread (the standard deviation of voiced
 * frames' pitch, pitch.ts).
 *
 * Where 0.6 comes from: measured with this code on espeak-ng, English and Dutch, 130 words per
 * minute, two texts each, the SSML prosody range set from x-low to x-high (`node
 * scripts/voice-accuracy.mjs` prints the table): x-low 0.3-0.4, low 0.7-0.9, medium (espeak's own
 * intonation) 1.1-1.7, high 1.3-2.0, x-high 1.5-2.6 semitones; espeak's own intonation at 100 and
 * 160 words per minute 1.0-1.6. The squeezed x-low voice is the flat one; 0.6 lies above all of it
 * and below every other recording, with 0.1-0.2 to spare on each side for the detector's noise.
 *
 * Published figures agree on the direction, not on one cut-off: Traunmüller & Eriksson (1995, "The
 * frequency range of the voice fundamental in the speech of male and female adults") find the F0
 * standard deviation in semitones alike for men and women and larger the livelier the speech.
 * Human read speech varies more than espeak-ng's own intonation, which listeners already hear as
 * rather monotone, so a speaker below 0.6 is flatter than a speech synthesizer: the flag names a
 * truly flat voice and rarely a calm one. No published cut-off for "monotone" was checked from
 * here; recordings of real speakers should revisit this number.
 */
export const FLAT_BELOW_SEMITONES = 0.6;
