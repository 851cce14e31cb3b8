import type { Finding, Lang } from '../../shared/talk';
import { findingAt } from './talk/findings';
import { say } from './talk/say';
import type { SourceText } from './talk/source';

// How much of one talk is analysed: a 60-minute keynote is about 9,000 words, so 100,000 words
// (eleven hours of speech) leave room for any real talk while keeping a pasted book to a second or
// two of work. Sections are bounded where the talk is read (parseTalk.ts, MAX_SECTIONS).
export const WORD_BUDGET = 100000;

/** What is left of a talk's analysis budget as its sections are analysed in order. */
export class AnalysisBudget {
  words = WORD_BUDGET;
  /** The offset where analysis stopped, once it has. */
  cut: number | null = null;

  /** Whether any words are left to analyse. */
  left(): boolean {
    return this.words > 0;
  }

  /** Takes a section's share; returns false (and remembers where) when the budget is spent. */
  take(words: number, offset: number): boolean {
    if (this.words - words < 0 && this.words < WORD_BUDGET) {
      this.words = 0;
      this.cut ??= offset;
      return false;
    }
    this.words -= words;
    return true;
  }

  /** The finding that says where analysis stopped and why, in the talk's language. */
  finding(source: SourceText, sectionsSkipped: number, lang: Lang): Finding | null {
    if (this.cut === null) return null;
    const offset = this.cut;
    const actual = source.normalized.slice(offset, offset + 1);
    const message =
      sectionsSkipped > 0
        ? say(lang, 'analysis-budget-skipped', { words: WORD_BUDGET, sections: sectionsSkipped })
        : say(lang, 'analysis-budget', { words: WORD_BUDGET });
    return findingAt(source, 'analysis-budget', 'warning', message, offset, offset + 1, { actual });
  }
}
