import type { RehearsalPlan, RehearsalRun } from '../../../../shared/rehearsal';
import type { RecordingAnalysis } from '../voice/fileAudio/analyseRecording';

const tenth = (value: number): number => Math.round(value * 10) / 10;

/**
 * A recording's analysis as a rehearsal run of the plan, saved and reported like a live one: each
 * section's time is the stretch it was placed on (by its share of the words), sections without
 * words (a video, an exercise) are not reached, and the voice figures are the analysis's.
 */
export function recordingRun(plan: RehearsalPlan, analysis: RecordingAnalysis, id: string, startedAt: number): RehearsalRun {
  const placed = new Map(analysis.placements.map((placement) => [placement.id, placement]));
  return {
    id,
    plan,
    startedAt,
    // The run's clock ran from the recording's start to its end, with no key presses between.
    events: [
      { type: 'start', at: 0 },
      { type: 'end', at: Math.round(analysis.seconds * 1000) },
    ],
    status: 'complete',
    total: tenth(analysis.seconds),
    sections: plan.sections.map((section) => {
      const placement = placed.get(section.id);
      return {
        id: section.id,
        title: section.title,
        budget: section.budget,
        words: section.words,
        fixed: section.fixed,
        actual: placement ? tenth(placement.end - placement.start) : 0,
        reached: placement !== undefined,
      };
    }),
    voice: analysis.voice,
  };
}
