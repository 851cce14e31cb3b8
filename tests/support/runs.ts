import type { RehearsalRun } from '../../src/shared/rehearsal';
import type { RunVoice } from '../../src/shared/voice';

/** A microphone's figures for section "a": every field filled, filled pauses included. */
export const SAMPLE_VOICE = {
  sections: {
    a: {
      listened: 70,
      speaking: 61.5,
      paused: 8.5,
      wpm: 142,
      longPauses: [{ at: 31.2, seconds: 2.4 }],
      filledPauses: [{ at: 12.4, seconds: 0.5 }],
      pitchSpread: 1.6,
      flat: false,
    },
  },
  pace: [{ at: 10, sectionId: 'a', wpm: 150 }],
} satisfies RunVoice;

/** A complete rehearsal run of one section (70 s against 60), started 22 November 2026; fields can be replaced. */
export function sampleRun(id: string, changes: Partial<RehearsalRun> = {}): RehearsalRun {
  return {
    id,
    plan: { talkKey: '/t.md', talkTitle: 'Talk', variant: 10, target: 600, sections: [] },
    startedAt: Date.UTC(2026, 10, 22, 9),
    events: [{ type: 'start', at: 0 }],
    status: 'complete',
    total: 70,
    sections: [{ id: 'a', title: 'A', budget: 60, actual: 70, words: 140, fixed: false, reached: true }],
    ...changes,
  };
}
