import type { OpenedTalk } from '../../../../shared/api';
import type { RehearsalPlan, RehearsalRun } from '../../../../shared/rehearsal';
import { api, errorMessage } from '../api';
import { t } from '../i18n.svelte';
import type { MessageKey } from '../messages/en';
import { AudioProblem, type AudioWarning } from '../voice/fileAudio/problems';
import { analysePicked } from './recordingFile';
import { recordingRun } from './recordingRun';
import { sectionSyllablesPerWord } from './rehearsalVoice.svelte';

/** The words for a recording's warning, in the interface's language. */
export const recordingWarning = (warning: AudioWarning): string => t(`recording.warning.${warning}` as MessageKey);

/**
 * "Analyse a recording…" on the rehearsal screen: main's open dialog, then the recording decoded
 * and analysed here with progress and a cancel; the result is a run of the plan, saved like a live
 * one and handed on for its report.
 */
export class RecordingAnalysis {
  #progress = $state<{ name: string; fraction: number } | null>(null);
  #problem = $state<string | null>(null);
  #abort: AbortController | null = null;

  /** `done` takes the saved run (to show its report); `say` shows a warning. */
  constructor(
    private readonly talk: () => OpenedTalk | null,
    private readonly done: (run: RehearsalRun) => Promise<void>,
    private readonly say: (message: string) => void,
  ) {}

  /** The file being analysed and how far, 0 to 1, or null. */
  get progress(): { name: string; fraction: number } | null {
    return this.#progress;
  }
  /** Why the last recording could not be analysed, in the interface's language, or null. */
  get problem(): string | null {
    return this.#problem;
  }

  /** Asks for a recording and analyses it against the plan. */
  async pick(plan: RehearsalPlan): Promise<void> {
    if (this.#progress) return;
    this.#problem = null;
    let opened;
    try {
      opened = await api().openRecording();
    } catch (error) {
      this.#problem = errorMessage(error);
      return;
    }
    if (!opened) return;
    const abort = new AbortController();
    this.#abort = abort;
    this.#progress = { name: opened.name, fraction: 0 };
    const name = opened.name;
    try {
      const talk = this.talk();
      const sections = plan.sections
        .filter((section) => !section.fixed)
        .map((section) => ({
          id: section.id,
          title: section.title,
          words: section.words,
          syllablesPerWord: sectionSyllablesPerWord(talk, section.id),
        }));
      const analysis = await analysePicked(opened.token, opened.size, sections, {
        signal: abort.signal,
        onProgress: (fraction) => (this.#progress = { name, fraction }),
      });
      const run = recordingRun(plan, analysis, `run-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}`, Date.now());
      const saved = await api().saveRun(run);
      for (const warning of analysis.warnings) this.say(t('recording.warned', { name, warning: recordingWarning(warning) }));
      await this.done(saved);
    } catch (error) {
      if (error instanceof AudioProblem)
        this.#problem =
          error.code === 'cancelled'
            ? null
            : t('recording.problem', { name, problem: t(`recording.problem.${error.code}` as MessageKey, { detail: error.detail }) });
      else this.#problem = errorMessage(error);
    } finally {
      this.#progress = null;
      this.#abort = null;
      void api()
        .closeRecording(opened.token)
        .catch(() => undefined);
    }
  }

  /** Stops the analysis under way; nothing is saved. */
  cancel(): void {
    this.#abort?.abort();
  }

  /** Forgets the last problem (the rehearsal screen closed). */
  clear(): void {
    this.#problem = null;
  }
}
