import search from 'approx-string-match';
import type { NoteAnchor } from '../../../shared/notes';
import type { AnchorWork, QuoteIndex } from './anchorWork';
import { WORK_COST } from './anchorWork';
import { CONTEXT_CHARS, type AnchorSection } from './createAnchor';
import { fold, foldedOffset, type FoldedText } from './foldText';

// Where a note's words may be now: its exact quote (whole words) and near matches of it (fuzzy).

// Hypothesis allows up to half the quote's length in edits, at most 256 (its text-match module);
// a match less than half the same is not the note's words.
const MAX_ERRORS = 256;
export const QUOTE_WITH_CONTEXT = 0.5;
// Past this many exact occurrences (a one-word quote in a long talk) the nearest ones suffice.
const MAX_CANDIDATES = 500;
// Fuzzy search costs the text's length times the quote's length / 32 (Myers' bit-parallel
// algorithm): it looks within 100,000 characters either side of the old place (a long talk is
// 60,000), and a quote over 2,000 characters (a page) must be found exactly, so a 5 MB file with
// a hundred notes still places them in about a second.
export const FUZZY_WINDOW = 100_000;
// First within 5,000 characters of the old place (a few paragraphs: a section deleted before the
// note moves it less), so a changed quote there is found before a closer match further away.
export const NEAR_WINDOW = 5000;
const MAX_FUZZY_QUOTE = 2000;
// A quote of one to three characters (a space, "a", "is") allows at most one edit: a fuzzy match
// of it is noise, found in nearly every word, so such a quote is found exactly or not at all.
const MIN_FUZZY_QUOTE = 4;
// Under 16 characters (two or three words) a changed quote must still be 75% the same, in any
// place: half of a short quote's letters changed make other words, whatever the context.
export const SHORT_QUOTE = 16;

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
export const isWordChar = (char: string | undefined): boolean => char !== undefined && WORD_CHAR.test(char);

/** A note as one pass compares it: its quote and context folded (foldText.ts), its old place in the folded text. */
export interface Wanted {
  anchor: NoteAnchor;
  exact: string;
  prefix: string;
  suffix: string;
  /** Whether the context was cut by the start or end of the text (then the text there must end too). */
  prefixCut: boolean;
  suffixCut: boolean;
  at: number;
  /** Whether the quote began (ended) a word: then a candidate must too ("Rob" is not in "Robin"). */
  wordStart: boolean;
  wordEnd: boolean;
  /** Whitespace the selection began (ended) with, as read: matched as context, given back to the place found. */
  lead: number;
  trail: number;
}

/** One pass over a text: it folded, its sections, the shared quote index and work budget. */
export interface Pass {
  raw: string;
  folded: FoldedText;
  sections: readonly AnchorSection[];
  work: AnchorWork;
  quotes: QuoteIndex;
}

export interface Candidate {
  start: number;
  end: number;
  quote: number;
}

export const isSpace = (char: string | undefined): boolean => char !== undefined && /\s/u.test(char);

/** How many whitespace characters a string begins with (from the end, `backwards`). */
function spaces(text: string, backwards: boolean): number {
  let count = 0;
  while (count < text.length && isSpace(text[backwards ? text.length - 1 - count : count])) count++;
  return count;
}

export function wanted(given: NoteAnchor, folded: FoldedText, shift: number): Wanted {
  // Whitespace at a selection's edges is matched as context: a re-wrap moves it.
  const lead = spaces(given.exact, false) < given.exact.length ? spaces(given.exact, false) : 0;
  const trail = lead > 0 || spaces(given.exact, true) < given.exact.length ? spaces(given.exact, true) : 0;
  const words = given.exact.slice(lead, given.exact.length - trail);
  // Sticky stores 32 characters of context as compared (at most 64 as read, createAnchor.ts); a
  // sidecar written elsewhere may hold more, which would make every comparison as slow as it is
  // long: only the 32 nearest the quote count.
  const prefix = fold(given.prefix.slice(-2 * CONTEXT_CHARS) + given.exact.slice(0, lead)).slice(-CONTEXT_CHARS);
  const suffix = fold(given.exact.slice(words.length + lead) + given.suffix.slice(0, 2 * CONTEXT_CHARS)).slice(0, CONTEXT_CHARS);
  const exact = fold(words);
  const at = foldedOffset(folded, Math.max(0, Math.min(given.start + lead, folded.at.at(-1)!)));
  return {
    anchor: given,
    exact,
    prefix,
    suffix,
    prefixCut: prefix.length < CONTEXT_CHARS,
    suffixCut: suffix.length < CONTEXT_CHARS,
    at: Math.max(0, Math.min(at + shift, folded.text.length)),
    wordStart: isWordChar(exact[0]) && !isWordChar(prefix.at(-1)),
    wordEnd: isWordChar(exact.at(-1)) && !isWordChar(suffix[0]),
    lead,
    trail,
  };
}

/** Whether a candidate starts and ends where the quote did: on a word's edge, when the quote was on one. */
const wholeWords = (text: string, note: Wanted, start: number, end: number): boolean =>
  !(note.wordStart && isWordChar(text[start - 1])) && !(note.wordEnd && isWordChar(text[end]));

export function exactCandidates(pass: Pass, note: Wanted): Candidate[] {
  return pass.quotes
    .nearest(note.exact, note.at, MAX_CANDIDATES)
    .filter((at) => wholeWords(pass.folded.text, note, at, at + note.exact.length))
    .map((at) => ({ start: at, end: at + note.exact.length, quote: 1 }));
}

/** Widens a fuzzy match to whole words: edits at its edges would otherwise cut a word in two. */
function toWholeWords(text: string, start: number, end: number): { start: number; end: number } {
  let from = start;
  let to = end;
  while (from > 0 && isWordChar(text[from - 1]) && isWordChar(text[from])) from--;
  while (to < text.length && isWordChar(text[to]) && isWordChar(text[to - 1])) to++;
  while (text[from] === ' ' && from < to) from++;
  while (text[to - 1] === ' ' && to > from) to--;
  return { start: from, end: to };
}

/** A stretch of the text with the quote's exact occurrences in it blanked out (same length), so a search finds the near ones. */
function withoutExact(text: string, from: number, to: number, exact: readonly Candidate[]): string {
  const parts: string[] = [];
  let at = from;
  for (const { start, end } of [...exact].filter((item) => item.start >= from && item.end <= to).sort((a, b) => a.start - b.start)) {
    if (start < at) continue;
    parts.push(text.slice(at, start), '\u0000'.repeat(end - start));
    at = end;
  }
  parts.push(text.slice(at, to));
  return parts.join('');
}

/**
 * Near matches of the quote within `radius` of its old place. The search returns only the best
 * matches, so the exact occurrences (judged already, and not accepted) are blanked out first.
 */
export function fuzzyCandidates(pass: Pass, note: Wanted, exact: readonly Candidate[], radius: number): Candidate[] {
  const { text } = pass.folded;
  const length = note.exact.length;
  if (length > MAX_FUZZY_QUOTE || length < MIN_FUZZY_QUOTE || pass.work.spent) return [];
  const maxErrors = Math.min(MAX_ERRORS, Math.floor(length / 2));
  const from = Math.max(0, note.at - radius);
  const window = withoutExact(text, from, Math.min(text.length, note.at + length + radius), exact);
  pass.work.spend(WORK_COST.fuzzyBlock * window.length * Math.ceil(length / 32));
  return search(window, note.exact, maxErrors)
    .map((match) => {
      // Widened to whole words, in a short quote each character added counts as one more edit ("iet"
      // in "Niet"); in a longer one a word completed is the sentence reworded around it.
      const words = toWholeWords(text, from + match.start, from + match.end);
      const added = length < SHORT_QUOTE ? Math.max(0, from + match.start - words.start) + Math.max(0, words.end - (from + match.end)) : 0;
      return { ...words, quote: 1 - (match.errors + added) / length };
    })
    .filter((candidate) => candidate.end > candidate.start && candidate.quote >= QUOTE_WITH_CONTEXT)
    .filter((candidate) => text.slice(candidate.start, candidate.end) !== note.exact);
}
