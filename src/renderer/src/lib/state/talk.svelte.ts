import type { AppState, OpenedTalk, SampleTalk, TalkUpdate } from '../../../../shared/api';
import type { AnalysisView } from '../../../../shared/analysis';
import { applyScores } from '../../../../shared/scoresUpdate';
import type { ScoreSnapshot } from '../../../../shared/history';
import type { RecentFile } from '../../../../shared/settings';
import type { Variant, VariantPlan } from '../../../../shared/talk';
import { api } from '../api';
import { scoreChanges, type ScoreChanges } from '../changes';
import type { Notices } from './notices.svelte';
import { droppedTalkProblem } from './dropped';
import { t } from '../i18n.svelte';

/** Which view of the talk: the plan and timing, or the coaching screens. */
export type TalkTab = 'plan' | 'coach' | 'notes';

/** The open talk and what the window keeps about it: the version shown, recent files, score changes. */
export class TalkState {
  /** Replaced whole on every update ($state.raw: never deep-proxied). */
  #current = $state.raw<OpenedTalk | null>(null);
  #variant = $state<Variant>(10);
  #tab = $state<TalkTab>('plan');
  #recent = $state.raw<RecentFile[]>([]);
  #samples = $state.raw<SampleTalk[]>([]);
  #loading = $state(true);
  #busy = $state(false);
  #reloadedAt = $state<number | null>(null);
  #changes = $state.raw<ScoreChanges | null>(null);
  #history = $state.raw<ScoreSnapshot[]>([]);
  /** The scores from before the last save, until the new ones arrive. */
  #beforeSave: AnalysisView | null = null;
  #plan = $derived(this.#current ? this.#current.plans[this.#variant] : null);
  #sectionIds = $derived.by(() => {
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a lookup rebuilt with the plan, never mutated
    const inPlan = new Set(this.#plan?.sections.map((timing) => timing.id) ?? []);
    return (this.#current?.talk.sections ?? []).filter((section) => inPlan.has(section.id)).map((section) => section.id);
  });

  constructor(private readonly notices: Notices) {}

  /** The open talk, or null. */
  get current(): OpenedTalk | null {
    return this.#current;
  }
  /** The version shown: 10, 30 or 60 minutes. */
  get variant(): Variant {
    return this.#variant;
  }
  /** The plan of the version shown, or null without a talk. */
  get plan(): VariantPlan | null {
    return this.#plan;
  }
  /** The ids of the sections in the version shown, in talk order. */
  get sectionIds(): string[] {
    return this.#sectionIds;
  }
  /** The view shown: plan or coaching. */
  get tab(): TalkTab {
    return this.#tab;
  }
  /** Recently opened files, newest first. */
  get recent(): RecentFile[] {
    return this.#recent;
  }
  /** The sample talks that ship with Sticky. */
  get samples(): SampleTalk[] {
    return this.#samples;
  }
  /** True until the first state arrives from the main process. */
  get loading(): boolean {
    return this.#loading;
  }
  /** True while an open is in progress. */
  get busy(): boolean {
    return this.#busy;
  }
  /** When the file was last reloaded from disk (for the "updated" marker), or null. */
  get reloadedAt(): number | null {
    return this.#reloadedAt;
  }
  /** What changed at the last save, once its scores are in. */
  get changes(): ScoreChanges | null {
    return this.#changes;
  }
  /** The talk's scores across saves. */
  get history(): ScoreSnapshot[] {
    return this.#history;
  }

  /** Takes the state the main process holds at start-up. */
  adopt(state: Pick<AppState, 'current' | 'error' | 'recent' | 'samples'>): void {
    this.#current = state.current;
    this.notices.showTalkError(state.error);
    this.#recent = state.recent;
    this.#samples = state.samples;
  }

  /** Marks the start-up as finished, whether or not the state arrived. */
  finishLoading(): void {
    this.#loading = false;
  }

  /** Applies an update pushed by the main process. */
  apply(update: TalkUpdate): void {
    switch (update.kind) {
      case 'analysed': {
        const current = this.#current;
        // Scores of another talk or version than the one shown, or a change the window cannot
        // apply (it missed the scores it builds on): the whole state is asked for instead.
        const analysis = current?.key === update.key && current.loadedAt === update.loadedAt ? applyScores(current.analysis, update) : null;
        if (!current || !analysis) {
          void this.resync();
          break;
        }
        if (this.#beforeSave) {
          this.#changes = scoreChanges(this.#beforeSave, analysis);
          this.#beforeSave = null;
        }
        this.#history = update.history;
        this.#recent = update.recent;
        this.#current = { ...current, analysis };
        break;
      }
      case 'replanned':
        this.#current = update.current;
        break;
      case 'opened':
      case 'reloaded':
        this.#current = update.current;
        // A new or re-read file replaces the last file's notice.
        // The main process's note is English (the CLI prints it); the window says it in its own language.
        this.notices.show('talk', update.current?.encodingNote ? { tone: 'info', message: t('notice.notUtf8') } : null);
        this.#reloadedAt = update.kind === 'reloaded' ? Date.now() : null;
        this.#beforeSave = update.kind === 'reloaded' ? (update.current?.analysis ?? null) : null;
        if (update.kind === 'opened') this.#changes = null;
        break;
      case 'missing':
        this.notices.showTalkError(update.error, 'warning');
        break;
      case 'failed':
        this.notices.showTalkError(update.error);
        break;
    }
  }

  /** Shows another version of the talk. */
  chooseVariant(variant: Variant): void {
    this.#variant = variant;
  }

  /** Shows the plan or the coaching view. */
  showTab(tab: TalkTab): void {
    this.#tab = tab;
  }

  /** Takes the main process's whole state again, when an update cannot be applied to the one shown. */
  private async resync(): Promise<void> {
    const state = await api().getState();
    this.#current = state.current;
    this.#recent = state.recent;
  }

  /** Runs an open call, showing its error as a notice instead of throwing. */
  private async opening(call: () => Promise<unknown>): Promise<void> {
    this.#busy = true;
    try {
      await call();
    } catch (error) {
      this.notices.showFailure('talk', error);
    } finally {
      this.#busy = false;
    }
  }

  /** Opens a talk by path. */
  openFile(path: string): Promise<void> {
    return this.opening(() => api().openFile(path));
  }

  /** Shows the open dialog. */
  openDialog(): Promise<void> {
    return this.opening(() => api().openDialog());
  }

  /** Opens a file dropped on the window: by path where known, else from its text. */
  openDropped(file: File): Promise<void> {
    const path = api().pathForFile(file);
    if (path) return this.openFile(path);
    return this.opening(async () => {
      const problem = droppedTalkProblem(file);
      if (problem) throw new Error(problem);
      await api().openDropped(file.name, await file.text());
    });
  }

  /** Forgets a recent file, or all of them (null). */
  async removeRecent(path: string | null): Promise<void> {
    this.#recent = await api().removeRecent(path);
  }
}
