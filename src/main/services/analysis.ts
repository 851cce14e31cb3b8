import type { TalkAnalysis } from '../../shared/analysis';
import type { TalkDefaults } from '../../shared/settings';
import type { Dismissal } from '../../shared/notes';
import { analyseTalkInSteps, SignalCache } from '../engine/analyse';
import type { ReadTalk } from '../engine/talk/parseTalk';
import { TalkReads } from './talkReads';

/** Pauses until the event loop has handled whatever is waiting (input, IPC, timers). */
export const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Scores talks in small steps, keeping unchanged paragraphs' signals between saves and the last talks read. */
export class AnalysisService {
  private readonly cache = new SignalCache();
  private readonly reads = new TalkReads(this.cache);

  constructor(private readonly pause: () => Promise<void> = yieldToEventLoop) {}

  /** The talk read from its text (for its outline), the same read its analysis then scores. */
  read(text: string, fileName: string, defaults: Partial<TalkDefaults> = {}): ReadTalk {
    return this.reads.read(text, fileName, defaults);
  }

  /** The analysis of a talk's text, with the coach's dismissals applied. */
  async analyse(
    text: string,
    fileName: string,
    defaults: Partial<TalkDefaults> = {},
    dismissed: readonly Dismissal[] = [],
  ): Promise<TalkAnalysis> {
    const read = this.reads.read(text, fileName, defaults);
    return (await analyseTalkInSteps(text, this.pause, { fileName, defaults, cache: this.cache, dismissed, read })).analysis;
  }
}
