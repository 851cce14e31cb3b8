import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { cleanRuns, isStoredRun } from '../../../src/main/services/runCheck';
import type { RehearsalRun } from '../../../src/shared/rehearsal';
import { measuredPace, type RunVoice } from '../../../src/shared/voice';
import { SAMPLE_VOICE, sampleRun } from '../../support/runs';
import { tempRehearsals } from '../../support/settings';

const VOICE: RunVoice = SAMPLE_VOICE;

const run = (voice?: unknown): RehearsalRun => sampleRun('r1', voice === undefined ? {} : { voice: voice as RunVoice });

describe('runs with voice figures', () => {
  test('a run with the microphone’s figures is saved and read back whole; one without still loads', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'sticky-voice-runs-'));
    const store = tempRehearsals(cwd);
    store.save(run(VOICE));
    store.save({ ...run(), id: 'r2' });
    const reopened = tempRehearsals(cwd);
    expect(reopened.list().map((saved) => saved.voice)).toEqual([VOICE, undefined]);
  });

  test('saving refuses broken voice figures', () => {
    const store = tempRehearsals();
    expect(() => store.save(run({ sections: { a: { ...VOICE.sections['a'], wpm: -3 } }, pace: [] }))).toThrow(/not a whole rehearsal run/);
    expect(isStoredRun(run({ sections: {}, pace: [] }))).toBe(true);
    // Filled pauses are optional (runs stored before them have none) but whole when present.
    const older = { ...VOICE.sections['a']!, filledPauses: undefined };
    expect(isStoredRun(run({ sections: { a: older }, pace: [] }))).toBe(true);
    expect(isStoredRun(run({ sections: { a: { ...older, filledPauses: [{ at: 3, seconds: -1 }] } }, pace: [] }))).toBe(false);
    expect(isStoredRun(run({ sections: { a: { ...older, filledPauses: 2 } }, pace: [] }))).toBe(false);
  });

  test('broken voice figures in the file are left out alone: the run’s times are kept', () => {
    const broken = run({ sections: { a: { listened: 'long' } }, pace: [] });
    const { data, dropped } = cleanRuns({ runs: [broken, run(VOICE)] });
    expect(dropped).toEqual(['runs[0].voice']);
    expect(data.runs).toHaveLength(2);
    expect('voice' in data.runs[0]!).toBe(false);
    expect(data.runs[0]!.total).toBe(70);
    expect(data.runs[1]!.voice).toEqual(VOICE);
    // And through the store's own reading of its file.
    const cwd = mkdtempSync(join(tmpdir(), 'sticky-voice-runs-'));
    writeFileSync(join(cwd, 'rehearsals.json'), JSON.stringify({ runs: [broken] }));
    expect(tempRehearsals(cwd).list()[0]!.total).toBe(70);
  });
});

describe('the measured pace of a run', () => {
  test('weighted by time listened; sections without a pace are left out', () => {
    const section = VOICE.sections['a']!;
    const voice: RunVoice = {
      sections: {
        a: { ...section, listened: 60, wpm: 120 },
        b: { ...section, listened: 180, wpm: 160 },
        c: { ...section, listened: 3, wpm: null },
      },
      pace: [],
    };
    expect(measuredPace(voice)).toBe(150);
    expect(measuredPace({ sections: { c: voice.sections['c']! }, pace: [] })).toBeNull();
  });
});
