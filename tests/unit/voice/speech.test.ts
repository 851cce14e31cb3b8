import { describe, expect, test } from 'vitest';
import { FLAT_BELOW_SEMITONES } from '../../../src/renderer/src/lib/voice/flatVoice';
import { measureSection } from './measure';
import { audibleSpan, HAS_SPEECH_TOOLS, join16k, speak, SPEECH_RATE, TEXTS, wordCount } from './speech';

// Without espeak-ng and sox a developer's run skips these (CI installs both and must run them).
const withTools = describe.runIf(HAS_SPEECH_TOOLS || process.env['CI'] === 'true');

const LANGS = [
  ['en', 'en'],
  ['nl', 'nl'],
] as const;
const SPEEDS = [100, 130, 160];

withTools('speech made by espeak-ng', () => {
  // Estimated pace within 20% of the real rate (the words espeak-ng was given, over the length of
  // its recording). The nuclei are tuned on human speech now (nuclei.ts); espeak-ng's slow Dutch
  // (100 words a minute) draws its long vowels out until some split in two and reads 16-20% fast.
  // The human-speech figures are in scripts/voice-accuracy.mjs.
  describe.each(LANGS)('%s', (lang, voice) => {
    test.each(TEXTS[lang].flatMap((text, set) => SPEEDS.map((speed) => [speed, set, text] as const)))(
      'pace at espeak speed %i (text %i) is within 20%% of the real rate',
      (speed, _set, text) => {
        const samples = speak({ text, voice, speed });
        const known = wordCount(text) / (samples.length / SPEECH_RATE / 60);
        const measured = measureSection(samples, text, lang);
        expect(measured.wpm).not.toBeNull();
        expect(Math.abs(measured.wpm! / known - 1)).toBeLessThan(0.2);
      },
    );
  });

  test.each(LANGS)('%s: pauses are found where they were inserted, long ones listed', (lang, voice) => {
    const [first, second] = TEXTS[lang];
    const a = speak({ text: first, voice, speed: 130 });
    const b = speak({ text: second, voice, speed: 130 });
    const samples = join16k(a, 2.5, b, 0.8, a);
    // Where the silences really start and end: from espeak's last audible sample to the next first one.
    const aSpan = audibleSpan(a);
    const bSpan = audibleSpan(b);
    const bStart = a.length / SPEECH_RATE + 2.5;
    const secondAStart = bStart + b.length / SPEECH_RATE + 0.8;
    const expected = [
      { at: aSpan.end, seconds: bStart + bSpan.start - aSpan.end },
      { at: bStart + bSpan.end, seconds: secondAStart + aSpan.start - (bStart + bSpan.end) },
    ];
    const measured = measureSection(samples, `${first} ${second} ${first}`, lang);
    expect(measured.longPauses).toHaveLength(1);
    expect(Math.abs(measured.longPauses[0]!.at - expected[0]!.at)).toBeLessThan(0.15);
    expect(Math.abs(measured.longPauses[0]!.seconds - expected[0]!.seconds)).toBeLessThan(0.15);
    // The 0.8 s silence is a pause, not a long one: it shows in the pause time.
    expect(expected[1]!.seconds).toBeLessThan(2);
    expect(measured.paused).toBeGreaterThan(expected[0]!.seconds + expected[1]!.seconds - 0.3);
  });

  test.each(LANGS)('%s: the flat voice is flagged, the voice’s own intonation is not', (lang, voice) => {
    for (const text of TEXTS[lang]) {
      const flat = measureSection(speak({ text, voice, speed: 130, range: 'x-low' }), text, lang);
      const varied = measureSection(speak({ text, voice, speed: 130 }), text, lang);
      expect(flat.flat).toBe(true);
      expect(varied.flat).toBe(false);
      expect(varied.pitchSpread!).toBeGreaterThan(FLAT_BELOW_SEMITONES);
    }
  });
});
