import type { RehearsalRun } from '../../src/shared/rehearsal';

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
