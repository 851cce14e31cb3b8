/**
 * Filled-pause figures for scripts/voice-accuracy.mjs: the speech-dev clips of a language joined
 * with a hesitation after each ("uh"/"um" in English, "eh"/"ehm" in Dutch, made by espeak-ng drawn
 * out and on one pitch, men's and women's voices, 0.4-0.7 s), and the clips alone. speech-dev has
 * no real annotated filled pauses: the found share is on made ones, the false alarms on real speech.
 */
import { measureSection } from '../../tests/unit/voice/measure';
import { audibleSpan, join16k, speak, SPEECH_RATE } from '../../tests/unit/voice/speech';
import { decode, humanClips, resample } from './human';

const FILLERS = {
  en: { voices: ['en', 'en+f3'], words: ['uh', 'um'] },
  nl: { voices: ['nl', 'nl+f2'], words: ['eh', 'ehm'] },
} as const;

/** A made hesitation, trimmed to its sound and 6 dB under a peak level. */
function filler(voice: string, word: string, peak: number): Float32Array {
  const samples = speak({ text: word, voice, speed: 130, range: 'x-low', ratePercent: 15 });
  const { start, end } = audibleSpan(samples);
  const sound = samples.slice(Math.round(start * SPEECH_RATE), Math.round(end * SPEECH_RATE));
  const own = sound.reduce((max, sample) => Math.max(max, Math.abs(sample)), 0);
  return sound.map((sample) => (sample / own) * peak * 0.5);
}

/** One row of the filled-pause table. */
export interface FillerRow {
  lang: string;
  kHz: number;
  made: number;
  found: number;
  falseAlarms: number;
  /** False alarms on the clips alone (no made hesitations), and their total length in seconds. */
  falseOnClips: number;
  clipSeconds: number;
}

const overlaps = (a: { at: number; seconds: number }, b: { at: number; seconds: number }): boolean =>
  a.at < b.at + b.seconds && b.at < a.at + a.seconds;

/** Made hesitations found and false alarms, per language, at 16 and 48 kHz. */
export function fillerRows(dir: string): FillerRow[] {
  return (['en', 'nl'] as const).flatMap((lang) => {
    const clips = humanClips(dir).filter((clip) => clip.lang === lang && !clip.clip.includes('tempo'));
    const parts: (Float32Array | number)[] = [];
    const truth: { at: number; seconds: number }[] = [];
    let at = 0;
    clips.forEach((clip, index) => {
      const samples = decode(clip.path, SPEECH_RATE);
      const peak = samples.reduce((max, sample) => Math.max(max, Math.abs(sample)), 0);
      const made = filler(FILLERS[lang].voices[index % 2]!, FILLERS[lang].words[Math.floor(index / 2) % 2]!, peak);
      truth.push({ at: at + samples.length / SPEECH_RATE + 0.15, seconds: made.length / SPEECH_RATE });
      parts.push(samples, 0.15, made, 0.15);
      at += samples.length / SPEECH_RATE + 0.3 + made.length / SPEECH_RATE;
    });
    const mix = join16k(...parts);
    const text = clips.map((clip) => clip.transcript).join(' ');
    return [16_000, 48_000].map((rate) => {
      const found = measureSection(rate === SPEECH_RATE ? mix : resample(mix, SPEECH_RATE, rate), text, lang, rate).filledPauses ?? [];
      const alone = clips.map((clip) => measureSection(decode(clip.path, rate), clip.transcript, lang, rate).filledPauses ?? []);
      return {
        lang,
        kHz: rate / 1000,
        made: truth.length,
        found: truth.filter((pause) => found.some((heard) => overlaps(pause, heard))).length,
        falseAlarms: found.filter((heard) => !truth.some((pause) => overlaps(pause, heard))).length,
        falseOnClips: alone.flat().length,
        clipSeconds: Math.round(clips.reduce((sum, clip) => sum + clip.seconds, 0)),
      };
    });
  });
}
