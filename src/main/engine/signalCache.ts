import type { Lang } from '../../shared/talk';
import { chunkSignals, type ChunkSignals } from './rules';
import { SectionMemo } from './sectionMemo';

// Runs of lines whose text did not change are not analysed again. 2,000 runs of ~400 words is
// a long talk edited for hours, a few MB at most.
const CACHE_LIMIT = 2000;
// Derived values are kept per run and per section in seven kinds (ranges, counts, words,
// sentences, prompt, language): 1,000 sections (MAX_SECTIONS) times seven, with room for an edit.
const MEMO_LIMIT = 10000;

/** Keeps the signals of each run of lines by language and content, so re-analysis after an edit is cheap. */
export class SignalCache {
  private readonly entries = new Map<string, ChunkSignals>();
  private readonly memos = new Map<string, Map<string, unknown>>();
  private memoCount = 0;
  /** Whole sections' analyses, for re-scoring only what an edit changed. */
  readonly sections = new SectionMemo();
  hits = 0;
  misses = 0;

  /** Remembers a derived value of a text (its chunk ranges, its words) by kind and text. */
  memo<T>(kind: string, text: string, compute: () => T): T {
    // One map per kind, keyed by the text itself: V8 hashes a string once, where a joined
    // kind-and-text key would be built and hashed anew for every kind.
    let ofKind = this.memos.get(kind);
    if (!ofKind) this.memos.set(kind, (ofKind = new Map()));
    if (ofKind.has(text)) return ofKind.get(text) as T;
    const value = compute();
    ofKind.set(text, value);
    if (++this.memoCount > MEMO_LIMIT) this.forgetOldest();
    return value;
  }

  /** Forgets the oldest remembered value of the largest kind. */
  private forgetOldest(): void {
    let largest: Map<string, unknown> | undefined;
    for (const ofKind of this.memos.values()) if (!largest || ofKind.size > largest.size) largest = ofKind;
    const oldest = largest?.keys().next();
    if (largest && oldest && !oldest.done) {
      largest.delete(oldest.value);
      this.memoCount--;
    }
  }

  /** The signals of a run of lines, from the cache or freshly computed. */
  get(lang: Lang, masked: string, source: string): ChunkSignals {
    const key = `${lang}\u0000${masked}\u0000${source}`;
    const cached = this.entries.get(key);
    if (cached) {
      this.hits++;
      this.entries.delete(key);
      this.entries.set(key, cached); // most recently used last
      return cached;
    }
    this.misses++;
    const signals = chunkSignals(lang, masked, source);
    this.entries.set(key, signals);
    if (this.entries.size > CACHE_LIMIT) this.entries.delete(this.entries.keys().next().value!);
    return signals;
  }
}
