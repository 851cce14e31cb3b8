import { describe, expect, test } from 'vitest';
import { VoiceCollector } from '../../../src/renderer/src/lib/voice/voiceCollector';
import { joinAt, syllableBuzz } from './synthetic';

const RATE = 48_000;
const BLOCK = 2048;

function feed(collector: VoiceCollector, samples: Float32Array): void {
  for (let at = 0; at < samples.length; at += BLOCK) collector.push(samples.subarray(at, at + BLOCK));
}

/** A collector listening in section a (1 syllable per word) from run time `at`, fed `samples` and stopped. */
function listenedTo(samples: Float32Array, at = 0): VoiceCollector {
  const collector = new VoiceCollector();
  collector.startSection('a', 1);
  collector.startListening(at, RATE);
  feed(collector, samples);
  collector.stopListening();
  return collector;
}

// A "voice" at 150 Hz with 4 syllables a second: at 1 syllable per word, 240 words a minute.
const speech = (seconds: number) => syllableBuzz(150, 4, seconds, RATE);

describe('VoiceCollector', () => {
  test('before listening: nothing to store, and the live line says not listening', () => {
    const collector = new VoiceCollector();
    collector.startSection('a', 1.5);
    expect(collector.summary()).toBeNull();
    expect(collector.live()).toEqual({ listening: false, level: 0, speaking: false, sectionWpm: null });
  });

  test('figures per section, the live line, and a pace chart', () => {
    const collector = new VoiceCollector();
    collector.startSection('a', 1);
    collector.startListening(0, RATE);
    feed(collector, speech(12));
    const live = collector.live();
    expect(live.listening).toBe(true);
    expect(live.speaking).toBe(true);
    expect(live.level).toBeGreaterThan(0.5);
    expect(live.sectionWpm!).toBeGreaterThan(220);
    expect(live.sectionWpm!).toBeLessThan(260);
    collector.startSection('b', 2);
    feed(collector, joinAt(RATE, 3, speech(10)));
    collector.stopListening();
    const summary = collector.summary()!;
    expect(Object.keys(summary.sections)).toEqual(['a', 'b']);
    expect(summary.sections['a']!.listened).toBeCloseTo(12, 0);
    expect(summary.sections['b']!.longPauses).toEqual([]); // silence at a section's start is not between speech
    expect(summary.sections['b']!.paused).toBeGreaterThanOrEqual(3);
    // b: 40 syllables at 2 per word over 13 s: about 92 words a minute.
    expect(summary.sections['b']!.wpm!).toBeGreaterThan(80);
    expect(summary.sections['b']!.wpm!).toBeLessThan(105);
    expect(summary.pace.map((point) => point.at)).toEqual([10, 20]);
    expect(summary.pace[1]!.sectionId).toBe('b');
    expect(collector.live().listening).toBe(false);
  });

  test('turning the microphone off and on loses nothing measured, and time off is not counted', () => {
    const whole = listenedTo(joinAt(RATE, speech(6), 3, speech(6)));
    const split = listenedTo(joinAt(RATE, speech(6), 3));
    const before = split.summary()!.sections['a']!;
    split.startListening(40, 16_000); // back 31 s later, on another device
    feed(split, syllableBuzz(150, 4, 6, 16_000));
    split.stopListening();
    const after = split.summary()!.sections['a']!;

    const expected = whole.summary()!.sections['a']!;
    expect(after.listened).toBeCloseTo(expected.listened, 1);
    expect(after.speaking).toBeGreaterThan(before.speaking);
    expect(after.speaking).toBeCloseTo(expected.speaking, 0);
    expect(Math.abs(after.wpm! - expected.wpm!)).toBeLessThanOrEqual(expected.wpm! * 0.05);
  });

  test('a long pause carries its time on the run clock', () => {
    const collector = listenedTo(joinAt(RATE, speech(2), 3, speech(2)), 100);
    const [pause] = collector.summary()!.sections['a']!.longPauses;
    // The buzz fades out within its last beat; the pause starts near 102 s and lasts about 3 s.
    expect(pause!.at).toBeGreaterThan(101.7);
    expect(pause!.at).toBeLessThan(102.1);
    expect(pause!.seconds).toBeGreaterThan(2.9);
    expect(pause!.seconds).toBeLessThan(3.4);
  });
});

test('a section with an impossible syllables-per-word ratio still gives a pace a run can store', () => {
  for (const ratio of [0, -1, Number.NaN, Infinity]) {
    const collector = new VoiceCollector();
    collector.startSection('a', ratio);
    collector.startListening(0, RATE);
    feed(collector, speech(8));
    const { wpm } = collector.summary()!.sections['a']!;
    expect(Number.isFinite(wpm)).toBe(true);
    expect(wpm!).toBeLessThanOrEqual(600);
  }
});
