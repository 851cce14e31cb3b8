import { describe, expect, test } from 'vitest';
import { NucleusFinder } from '../../../src/renderer/src/lib/voice/nuclei';

/** Levels of syllables 200 ms apart after 200 ms of quiet: 8 hops at the peak level, 12 hops 10 dB lower. */
function syllables(count: number, peakDb: number): number[] {
  return Array.from({ length: (count + 1) * 20 }, (_, hop) => (hop < 20 ? peakDb - 10 : hop % 20 < 8 ? peakDb : peakDb - 10));
}

function nuclei(levels: number[], voiced: (hop: number) => boolean, voiceDb = Math.max(...levels)): number[] {
  const finder = new NucleusFinder(2);
  const found: number[] = [];
  levels.forEach((db, hop) => {
    const at = finder.push(db, voiced(hop), true, voiceDb);
    if (at !== null) found.push(at);
  });
  return found;
}

describe('syllable nuclei against the recording', () => {
  test('each voiced syllable counts once, at any level', () => {
    expect(nuclei(syllables(10, -10), () => true)).toHaveLength(10);
    expect(nuclei(syllables(10, -50), () => true)).toHaveLength(10);
  });

  test('an unvoiced peak (a hiss, a click) does not count', () => {
    // Every second syllable unvoiced.
    expect(nuclei(syllables(10, -20), (hop) => Math.floor(hop / 20) % 2 === 0)).toHaveLength(5);
  });

  test('peaks more than 20 dB under the voice level do not count (breaths, the room)', () => {
    expect(nuclei(syllables(10, -45), () => true, -20)).toHaveLength(0);
    expect(nuclei(syllables(10, -35), () => true, -20)).toHaveLength(10);
  });
});
