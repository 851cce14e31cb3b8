import type { RehearsalEvent, RehearsalPlan, RehearsalRun } from '../../../../shared/rehearsal';
import { api, errorMessage } from '../api';
import { playCue } from '../sound';
import { t } from '../i18n.svelte';
import type { RehearsalVoice } from './rehearsalVoice.svelte';
import { RehearsalTimer, type PaceCue, type TimerView } from './rehearsalTimer';

// Redraw four times a second: smooth for a countdown in whole seconds, and every value is
// recomputed from the clock, so a late or skipped frame never makes the display drift.
const TICK_MS = 250;

/** A rehearsal in progress: the timer, the clock, keyboard controls and saving as it happens. */
export class RehearsalSession {
  readonly #timer: RehearsalTimer;
  #now = $state(performance.now());
  /** Bumped at every applied control, so views recompute. */
  #version = $state(0);
  #confirmingEnd = $state(false);
  #saveError = $state<string | null>(null);
  /** Set in the constructor; null only before it runs. */
  #run = $state.raw<RehearsalRun | null>(null);
  #view: TimerView = $derived.by(() => {
    void this.#version;
    return this.#timer.view(this.#now);
  });
  #interval: ReturnType<typeof setInterval> | undefined;
  #lastCue: PaceCue = 'on-track';
  /** The microphone, when the rehearsal screen offers one. */
  readonly voice: RehearsalVoice | null;

  /**
   * `sound` says whether cue changes make a sound; `onEnded` receives the finished run; `voice`
   * makes the run's microphone on its clock (seconds spoken, pauses excluded).
   */
  constructor(
    readonly plan: RehearsalPlan,
    private readonly sound: () => boolean,
    private readonly onEnded: (run: RehearsalRun) => void,
    voice?: (clock: () => number) => RehearsalVoice,
  ) {
    this.#timer = new RehearsalTimer(plan);
    this.voice = voice?.(() => this.#timer.view(performance.now()).elapsed) ?? null;
    this.#run = {
      id: `run-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}`,
      plan,
      startedAt: Date.now(),
      events: [],
      status: 'running',
      total: 0,
      sections: [],
    };
  }

  /** What the live view shows now. */
  get view(): TimerView {
    return this.#view;
  }
  /** Whether the "end this rehearsal?" question is open. */
  get confirmingEnd(): boolean {
    return this.#confirmingEnd;
  }
  /** Why the last save failed, or null. */
  get saveError(): string | null {
    return this.#saveError;
  }
  /** The run as saved so far. */
  get run(): RehearsalRun {
    return this.#run!;
  }

  /** Starts the clock that redraws the view; returns the function that stops it. */
  mount(): () => void {
    this.#interval = setInterval(() => this.tick(), TICK_MS);
    return () => clearInterval(this.#interval);
  }

  private tick(): void {
    this.#now = performance.now();
    const cue = this.#view.state === 'running' ? this.#view.cue : 'on-track';
    if (cue !== this.#lastCue && cue !== 'on-track' && this.sound()) playCue(cue);
    this.#lastCue = cue;
    this.voice?.tick();
  }

  /** Asks whether to end the rehearsal. */
  askToEnd(): void {
    this.#confirmingEnd = true;
  }

  /** Closes the question and carries on. */
  keepGoing(): void {
    this.#confirmingEnd = false;
  }

  /** Applies a control now; saves the run when the section or state changed. */
  control(type: RehearsalEvent['type']): void {
    const at = performance.now();
    if (!this.#timer.apply({ type, at } as RehearsalEvent)) return;
    this.#now = at;
    this.#version++;
    this.#confirmingEnd = false;
    const view = this.#timer.view(at);
    this.tellVoice(type, view.index);
    const voice = this.voice?.summary();
    this.#run = {
      ...this.run,
      events: [...this.#timer.events],
      status: type === 'end' ? 'complete' : 'running',
      total: view.elapsed,
      startedAt: type === 'start' ? Date.now() : this.run.startedAt,
      sections: view.sections,
      ...(voice ? { voice } : {}),
    };
    void this.persist();
    if (type === 'end') this.onEnded(this.run);
  }

  private tellVoice(type: RehearsalEvent['type'], index: number): void {
    const voice = this.voice;
    if (!voice) return;
    const sectionId = this.plan.sections[index]!.id;
    if (type === 'start') void voice.started(sectionId);
    else if (type === 'next' || type === 'previous') voice.moved(sectionId);
    else if (type === 'pause' || type === 'resume') voice.held(type === 'pause');
    else void voice.ended();
  }

  private async persist(): Promise<void> {
    try {
      await api().saveRun($state.snapshot(this.run) as RehearsalRun);
      this.#saveError = null;
    } catch (error) {
      this.#saveError = t('rehearsal.saveError', { message: errorMessage(error) });
    }
  }

  /** Keyboard controls, for a window keydown listener. */
  onkeydown = (event: KeyboardEvent): void => {
    const inField =
      typeof HTMLElement !== 'undefined' && (event.target instanceof HTMLInputElement || event.target instanceof HTMLSelectElement);
    if (!inField && this.press(event.key)) event.preventDefault();
  };

  /**
   * Space, Right or PageDown (clickers) next, or start; Left or PageUp back; P pause or resume; Esc
   * asks to end, and then Enter ends and Esc carries on. Returns true when the key was a control
   * whose browser default (scrolling, leaving full screen) must not happen too.
   */
  press(key: string): boolean {
    const state = this.#view.state;
    if (this.#confirmingEnd) {
      if (key === 'Enter') this.control('end');
      else if (key === 'Escape') this.keepGoing();
      return key === 'Enter' || key === 'Escape';
    }
    if (key === ' ' || key === 'ArrowRight' || key === 'PageDown') {
      this.control(state === 'ready' ? 'start' : 'next');
      return true;
    }
    if (key === 'ArrowLeft' || key === 'PageUp') {
      this.control('previous');
      return true;
    }
    if (key === 'p' || key === 'P') {
      this.control(state === 'paused' ? 'resume' : 'pause');
      return false;
    }
    if (key === 'Escape' && (state === 'running' || state === 'paused')) {
      this.askToEnd();
      return true;
    }
    return false;
  }
}
