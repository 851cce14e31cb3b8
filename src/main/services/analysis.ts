import type { TalkAnalysis } from '../../shared/analysis';
import { analyseTalkInSteps, SignalCache } from '../engine/analyze';

/** Pauses until the event loop has handled whatever is waiting (input, IPC, timers). */
export const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Scores talks in small steps, keeping unchanged paragraphs' signals between saves. */
export class AnalysisService {
  private readonly cache = new SignalCache();

  constructor(private readonly pause: () => Promise<void> = yieldToEventLoop) {}

  /** The analysis of a talk's text. */
  async analyse(text: string, fileName: string): Promise<TalkAnalysis> {
    return (await analyseTalkInSteps(text, this.pause, { fileName, cache: this.cache })).analysis;
  }
}
