import type { OpenedTalk } from '../../../../shared/api';
import type { RehearsalRun } from '../../../../shared/rehearsal';
import type { Variant } from '../../../../shared/talk';
import { BLIND_SPOTS } from '../../../../shared/analysis';
import { api, errorMessage } from '../api';
import { blindSpotName } from '../names';
import { t } from '../i18n.svelte';
import type { Notices } from '../state/notices.svelte';
import { buildReport, measuredPace, type ReportContext, type RunReport } from './rehearsalReport';
import { VoiceSession } from '../voice/captureSession';
import { KeptRecordings, type RecordingSwitch } from './keptRecording.svelte';
import { RehearsalVoice, sectionSyllablesPerWord, type MicrophoneSwitch } from './rehearsalVoice.svelte';
import { RehearsalSession } from './session.svelte';
import { RecordingAnalysis } from './analysedRecording.svelte';

/** Which screen shows. */
export type Screen = 'talk' | 'rehearsal' | 'report' | 'history';

/** Rehearsals of the open talk: the live session, the last report, the history. */
export class Rehearsals {
  #screen = $state<Screen>('talk');
  #session = $state.raw<RehearsalSession | null>(null);
  #lastRun = $state.raw<RehearsalRun | null>(null);
  #runs = $state.raw<RehearsalRun[]>([]);
  #soundCue = $state(false);
  #pace = $derived(measuredPace(this.#runs));
  readonly #recordings: KeptRecordings;
  /** "Analyse a recording…": a rehearsal recorded elsewhere, analysed and saved as a run. */
  readonly recording: RecordingAnalysis;

  /** `talk` gives the open talk; messages (an export, a failure) go to `notices`; `microphone` holds the saved switches. */
  constructor(
    private readonly talk: () => OpenedTalk | null,
    private readonly notices: Notices,
    private readonly microphone: MicrophoneSwitch & RecordingSwitch,
  ) {
    this.#recordings = new KeptRecordings(microphone, (message) => this.say(message));
    this.recording = new RecordingAnalysis(
      talk,
      (run) => this.ended(run),
      (message) => notices.show('rehearsal', { tone: 'warning', message }),
    );
  }

  /** The screen shown: the talk, a live rehearsal, a report or the history. */
  get screen(): Screen {
    return this.#screen;
  }
  /** The rehearsal in progress, or null. */
  get session(): RehearsalSession | null {
    return this.#session;
  }
  /** The run whose report shows (or last showed). */
  get lastRun(): RehearsalRun | null {
    return this.#lastRun;
  }
  /** The open talk's runs, oldest first. */
  get runs(): RehearsalRun[] {
    return this.#runs;
  }
  /** Whether a sound marks a change of pace cue. */
  get soundCue(): boolean {
    return this.#soundCue;
  }
  /** The file name of the shown run's kept recording, or null when it has none. */
  get keptRecording(): string | null {
    return this.#recordings.nameFor(this.#lastRun?.id);
  }
  /** The speaker's measured words per minute over the runs, or null. */
  get pace(): number | null {
    return this.#pace;
  }

  /** How the current talk looks, to link runs to today's sections, flags and CX Story elements. */
  context(variant?: Variant): ReportContext {
    const current = this.talk();
    const sections = current?.talk.sections ?? [];
    const analysis = current?.analysis?.sections ?? [];
    const mean = (scores: Record<string, number>): number => Object.values(scores).reduce((sum, value) => sum + value, 0) / 6;
    return {
      // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a snapshot for one report, never mutated
      sectionIds: new Set(sections.map((section) => section.id)),
      flags: Object.fromEntries(
        analysis.map((section) => [
          section.id,
          BLIND_SPOTS.filter((spot) => section.blindSpots[spot].flagged).map((spot) => blindSpotName(spot)),
        ]),
      ),
      scores: Object.fromEntries(analysis.map((section) => [section.id, mean(section.scores)])),
      variants: Object.fromEntries(sections.map((section) => [section.id, section.variants])),
      essential:
        variant && current?.analysis
          ? Object.fromEntries(
              Object.values(current.analysis.variants[variant].elements)
                .filter((element) => element.present && element.sectionId)
                .map((element) => [element.sectionId!, element.name]),
            )
          : {},
    };
  }

  /** The report of a run against the talk as it is now. */
  report(run: RehearsalRun): RunReport {
    return buildReport(run, this.context(run.plan.variant));
  }

  /** Prepares a rehearsal of a version, with an optional custom target in minutes. */
  async start(variant: Variant, targetMinutes: number | null): Promise<void> {
    try {
      const plan = await api().rehearsalPlan(variant, targetMinutes);
      const opened = this.talk();
      const recording = this.#recordings.startRun();
      this.#session = new RehearsalSession(
        plan,
        () => this.#soundCue,
        (run) => void this.ended(run),
        (clock) => new RehearsalVoice(new VoiceSession(clock, recording), (id) => sectionSyllablesPerWord(opened, id), this.microphone),
      );
      this.#screen = 'rehearsal';
    } catch (error) {
      this.say(errorMessage(error));
    }
  }

  /** Rehearsal news shows as an information notice, failures too (as it always has). */
  private say(message: string): void {
    this.notices.show('rehearsal', { tone: 'info', message });
  }

  private async ended(run: RehearsalRun): Promise<void> {
    this.#lastRun = run;
    this.#session = null;
    this.#screen = 'report';
    await this.load();
    await this.#recordings.ended(run.id);
  }

  /** Loads the open talk's runs. */
  async load(): Promise<void> {
    this.#runs = this.talk() ? await api().listRuns() : [];
  }

  /** Back to the talk with the new talk's runs, after another talk opened. */
  async reopen(): Promise<void> {
    this.close();
    await this.load();
  }

  /** Shows the history of runs. */
  async showHistory(): Promise<void> {
    await this.load();
    this.#screen = 'history';
  }

  /** Shows the report of one run. */
  showReport(run: RehearsalRun): void {
    this.#lastRun = run;
    this.#screen = 'report';
    void this.#recordings.lookUp(run.id);
  }

  /** Back to the talk, leaving any rehearsal not yet started. */
  close(): void {
    // Another talk opened mid-run: the microphone is released with the rehearsal.
    void this.#session?.voice?.ended();
    this.recording.cancel();
    this.recording.clear();
    this.#recordings.drop();
    this.#session = null;
    this.#screen = 'talk';
  }

  /** Exports the runs as CSV, saying where. */
  async exportCsv(): Promise<void> {
    try {
      const path = await api().exportRuns();
      if (path) this.say(t('history.exported', { path }));
    } catch (error) {
      this.say(errorMessage(error));
    }
  }

  /** Plans the talk at a measured pace, or at its own again (null). */
  async usePace(wpm: number | null): Promise<void> {
    await api().setPace(wpm);
  }

  /** Plans the talk at the pace the microphone measured, and says so. */
  async useMeasuredPace(wpm: number): Promise<void> {
    try {
      await this.usePace(wpm);
      this.say(t('voice.paceSet', { wpm }));
    } catch (error) {
      this.say(errorMessage(error));
    }
  }

  /** Takes the saved sound setting at start-up. */
  adoptSoundCue(on: boolean): void {
    this.#soundCue = on;
  }

  /** Turns the pace cue's sound on or off, and remembers it. */
  async setSound(on: boolean): Promise<void> {
    this.#soundCue = await api().setSoundCue(on);
  }

  /** Shows the shown run's kept recording in the system's file manager. */
  async showRecording(): Promise<void> {
    if (this.#lastRun) await this.#recordings.show(this.#lastRun.id);
  }

  /** Forgets a run. */
  async remove(id: string): Promise<void> {
    this.#runs = await api().removeRun(id);
  }
}
