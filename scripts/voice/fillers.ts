/**
 * Filled-pause figures for scripts/voice-accuracy.mjs: the speech-dev clips of a language joined
 * with a hesitation after each ("uh"/"um" in English, "eh"/"ehm" in Dutch, made by espeak-ng drawn
 * out and on one pitch, men's and women's voices, 0.4-0.7 s), and the clips alone. speech-dev has
 * no real annotated filled pauses: the found share is on made ones, the false alarms on real speech.
 * Real hesitations located by hand (a manifest's filler_times column) are counted by realFillerRows.
 */
import { measureSection } from '../../tests/unit/voice/measure';
import { audibleSpan, join16k, speak, SPEECH_RATE } from '../../tests/unit/voice/speech';
import { decode, humanClips, resample, type HumanClip } from './human';

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

/** One row of the table of real, located filled pauses. */
export interface RealFillerRow {
  clip: string;
  lang: string;
  kHz: number;
  /** Located filled pauses times the offsets each clip is measured at. */
  fillers: number;
  found: number;
  falseAlarms: number;
}

// Each clip measured at five offsets to the 10 ms hops (0-8 ms of silence before it), as a talk's
// hesitations fall anywhere: a hesitation near the finder's shortest is found at some only.
const OFFSETS_MS = [0, 2, 4, 6, 8];

/** Real filled pauses found, missed and false alarms, on the clips of a manifest that says where its fillers are. */
export function realFillerRows(dir: string, allHeldOut = true): RealFillerRow[] {
  const located = humanClips(dir, allHeldOut).filter((clip: HumanClip) => clip.fillerTimes.length > 0);
  return located.flatMap((clip) =>
    [16_000, 48_000].map((rate) => {
      const samples = decode(clip.path, rate);
      let found = 0;
      let falseAlarms = 0;
      for (const ms of OFFSETS_MS) {
        const shifted = new Float32Array(samples.length + Math.round((ms / 1000) * rate));
        shifted.set(samples, shifted.length - samples.length);
        const heard = (measureSection(shifted, clip.transcript, clip.lang, rate).filledPauses ?? []).map((pause) => ({
          at: pause.at - ms / 1000,
          seconds: pause.seconds,
        }));
        found += clip.fillerTimes.filter((pause) => heard.some((one) => overlaps(pause, one))).length;
        falseAlarms += heard.filter((one) => !clip.fillerTimes.some((pause) => overlaps(pause, one))).length;
      }
      return {
        clip: clip.clip,
        lang: clip.lang,
        kHz: rate / 1000,
        fillers: clip.fillerTimes.length * OFFSETS_MS.length,
        found,
        falseAlarms,
      };
    }),
  );
}
