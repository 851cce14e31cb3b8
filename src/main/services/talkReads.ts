// Opening a talk asks the engine twice with the same text: for its outline (read and planned), then
// for its scores. Both come from one read of the talk, kept here by everything the read depends on.
import type { TalkDefaults } from '../../shared/settings';
import type { SignalCache } from '../engine/analyse';
import { readTalk, type ReadTalk } from '../engine/talk/parseTalk';

// Two reads: the open talk's, and one other asked for in between (a draft compared with it) without
// parsing either again. A read keeps about three times its text (normalised, masked, line maps:
// 15 MB for the 5 MB of `npm run stress`, measured with the heap), so no more than two.
const KEPT = 2;

interface Kept {
  text: string;
  fileName: string;
  defaults: string;
  read: ReadTalk;
}

/** The defaults as a key: the same settings in another object (or order) are the same key. */
function defaultsKey(defaults: Partial<TalkDefaults>): string {
  const entries: [string, unknown][] = Object.entries(defaults);
  return JSON.stringify(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * The last talks read, by text, file name and defaults: an outline and the analysis that follows it
 * share one read, and an edit (other text) or other settings are read afresh. Reads are not changed
 * by their users (analyseTalk copies what it adds to), so one can be used again.
 */
export class TalkReads {
  private kept: Kept[] = [];

  /** Reads with `cache`'s memo, as analyseTalk does, so a read here is the one analysis would make. */
  constructor(private readonly cache: SignalCache) {}

  /** The talk read from `text` with these options: the one kept, or a new read (then kept). */
  read(text: string, fileName: string, defaults: Partial<TalkDefaults>): ReadTalk {
    const key = defaultsKey(defaults);
    const found = this.kept.find((kept) => kept.text === text && kept.fileName === fileName && kept.defaults === key);
    if (found) {
      this.kept = [found, ...this.kept.filter((kept) => kept !== found)];
      return found.read;
    }
    const memo = <T>(kind: string, memoKey: string, compute: () => T): T => this.cache.memo(kind, memoKey, compute);
    const read = readTalk(text, { fileName, defaults, memo });
    this.kept = [{ text, fileName, defaults: key, read }, ...this.kept].slice(0, KEPT);
    return read;
  }
}
