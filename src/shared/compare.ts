import type { BlindSpotId, ElementId, PrincipleId } from './analysis';
import type { Lang, Variant } from './talk';
import type { NoteTag } from './notes';

/** A number before and after (null where the section or value did not exist). */
export interface Move {
  before: number | null;
  after: number | null;
}

/** How one section changed between two drafts. */
export interface SectionChange {
  status: 'unchanged' | 'changed' | 'added' | 'removed';
  /** Its title changed (sections are matched by their words, never by title). */
  renamed: boolean;
  /** Its place among the other sections changed. */
  moved: boolean;
  oldId: string | null;
  newId: string | null;
  oldTitle: string | null;
  newTitle: string | null;
  words: Move;
  scores: Record<PrincipleId, Move>;
  risks: Record<BlindSpotId, Move & { flaggedBefore: boolean; flaggedAfter: boolean }>;
}

/** How one variant (10, 30 or 60 minutes) changed: score, timing and CX Story elements. */
export interface VariantChange {
  variant: Variant;
  target: number;
  score: Move;
  minutes: Move;
  fitsBefore: boolean;
  fitsAfter: boolean;
  elementsGained: ElementId[];
  elementsLost: ElementId[];
}

/** What became of a coach's note in the new draft. */
export interface NoteOutcome {
  noteId: string;
  author: string;
  tag: NoteTag;
  text: string;
  /** Its words as they were in the old draft (as written, when they were already gone there). */
  quote: string;
  /** Its words in the new draft when this step changed them; null when unchanged or gone. */
  quoteNow: string | null;
  sectionTitle: string;
  /**
   * `addressed`: this step rewrote or removed its words (resolved by the change, unless the coach
   * says otherwise); `open`: its words are still there; `gone`: its words were already gone from
   * the old draft; `resolved`: resolved in the notes already.
   */
  status: 'addressed' | 'open' | 'gone' | 'resolved';
  /** For a principle or blind-spot note whose section is still there: whether that number moved the right way. */
  improved: boolean | null;
}

/** The comparison of two drafts of a talk (`sticky compare`, the app's "Compare with…"). */
export interface DraftComparison {
  old: { file: string; title: string; words: number; score: number };
  new: { file: string; title: string; words: number; score: number };
  lang: Lang;
  scores: Record<PrincipleId, Move>;
  sections: SectionChange[];
  variants: VariantChange[];
  /** Null when there were no notes to follow. */
  notes: NoteOutcome[] | null;
}
