import { describe, expect, test } from 'vitest';
import { ActivityDetector, HOP_SECONDS, levelDb, SILENCE_DB } from '../../../src/renderer/src/lib/voice/activity';
import { PeakPicker } from '../../../src/renderer/src/lib/voice/peaks';
import { pitchSpread, PitchTracker, pitchWindowSize, semitones } from '../../../src/renderer/src/lib/voice/pitch';
import { SpeechTimeline } from '../../../src/renderer/src/lib/voice/timeline';
import { joinAt, mix, noise, syllableBuzz, tone } from './synthetic';

const RATE = 48_000;

/** Each hop's level and speech decision for samples, as the collector makes them. */
function hops(samples: Float32Array, sampleRate: number): { db: number; speech: boolean }[] {
  const detector = new ActivityDetector();
  const size = Math.round(sampleRate * HOP_SECONDS);
  const out: { db: number; speech: boolean }[] = [];
  for (let at = 0; at + size <= samples.length; at += size) {
    const db = levelDb(samples, at, at + size);
    out.push({ db, speech: detector.push(db) });
  }
  return out;
}

describe('levels and voice activity', () => {
  test('a full-scale sine is -3 dBFS and silence is the silence level', () => {
    expect(levelDb(tone(440, 0.1, RATE, 1))).toBeCloseTo(-3.01, 1);
    expect(levelDb(new Float32Array(480))).toBe(SILENCE_DB);
  });

  test('tone bursts over a noisy room are speech, the room alone is not', () => {
    // -50 dBFS of room noise throughout; two 1 s bursts at about -17 dBFS with 2 s of room between.
    const room = noise(5, RATE, 10 ** (-50 / 20));
    const signal = mix(room, joinAt(RATE, 0.5, tone(200, 1, RATE), 2, tone(200, 1, RATE)));
    const decisions = hops(signal, RATE).map((hop) => hop.speech);
    const speechHops = decisions.filter(Boolean).length;
    expect(speechHops).toBeGreaterThanOrEqual(195); // 2 s of bursts = 200 hops
    expect(speechHops).toBeLessThanOrEqual(202);
    expect(decisions.slice(160, 340).some(Boolean)).toBe(false); // the 2 s gap (less its edges)
  });

  test('the floor follows a room that gets louder', () => {
    const detector = new ActivityDetector();
    for (let i = 0; i < 400; i++) detector.push(-50);
    // A steady room and no voice yet: the smallest margin, 6 dB.
    expect(detector.threshold).toBe(-44);
    for (let i = 0; i < 400; i++) detector.push(-40);
    // After 4 s at -40 dBFS the old quiet is out of the 3 s window: -40 alone is not speech.
    expect(detector.floor).toBe(-40);
    expect(detector.push(-40)).toBe(false);
    expect(detector.push(-20)).toBe(true);
  });

  test('the margin is half the way from the room to the voice, between 6 and 12 dB', () => {
    const margin = (voiceDb: number) => {
      const detector = new ActivityDetector();
      for (let i = 0; i < 100; i++) detector.push(i % 10 === 0 ? voiceDb : -50);
      return detector.threshold + 50;
    };
    expect(margin(-42)).toBe(6); // 8 dB of voice over the room: the smallest margin
    expect(margin(-34)).toBe(8); // 16 dB: half
    expect(margin(-10)).toBe(12); // 40 dB: the largest
  });

  test('a syllable may count 3 dB over the room, below the speech margin', () => {
    const detector = new ActivityDetector();
    for (let i = 0; i < 100; i++) detector.push(i % 10 === 0 ? -20 : -50);
    expect(detector.audible(-46)).toBe(true);
    expect(detector.push(-46)).toBe(false);
    expect(detector.audible(-48)).toBe(false);
  });
});

describe('pauses', () => {
  test('speaking, pause and long pause time from hop decisions', () => {
    const timeline = new SpeechTimeline();
    const pattern: [boolean, number][] = [
      [false, 0.5], // before speech: pause time, not a pause between speech
      [true, 1],
      [false, 0.1], // a gap between words: speaking
      [true, 1],
      [false, 2.5], // a long pause
      [true, 1],
      [false, 0.4], // a short pause
      [true, 0.5],
    ];
    let at = 0;
    for (const [speech, seconds] of pattern) {
      for (let i = 0; i < Math.round(seconds / HOP_SECONDS); i++) timeline.push(speech, (at += HOP_SECONDS) - HOP_SECONDS, HOP_SECONDS);
    }
    timeline.flush();
    expect(timeline.speaking).toBeCloseTo(3.6, 5);
    expect(timeline.paused).toBeCloseTo(3.4, 5);
    expect(timeline.pauses.map((pause) => [Number(pause.at.toFixed(2)), Number(pause.seconds.toFixed(2))])).toEqual([
      [2.6, 2.5],
      [6.1, 0.4],
    ]);
    expect(timeline.longPauses).toHaveLength(1);
  });
});

describe('syllable nuclei', () => {
  test.each([3, 4, 5, 6])('a buzz beating %i times a second gives that many nuclei a second', (beats) => {
    const picker = new PeakPicker();
    const levels = hops(syllableBuzz(150, beats, 5, RATE), RATE);
    let count = 0;
    levels.forEach((hop, index) => {
      if (picker.push(hop.db, index * HOP_SECONDS, true) !== null) count++;
    });
    expect(Math.abs(count - beats * 5)).toBeLessThanOrEqual(1);
  });

  test('peaks that may not count (not speech) and peaks closer than 60 ms are left out', () => {
    const picker = new PeakPicker();
    const wave = [0, 10, 0, 10, 0, 10, 0];
    const counted = wave.map((db, index) => picker.push(db, index * 0.025, true)).filter((at) => at !== null);
    expect(counted).toEqual([0.025, 0.125]); // 0.075 is 50 ms after the first
    const quiet = new PeakPicker();
    expect(wave.map((db, index) => quiet.push(db, index * 0.2, false)).filter((at) => at !== null)).toEqual([]);
  });
});

describe('pitch', () => {
  test.each([
    [16_000, 110],
    [16_000, 220],
    [48_000, 180],
    [44_100, 310],
  ])('a tone at %i Hz sampling, %i Hz pitch, is found within 1%%', (sampleRate, hz) => {
    const size = pitchWindowSize(sampleRate);
    const tracker = new PitchTracker(size, sampleRate);
    expect(tracker.pitchOf(tone(hz, size / sampleRate, sampleRate))!).toBeCloseTo(hz, -Math.log10(hz * 0.01));
  });

  test('noise has no pitch', () => {
    const size = pitchWindowSize(RATE);
    expect(new PitchTracker(size, RATE).pitchOf(noise(size / RATE, RATE, 0.1))).toBeNull();
  });

  test('spread in semitones: a steady voice 0, one moving over a fifth more than 2', () => {
    expect(semitones(200)).toBeCloseTo(12, 5);
    expect(pitchSpread(Array(100).fill(semitones(150)))!).toBeCloseTo(0, 9);
    const fifth = Array.from({ length: 100 }, (_, i) => semitones(150 * 1.5 ** (i / 99)));
    expect(pitchSpread(fifth)!).toBeGreaterThan(2);
    expect(pitchSpread(fifth.slice(0, 40))).toBeNull(); // too little voiced speech
  });

  test('an octave error does not count as intonation', () => {
    const steady = Array(100).fill(semitones(150));
    expect(pitchSpread([...steady, semitones(600), semitones(40)])!).toBeCloseTo(0, 9);
  });
});
