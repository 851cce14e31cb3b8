import type { RehearsalRun } from '../../../shared/rehearsal';
import { buildReport, measuredPace, type ReportContext, type RunReport } from '../../../shared/rehearsalReport';
import type { Variant } from '../../../shared/talk';
import { BLIND_SPOTS } from '../../../shared/analysis';
import { api, errorMessage } from './api';
import type { StickyApp } from './appState.svelte';
import { blindSpotName } from './names';
import { RehearsalSession } from './rehearsal.svelte';
import { t } from './i18n.svelte';

/** Which screen shows. */
export type Screen = 'talk' | 'rehearsal' | 'report' | 'history';

/** Rehearsals of the open talk: the live session, the last report, the history. */
export class Rehearsals {
  screen = $state<Screen>('talk');
  session = $state.raw<RehearsalSession | null>(null);
  lastRun = $state.raw<RehearsalRun | null>(null);
  runs = $state.raw<RehearsalRun[]>([]);
  message = $state<string | null>(null);
  soundCue = $state(false);
  pace = $derived(measuredPace(this.runs));

  constructor(private readonly app: StickyApp) {}

  /** How the current talk looks, to link runs to today's sections, flags and CX Story elements. */
  context(variant?: Variant): ReportContext {
    const current = this.app.current;
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
      this.session = new RehearsalSession(
        plan,
        () => this.soundCue,
        (run) => void this.ended(run),
      );
      this.screen = 'rehearsal';
    } catch (error) {
      this.message = errorMessage(error);
    }
  }

  private async ended(run: RehearsalRun): Promise<void> {
    this.lastRun = run;
    this.session = null;
    this.screen = 'report';
    await this.load();
  }

  /** Loads the open talk's runs. */
  async load(): Promise<void> {
    this.runs = this.app.current ? await api().listRuns() : [];
  }

  async showHistory(): Promise<void> {
    await this.load();
    this.screen = 'history';
  }

  showReport(run: RehearsalRun): void {
    this.lastRun = run;
    this.screen = 'report';
  }

  close(): void {
    this.session = null;
    this.screen = 'talk';
  }

  async exportCsv(): Promise<void> {
    try {
      const path = await api().exportRuns();
      if (path) this.message = t('history.exported', { path });
    } catch (error) {
      this.message = errorMessage(error);
    }
  }

  async usePace(wpm: number | null): Promise<void> {
    await api().setPace(wpm);
  }

  async setSound(on: boolean): Promise<void> {
    this.soundCue = await api().setSoundCue(on);
  }

  async remove(id: string): Promise<void> {
    this.runs = await api().removeRun(id);
  }
}
