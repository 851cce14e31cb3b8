/**
 * The accuracy figures of the rehearsal microphone's analysis (run by scripts/voice-accuracy.mjs):
 * pace against the real rate, pauses against where they were inserted, pitch spread by intonation
 * range, each on speech made by espeak-ng and sox (tests/unit/voice/speech.ts).
 */
import { ActivityDetector, HOP_SECONDS, levelDb } from '../../src/renderer/src/lib/voice/activity';
import { MIN_PAUSE_SECONDS } from '../../src/renderer/src/lib/voice/timeline';
import { measureSection } from '../../tests/unit/voice/measure';
import { audibleSpan, join16k, speak, SPEECH_RATE, TEXTS, wordCount } from '../../tests/unit/voice/speech';
import { mix, noise } from '../../tests/unit/voice/synthetic';
import { decode, humanClips, speechDevDir } from './human';

const LANGS = ['en', 'nl'] as const;
const SPEEDS = [100, 130, 160];
const RANGES = ['x-low', 'low', 'medium', 'high', 'x-high'] as const;

/** One row of the pace table. */
export interface PaceRow {
  lang: string;
  set: number;
  speed: number;
  realWpm: number;
  estimatedWpm: number | null;
  errorPercent: number | null;
  /** Pitch spread in semitones (espeak's own intonation). */
  pitchSpread: number | null;
}

/** The estimated pace of every language, text and espeak speed. */
export function paceRows(): PaceRow[] {
  return LANGS.flatMap((lang) =>
    TEXTS[lang].flatMap((text, set) =>
      SPEEDS.map((speed) => {
        const samples = speak({ text, voice: lang, speed });
        const realWpm = wordCount(text) / (samples.length / SPEECH_RATE / 60);
        const { wpm, pitchSpread } = measureSection(samples, text, lang);
        const errorPercent = wpm === null ? null : round1((wpm / realWpm - 1) * 100);
        return { lang, set: set + 1, speed, realWpm: Math.round(realWpm), estimatedWpm: wpm, errorPercent, pitchSpread };
      }),
    ),
  );
}

/** Pitch spread (semitones) for each espeak intonation range and language. */
export function spreadRows(): { lang: string; range: string; spreads: (number | null)[] }[] {
  return LANGS.flatMap((lang) =>
    RANGES.map((range) => ({
      lang,
      range,
      spreads: TEXTS[lang].map((text) => measureSection(speak({ text, voice: lang, speed: 130, range }), text, lang).pitchSpread),
    })),
  );
}

/** A recording with a 2.5 s and a 0.8 s silence inserted, the true pauses, and its texts. */
export function pauseMaterial(lang: 'en' | 'nl'): { samples: Float32Array; truth: { at: number; seconds: number }[]; text: string } {
  const [first, second] = TEXTS[lang];
  const a = speak({ text: first, voice: lang, speed: 130 });
  const b = speak({ text: second, voice: lang, speed: 130 });
  const bStart = a.length / SPEECH_RATE + 2.5;
  const aAgain = bStart + b.length / SPEECH_RATE + 0.8;
  const truth = [
    { at: audibleSpan(a).end, seconds: bStart + audibleSpan(b).start - audibleSpan(a).end },
    { at: bStart + audibleSpan(b).end, seconds: aAgain + audibleSpan(a).start - (bStart + audibleSpan(b).end) },
  ];
  return { samples: join16k(a, 2.5, b, 0.8, a), truth, text: `${first} ${second} ${first}` };
}

/** The material mixed with white noise at a signal-to-noise ratio (dB, against the speech's level while audible). */
export function withNoise(samples: Float32Array, snrDb: number): Float32Array {
  const speechDb = levelDb(samples.filter((sample) => Math.abs(sample) > 0.001));
  return mix(samples, noise(samples.length / SPEECH_RATE, SPEECH_RATE, 10 ** ((speechDb - snrDb) / 20)));
}

/** Sticky's own pauses (silences of MIN_PAUSE_SECONDS or more between speech) in samples. */
export function energyPauses(samples: Float32Array): { at: number; seconds: number }[] {
  const detector = new ActivityDetector();
  const size = Math.round(SPEECH_RATE * HOP_SECONDS);
  const speech: boolean[] = [];
  for (let at = 0; at + size <= samples.length; at += size) speech.push(detector.push(levelDb(samples, at, at + size)));
  return pausesOf(speech.map((isSpeech, index) => [index * HOP_SECONDS, isSpeech]));
}

/** Pauses from a speech/non-speech series of [time, speech] in steps. */
export function pausesOf(series: [number, boolean][]): { at: number; seconds: number }[] {
  const pauses: { at: number; seconds: number }[] = [];
  let silenceFrom: number | null = null;
  let heard = false;
  for (const [at, speech] of series) {
    if (!speech) silenceFrom ??= at;
    else {
      if (heard && silenceFrom !== null && at - silenceFrom >= MIN_PAUSE_SECONDS)
        pauses.push({ at: silenceFrom, seconds: at - silenceFrom });
      silenceFrom = null;
      heard = true;
    }
  }
  return pauses;
}

/** How far found pauses are from the true ones: for each true pause, the nearest found one's start and length errors in ms. */
export function pauseErrors(
  truth: { at: number; seconds: number }[],
  found: { at: number; seconds: number }[],
): { startMs: number | null; lengthMs: number | null }[] {
  return truth.map((pause) => {
    const nearest = found.reduce<{ at: number; seconds: number } | null>(
      (best, candidate) => (best === null || Math.abs(candidate.at - pause.at) < Math.abs(best.at - pause.at) ? candidate : best),
      null,
    );
    if (!nearest || Math.abs(nearest.at - pause.at) > 1) return { startMs: null, lengthMs: null };
    return { startMs: Math.round((nearest.at - pause.at) * 1000), lengthMs: Math.round((nearest.seconds - pause.seconds) * 1000) };
  });
}

/** Sticky's pause analysis of the pause material, quiet and with noise. */
export function energyPauseRows(): {
  lang: string;
  snr: string;
  errors: { startMs: number | null; lengthMs: number | null }[];
  extra: number;
  ms: number;
  /** The estimated pace's error against the real rate, in percent. */
  paceError: number | null;
}[] {
  return LANGS.flatMap((lang) => {
    const { samples, truth, text } = pauseMaterial(lang);
    return [null, 20, 10].map((snr) => {
      const input = snr === null ? samples : withNoise(samples, snr);
      const started = performance.now();
      const found = energyPauses(input);
      const { wpm } = measureSection(input, text, lang);
      const ms = performance.now() - started;
      const realWpm = wordCount(text) / (samples.length / SPEECH_RATE / 60);
      return {
        paceError: wpm === null ? null : round1((wpm / realWpm - 1) * 100),
        lang,
        snr: snr === null ? 'clean' : `${snr} dB`,
        errors: pauseErrors(truth, found),
        extra: found.length - truth.length,
        ms: Math.round(ms),
      };
    });
  });
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

/** One row of the human-speech pace table. */
export interface HumanPaceRow {
  clip: string;
  lang: string;
  set: 'tuning' | 'held out';
  seconds: number;
  realWpm: number;
  estimatedWpm: number | null;
  errorPercent: number | null;
}

// Where a clip falls on the 10 ms hops moves its count by a syllable or two: each clip is measured
// at five offsets (0-8 ms of silence before it) and the words heard averaged.
const OFFSETS_MS = [0, 2, 4, 6, 8];

/** Pace on the real recordings of speech-dev (scripts/voice/human.ts) or another folder of that form (all held out), at a sample rate. */
export function humanPaceRows(dir: string, sampleRate: number, allHeldOut = false): HumanPaceRow[] {
  return humanClips(dir, allHeldOut).map((clip) => {
    const samples = decode(clip.path, sampleRate);
    const heard = OFFSETS_MS.map((ms) => {
      const shifted = new Float32Array(samples.length + Math.round((ms / 1000) * sampleRate));
      shifted.set(samples, shifted.length - samples.length);
      const { wpm } = measureSection(shifted, clip.transcript, clip.lang, sampleRate);
      return wpm === null ? null : (wpm * shifted.length) / sampleRate / 60;
    });
    const wpm = heard.includes(null) ? null : heard.reduce((sum, words) => sum! + words!, 0)! / heard.length / (clip.seconds / 60);
    const realWpm = clip.words / (clip.seconds / 60);
    return {
      clip: clip.clip,
      lang: clip.lang,
      set: clip.heldOut ? 'held out' : 'tuning',
      seconds: clip.seconds,
      realWpm: Math.round(realWpm),
      estimatedWpm: wpm === null ? null : Math.round(wpm),
      errorPercent: wpm === null ? null : round1((wpm / realWpm - 1) * 100),
    };
  });
}

export { speechDevDir };
export { fillerRows, realFillerRows } from './fillers';
