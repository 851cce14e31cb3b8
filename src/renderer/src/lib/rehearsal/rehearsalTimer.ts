import type { RehearsalEvent, RehearsalPlan, SectionResult } from '../../../../shared/rehearsal';

/** The calm cue: on track below 80% of the section's budget, tight until 100%, then over. */
export type PaceCue = 'on-track' | 'tight' | 'over';

// The thresholds: the cue changes at 80% and at 100% of the section budget.
export const TIGHT_AT = 0.8;

/** Everything the live view shows, derived from the events and the clock at one moment. */
export interface TimerView {
  state: 'ready' | 'running' | 'paused' | 'ended';
  index: number;
  /** Seconds spoken so far (pauses excluded). */
  elapsed: number;
  /** Target minus elapsed, in seconds (negative when over). */
  remaining: number;
  sectionElapsed: number;
  /** The current section's budget minus its time so far. */
  sectionRemaining: number;
  /** 0 to 1 (and beyond when over) of the current section's budget. */
  sectionProgress: number;
  /** Seconds behind (positive) or ahead (negative) of the cumulative budget. */
  behind: number;
  cue: PaceCue;
  nextTitle: string | null;
  sections: SectionResult[];
}

/**
 * A rehearsal timer as a pure function of its events: every display value is computed from the
 * event log and the current time of a monotonic clock, so nothing drifts, a hidden window catches
 * up at once, and a run can be rebuilt from persisted events after a crash.
 */
export class RehearsalTimer {
  readonly events: RehearsalEvent[];

  constructor(
    readonly plan: RehearsalPlan,
    events: RehearsalEvent[] = [],
  ) {
    this.events = [...events];
  }

  /** Applies a control; ignores what makes no sense in the current state (next before start). */
  apply(event: RehearsalEvent): boolean {
    const state = this.view(event.at).state;
    const last = this.plan.sections.length - 1;
    const index = this.view(event.at).index;
    const allowed =
      (event.type === 'start' && state === 'ready') ||
      (event.type === 'next' && state === 'running' && index < last) ||
      (event.type === 'previous' && state === 'running' && index > 0) ||
      (event.type === 'pause' && state === 'running') ||
      (event.type === 'resume' && state === 'paused') ||
      (event.type === 'end' && (state === 'running' || state === 'paused'));
    if (allowed) this.events.push(event);
    return allowed;
  }

  /** The live view at time `now` (same clock as the events). */
  view(now: number): TimerView {
    const spent = this.plan.sections.map(() => 0);
    const reached = this.plan.sections.map(() => false);
    let state: TimerView['state'] = 'ready';
    let index = 0;
    let since = 0; // when the current uninterrupted stretch began
    const close = (at: number): void => {
      if (state === 'running') spent[index]! += Math.max(0, at - since);
    };
    for (const event of this.events) {
      if (event.type === 'start') {
        state = 'running';
        since = event.at;
        reached[0] = true;
      } else if (event.type === 'next' || event.type === 'previous') {
        close(event.at);
        index = Math.max(0, Math.min(this.plan.sections.length - 1, index + (event.type === 'next' ? 1 : -1)));
        reached[index] = true;
        since = event.at;
      } else if (event.type === 'pause') {
        close(event.at);
        state = 'paused';
      } else if (event.type === 'resume') {
        state = 'running';
        since = event.at;
      } else {
        close(event.at);
        state = 'ended';
      }
    }
    close(now);
    return this.describe(
      state,
      index,
      spent.map((ms) => ms / 1000),
      reached,
    );
  }

  private describe(state: TimerView['state'], index: number, spent: number[], reached: boolean[]): TimerView {
    const sections = this.plan.sections.map((section, i) => ({
      id: section.id,
      title: section.title,
      budget: section.budget,
      actual: spent[i]!,
      words: section.words,
      fixed: section.fixed,
      reached: reached[i]!,
    }));
    const elapsed = spent.reduce((sum, value) => sum + value, 0);
    const current = sections[index];
    const budget = current?.budget ?? 0;
    const sectionElapsed = current?.actual ?? 0;
    const progress = budget > 0 ? sectionElapsed / budget : sectionElapsed > 0 ? Infinity : 0;
    // Behind = what the sections before this one overran (or saved), plus the current section's
    // overrun once it passes its budget. Sections not reached count as neither.
    let behind = 0;
    sections.forEach((section, i) => {
      if (i === index) behind += Math.max(0, section.actual - section.budget);
      else if (section.reached) behind += section.actual - section.budget;
    });
    return {
      state,
      index,
      elapsed,
      remaining: this.plan.target - elapsed,
      sectionElapsed,
      sectionRemaining: budget - sectionElapsed,
      sectionProgress: progress,
      behind,
      cue: progress >= 1 ? 'over' : progress >= TIGHT_AT ? 'tight' : 'on-track',
      nextTitle: this.plan.sections[index + 1]?.title ?? null,
      sections,
    };
  }
}
