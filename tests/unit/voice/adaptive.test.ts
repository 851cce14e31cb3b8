import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ActivityDetector } from '../../../src/renderer/src/lib/voice/activity';
import { measureSection } from './measure';
import { HAS_SPEECH_TOOLS, join16k, speak, SPEECH_RATE, TEXTS, wordCount } from './speech';
import { mix, noise } from './synthetic';

const withTools = describe.runIf(HAS_SPEECH_TOOLS || process.env['CI'] === 'true');

/** Samples run through a sox effect (tempo, …), as 16 kHz float. */
function sox(samples: Float32Array, ...effect: string[]): Float32Array {
  const dir = mkdtempSync(join(tmpdir(), 'sticky-sox-'));
  try {
    const raw = ['-r', String(SPEECH_RATE), '-c', '1', '-e', 'floating-point', '-b', '32', '-t', 'raw'];
    writeFileSync(join(dir, 'in.f32'), samples);
    execFileSync('sox', ['-V1', ...raw, join(dir, 'in.f32'), ...raw, join(dir, 'out.f32'), ...effect]);
    const bytes = readFileSync(join(dir, 'out.f32'));
    return new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const scaled = (samples: Float32Array, db: number): Float32Array => samples.map((sample) => sample * 10 ** (db / 20));

describe('the noise floor', () => {
  test('digital silence between phrases (a noise gate) does not pull the floor under the hiss', () => {
    const detector = new ActivityDetector();
    // Hiss at -55 dBFS with a voice at -20, then 2 s of exact zeros from an OS noise gate.
    for (let i = 0; i < 300; i++) detector.push(i % 10 < 3 ? -20 : -55);
    for (let i = 0; i < 200; i++) detector.push(-100);
    expect(detector.floor).toBe(-55);
    expect(detector.push(-55)).toBe(false);
  });
});

withTools('pace that adapts to the recording', () => {
  const text = `${TEXTS.en[0]} ${TEXTS.en[1]}`;
  const speech = join16k(speak({ text: TEXTS.en[0], voice: 'en', speed: 160 }), 0.6, speak({ text: TEXTS.en[1], voice: 'en', speed: 160 }));
  const peak = speech.reduce((max, sample) => Math.max(max, Math.abs(sample)), 0);
  const loud = scaled(speech, -6 - 20 * Math.log10(peak));

  test('a voice peaking at -41 dBFS reads within 10% of the same voice at -6 dBFS, with room hiss', () => {
    const hiss = noise(loud.length / SPEECH_RATE, SPEECH_RATE, 10 ** (-75 / 20));
    const atLoud = measureSection(mix(loud, hiss), text, 'en').wpm!;
    const atSoft = measureSection(mix(scaled(loud, -35), hiss), text, 'en').wpm!;
    expect(Math.abs(atSoft / atLoud - 1)).toBeLessThan(0.1);
  });

  test.each([
    [1.2, 1.15, Infinity],
    [0.8, 0, 0.85],
  ])('speech at sox tempo %f reads a pace change between %f and %f', (tempo, low, high) => {
    const words = wordCount(text);
    const base = measureSection(loud, text, 'en').wpm! / (words / (loud.length / SPEECH_RATE / 60));
    const changed = sox(loud, 'tempo', String(tempo));
    const ratio = measureSection(changed, text, 'en').wpm! / (words / (loud.length / SPEECH_RATE / 60));
    expect(ratio / base).toBeGreaterThanOrEqual(low);
    expect(ratio / base).toBeLessThanOrEqual(high);
  });

  test('a phrase under 5 s has a pace', () => {
    const phrase = speak({ text: 'Every story starts with one real customer.', voice: 'en', speed: 160 });
    expect(phrase.length / SPEECH_RATE).toBeLessThan(5);
    expect(measureSection(phrase, 'Every story starts with one real customer.', 'en').wpm).not.toBeNull();
  });
});
