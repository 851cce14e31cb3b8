// The rehearsal's types, inferred from their one schema (shared/schema/rehearsal.ts).
import type { Infer } from './schema/check';
import type { rehearsalEvent, rehearsalPlan, rehearsalSection, sectionResult } from './schema/rehearsal';

export type { RehearsalRun } from './schema/rehearsal';

/** A section as rehearsed: its budget and what to show. */
export type RehearsalSection = Infer<typeof rehearsalSection>;

/** What a rehearsal is measured against. */
export type RehearsalPlan = Infer<typeof rehearsalPlan>;

/** One thing the speaker did, at a time in milliseconds on a monotonic clock. */
export type RehearsalEvent = Infer<typeof rehearsalEvent>;

/** A section's measured time in a run. */
export type SectionResult = Infer<typeof sectionResult>;
