// The microphone's figures: their types are inferred from the run's one schema (shared/schema/rehearsal.ts).
import type { Infer } from './schema/check';
import type { pacePoint, runVoice, sectionVoice } from './schema/rehearsal';

export { MAX_VOICE_POINTS } from './schema/rehearsal';

/** What the microphone measured in one section of a rehearsal run. */
export type SectionVoice = Infer<typeof sectionVoice>;

/** One point of the pace-over-time chart: seconds from the run's start, and the pace then. */
export type PacePoint = Infer<typeof pacePoint>;

/** What the microphone measured in a run; absent when it stayed off. */
export type RunVoice = Infer<typeof runVoice>;

/** The run's measured pace over all sections heard (weighted by time listened), or null when none had one. */
export function measuredPace(voice: RunVoice): number | null {
  let words = 0;
  let minutes = 0;
  for (const section of Object.values(voice.sections)) {
    if (section.wpm === null) continue;
    words += section.wpm * (section.listened / 60);
    minutes += section.listened / 60;
  }
  return minutes > 0 ? Math.round(words / minutes) : null;
}
