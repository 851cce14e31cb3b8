import type { RehearsalEvent, RehearsalPlan, RehearsalRun } from '../../../shared/rehearsal';
import { RehearsalTimer, type PaceCue, type TimerView } from '../../../shared/rehearsalTimer';
import { api, errorMessage } from './api';
import { playCue } from './sound';
import { t } from './i18n.svelte';

// Redraw four times a second: smooth for a countdown in whole seconds, and every value is
// recomputed from the clock, so a late or skipped frame never makes the display drift.
const TICK_MS = 250;

/** A rehearsal in progress: the timer, the clock, keyboard controls and saving as it happens. */
export class RehearsalSession {
  readonly timer: RehearsalTimer;
  now = $state(performance.now());
  /** Bumped at every applied control, so views recompute. */
  private version = $state(0);
  confirmingEnd = $state(false);
  saveError = $state<string | null>(null);
  run = $state.raw<RehearsalRun>();
  view: TimerView = $derived.by(() => {
    void this.version;
    return this.timer.view(this.now);
  });
  private interval: ReturnType<typeof setInterval> | undefined;
  private lastCue: PaceCue = 'on-track';

  constructor(
    readonly plan: RehearsalPlan,
    private readonly sound: () => boolean,
    private readonly onEnded: (run: RehearsalRun) => void,
  ) {
    this.timer = new RehearsalTimer(plan);
    this.run = {
      id: `run-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}`,
      plan,
      startedAt: Date.now(),
      events: [],
      status: 'running',
      total: 0,
      sections: [],
    };
  }

  /** Starts the clock that redraws the view. */
  mount(): () => void {
    this.interval = setInterval(() => this.tick(), TICK_MS);
    return () => clearInterval(this.interval);
  }

  private tick(): void {
    this.now = performance.now();
    const cue = this.view.state === 'running' ? this.view.cue : 'on-track';
    if (cue !== this.lastCue && cue !== 'on-track' && this.sound()) playCue(cue);
    this.lastCue = cue;
  }

  /** Applies a control now; saves the run when the section or state changed. */
  control(type: RehearsalEvent['type']): void {
    const at = performance.now();
    if (!this.timer.apply({ type, at } as RehearsalEvent)) return;
    this.now = at;
    this.version++;
    this.confirmingEnd = false;
    const view = this.timer.view(at);
    this.run = {
      ...this.run!,
      events: [...this.timer.events],
      status: type === 'end' ? 'complete' : 'running',
      total: view.elapsed,
      startedAt: type === 'start' ? Date.now() : this.run!.startedAt,
      sections: view.sections,
    };
    void this.persist();
    if (type === 'end') this.onEnded(this.run);
  }

  private async persist(): Promise<void> {
    try {
      await api().saveRun($state.snapshot(this.run!) as RehearsalRun);
      this.saveError = null;
    } catch (error) {
      this.saveError = t('rehearsal.saveError', { message: errorMessage(error) });
    }
  }

  /** Keyboard controls: Space, Right or PageDown (clickers) next; Left or PageUp back; P pause; Esc end. */
  onkeydown = (event: KeyboardEvent): void => {
    if (event.target instanceof HTMLInputElement || event.target instanceof HTMLSelectElement) return;
    const state = this.view.state;
    const key = event.key;
    if (this.confirmingEnd) {
      if (key === 'Enter' || key === 'Escape') {
        event.preventDefault();
        if (key === 'Enter') this.control('end');
        else this.confirmingEnd = false;
      }
      return;
    }
    if (key === ' ' || key === 'ArrowRight' || key === 'PageDown') {
      event.preventDefault();
      this.control(state === 'ready' ? 'start' : 'next');
    } else if (key === 'ArrowLeft' || key === 'PageUp') {
      event.preventDefault();
      this.control('previous');
    } else if (key === 'p' || key === 'P') {
      this.control(state === 'paused' ? 'resume' : 'pause');
    } else if (key === 'Escape' && (state === 'running' || state === 'paused')) {
      event.preventDefault();
      this.confirmingEnd = true;
    }
  };
}
