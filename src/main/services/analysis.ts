import type { TalkAnalysis } from '../../shared/analysis';
import type { TalkDefaults } from '../../shared/settings';
import type { Dismissal } from '../../shared/notes';
import { analyseTalkInSteps, SignalCache } from '../engine/analyse';

/** Pauses until the event loop has handled whatever is waiting (input, IPC, timers). */
export const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Scores talks in small steps, keeping unchanged paragraphs' signals between saves. */
export class AnalysisService {
  private readonly cache = new SignalCache();

  constructor(private readonly pause: () => Promise<void> = yieldToEventLoop) {}

  /** The analysis of a talk's text, with the coach's dismissals applied. */
  async analyse(
    text: string,
    fileName: string,
    defaults: Partial<TalkDefaults> = {},
    dismissed: readonly Dismissal[] = [],
  ): Promise<TalkAnalysis> {
    return (await analyseTalkInSteps(text, this.pause, { fileName, defaults, cache: this.cache, dismissed })).analysis;
  }
}
