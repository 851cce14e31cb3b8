import { expect, test } from 'vitest';
import { rehearsalRun } from '../../../src/shared/schema/rehearsal';
import type { RehearsalPlan } from '../../../src/shared/rehearsal';
import { recordingRun } from '../../../src/renderer/src/lib/rehearsal/recordingRun';
import type { RecordingAnalysis } from '../../../src/renderer/src/lib/voice/fileAudio/analyseRecording';

const plan: RehearsalPlan = {
  talkKey: '/talks/t.md',
  talkTitle: 'T',
  variant: 10,
  target: 600,
  sections: [
    { id: 'a', title: 'A', budget: 200, words: 100, fixed: false, prompt: '' },
    { id: 'video', title: 'Video', budget: 120, words: 0, fixed: true, prompt: '' },
    { id: 'b', title: 'B', budget: 280, words: 300, fixed: false, prompt: '' },
  ],
};

const voice = { listened: 20, speaking: 18, paused: 2, wpm: 130, longPauses: [], filledPauses: [], pitchSpread: 2.1, flat: false };
const analysis: RecordingAnalysis = {
  format: 'mp3',
  sampleRate: 44_100,
  channels: 2,
  seconds: 80.04,
  placements: [
    { id: 'a', title: 'A', words: 100, syllablesPerWord: 1.5, start: 0, end: 20.01 },
    { id: 'b', title: 'B', words: 300, syllablesPerWord: 1.5, start: 20.01, end: 80.04 },
  ],
  voice: { sections: { a: voice, b: { ...voice, listened: 60 } }, pace: [{ at: 10, sectionId: 'a', wpm: 130 }] },
  pauses: [],
  pitchSpread: 2.1,
  warnings: [],
};

test('a recording becomes a complete run of the plan: placed stretches as section times, the video not reached, the voice kept', () => {
  const run = recordingRun(plan, analysis, 'run-x', 1_700_000_000_000);
  expect(run).toMatchObject({ id: 'run-x', status: 'complete', total: 80, startedAt: 1_700_000_000_000, voice: analysis.voice });
  expect(run.events).toEqual([
    { type: 'start', at: 0 },
    { type: 'end', at: 80_040 },
  ]);
  expect(run.sections.map(({ id, actual, reached }) => [id, actual, reached])).toEqual([
    ['a', 20, true],
    ['video', 0, false],
    ['b', 60, true],
  ]);
  // It passes the check saveRun puts every run through.
  expect(rehearsalRun(run, 'run')).toEqual(run);
});
