import search from 'approx-string-match';
import type { Note, NoteAnchor } from '../../../shared/notes';
import type { NotePlacement } from '../../../shared/notesView';
import { createAnchor, sectionAt, type AnchorSection } from './createAnchor';

/** Where a note sits in the current text, and how it was found; an orphan keeps its old place in its anchor. */
export type AnchorPlacement = NotePlacement;

// Hypothesis allows up to half the quote's length in edits, at most 256 (its text-match module).
const MAX_ERRORS = 256;
// Sticky is stricter about what it accepts: a quote at least 75% the same stands on its own; one
// at least half the same needs its context (before or after) at least half the same too. A wrong
// place is worse for a coach than an orphan, which is shown and can be re-attached.
const QUOTE_ALONE = 0.75;
const QUOTE_WITH_CONTEXT = 0.5;
const CONTEXT_NEEDED = 0.5;
// Hypothesis weighs quote, prefix, suffix and position 50 : 20 : 20 : 2 when ranking candidates;
// Sticky adds the section the note was in, worth as much as one side of context.
const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, section: 20, position: 2 };
// Past this many exact occurrences (a one-word quote in a long talk) the nearest ones suffice.
const MAX_CANDIDATES = 500;
// Fuzzy search costs the text's length times the quote's length / 32 (Myers' bit-parallel
// algorithm): it looks within 100,000 characters either side of the old place (a long talk is
// 60,000), and a quote over 2,000 characters (a page) must be found exactly, so a 5 MB file with
// a hundred notes still places them in about a second.
const FUZZY_WINDOW = 100_000;
const MAX_FUZZY_QUOTE = 2000;

/** Edit distance of two short strings (context is 32 characters), for context similarity. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = row;
  }
  return previous[b.length]!;
}

/** How alike the stored context is to the text now beside a candidate: 0 to 1 (1 when none was stored). */
function contextSimilarity(stored: string, now: string): number {
  if (stored.length === 0) return 1;
  return Math.max(0, 1 - distance(stored, now) / stored.length);
}

interface Candidate {
  start: number;
  end: number;
  quote: number;
}

function rank(anchor: NoteAnchor, text: string, sections: readonly AnchorSection[], candidate: Candidate) {
  const prefix = contextSimilarity(anchor.prefix, text.slice(Math.max(0, candidate.start - anchor.prefix.length), candidate.start));
  const suffix = contextSimilarity(anchor.suffix, text.slice(candidate.end, candidate.end + anchor.suffix.length));
  const inSection = sectionAt(sections, candidate.start)?.id === anchor.sectionId ? 1 : 0;
  const position = 1 - Math.min(1, Math.abs(candidate.start - anchor.start) / Math.max(1, text.length));
  const score =
    WEIGHTS.quote * candidate.quote +
    WEIGHTS.prefix * prefix +
    WEIGHTS.suffix * suffix +
    WEIGHTS.section * inSection +
    WEIGHTS.position * position;
  return { score, context: Math.max(prefix, suffix) };
}

function exactCandidates(anchor: NoteAnchor, text: string): Candidate[] {
  const found: Candidate[] = [];
  for (let at = text.indexOf(anchor.exact); at !== -1; at = text.indexOf(anchor.exact, at + 1)) {
    found.push({ start: at, end: at + anchor.exact.length, quote: 1 });
  }
  found.sort((a, b) => Math.abs(a.start - anchor.start) - Math.abs(b.start - anchor.start));
  return found.slice(0, MAX_CANDIDATES);
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Widens a fuzzy match to whole words: edits at its edges would otherwise cut a word in two. */
function toWholeWords(text: string, start: number, end: number): { start: number; end: number } {
  let from = start;
  let to = end;
  while (from > 0 && WORD_CHAR.test(text[from - 1]!) && WORD_CHAR.test(text[from]!)) from--;
  while (to < text.length && WORD_CHAR.test(text[to]!) && WORD_CHAR.test(text[to - 1]!)) to++;
  return { start: from, end: to };
}

function fuzzyCandidates(anchor: NoteAnchor, text: string): Candidate[] {
  const length = anchor.exact.length;
  if (length > MAX_FUZZY_QUOTE) return [];
  const maxErrors = Math.min(MAX_ERRORS, Math.floor(length / 2));
  const from = Math.max(0, Math.min(anchor.start, text.length) - FUZZY_WINDOW);
  const window = text.slice(from, anchor.end + FUZZY_WINDOW);
  return search(window, anchor.exact, maxErrors)
    .map((match) => ({ ...toWholeWords(text, from + match.start, from + match.end), quote: 1 - match.errors / length }))
    .filter((candidate) => candidate.quote >= QUOTE_WITH_CONTEXT);
}

function placed(
  status: AnchorPlacement['status'],
  anchor: NoteAnchor,
  sections: readonly AnchorSection[],
  start: number,
  end: number,
): AnchorPlacement {
  const section = sectionAt(sections, start);
  return {
    status,
    start,
    end,
    sectionId: section?.id ?? null,
    sectionTitle: section?.title ?? null,
    moved: (section?.id ?? '') !== anchor.sectionId,
  };
}

/**
 * Finds a note's words in the current text: the exact quote, best placed by its context, section
 * and old offset; else a fuzzy match of the quote (approx-string-match) good enough on its own or
 * with its context; else orphaned, at its old place, never dropped.
 */
export function resolveAnchor(anchor: NoteAnchor, text: string, sections: readonly AnchorSection[]): AnchorPlacement {
  if (anchor.exact.length === 0) return { ...placed('orphaned', anchor, [], anchor.start, anchor.end), moved: false };
  const exact = exactCandidates(anchor, text);
  const best = (candidates: Candidate[]) =>
    candidates
      .map((candidate) => ({ candidate, ...rank(anchor, text, sections, candidate) }))
      .reduce<{ candidate: Candidate; score: number; context: number } | null>(
        (top, item) => (top && top.score >= item.score ? top : item),
        null,
      );
  const exactBest = best(exact);
  if (exactBest) return placed('exact', anchor, sections, exactBest.candidate.start, exactBest.candidate.end);
  const fuzzy = best(fuzzyCandidates(anchor, text).filter((candidate) => candidate.end > candidate.start));
  if (fuzzy && (fuzzy.candidate.quote >= QUOTE_ALONE || fuzzy.context >= CONTEXT_NEEDED))
    return placed('fuzzy', anchor, sections, fuzzy.candidate.start, fuzzy.candidate.end);
  return {
    status: 'orphaned',
    start: anchor.start,
    end: anchor.end,
    sectionId: anchor.sectionId,
    sectionTitle: anchor.sectionTitle,
    moved: false,
  };
}

/** Places every note of a sidecar in the current text, by note id. */
export function resolveNotes(notes: readonly Note[], text: string, sections: readonly AnchorSection[]): Map<string, AnchorPlacement> {
  return new Map(notes.map((note) => [note.id, resolveAnchor(note.anchor, text, sections)]));
}

/** The anchor a placed note should store now, so the sidecar follows the talk; an orphan keeps its old one. */
export function followedAnchor(
  anchor: NoteAnchor,
  placement: AnchorPlacement,
  text: string,
  sections: readonly AnchorSection[],
): NoteAnchor {
  return placement.status === 'orphaned' ? anchor : createAnchor(text, sections, placement.start, placement.end);
}
