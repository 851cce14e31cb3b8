import type { Variant } from './talk';
import type { RunVoice } from './voice';

/** A section as rehearsed: its budget and what to show. */
export interface RehearsalSection {
  id: string;
  title: string;
  /** Seconds this section may take. */
  budget: number;
  words: number;
  /** Declared with `<!-- minutes: N -->` (a video, an exercise): not speech, so no pace. */
  fixed: boolean;
  /** One line to glance at: the section's first sentence. */
  prompt: string;
  /** In a slide deck: the slide's number as its tool shows it, so the rehearsal says "Slide 7". */
  slide?: string;
}

/** What a rehearsal is measured against. */
export interface RehearsalPlan {
  /** Which talk: its file path, or its name for a dropped talk. */
  talkKey: string;
  talkTitle: string;
  variant: Variant;
  /** Target in seconds (the variant's length, or a custom target). */
  target: number;
  sections: RehearsalSection[];
}

/** One thing the speaker did, at a time in milliseconds on a monotonic clock. */
export type RehearsalEvent =
  | { type: 'start'; at: number }
  | { type: 'next'; at: number }
  | { type: 'previous'; at: number }
  | { type: 'pause'; at: number }
  | { type: 'resume'; at: number }
  | { type: 'end'; at: number };

/** A section's measured time in a run. */
export interface SectionResult {
  id: string;
  title: string;
  budget: number;
  /** Seconds spoken (pauses excluded). */
  actual: number;
  words: number;
  fixed: boolean;
  reached: boolean;
}

/** A rehearsal run as stored: its plan, its events and, once ended, its results. */
export interface RehearsalRun {
  id: string;
  plan: RehearsalPlan;
  /** Wall-clock start, for history. */
  startedAt: number;
  events: RehearsalEvent[];
  /** running: in progress; complete: ended by the speaker; incomplete: the app closed mid-run. */
  status: 'running' | 'complete' | 'incomplete';
  /** Seconds spoken in all. */
  total: number;
  sections: SectionResult[];
  /** What the microphone measured, when it was on for part of the run (runs before it have none). */
  voice?: RunVoice;
}
