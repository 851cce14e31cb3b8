import search from 'approx-string-match';
import type { Note, NoteAnchor } from '../../../shared/notes';
import type { NotePlacement } from '../../../shared/notesView';
import { AnchorWork, QuoteIndex, WORK_COST } from './anchorWork';
import { CONTEXT_CHARS, createAnchor, sectionAt, type AnchorSection } from './createAnchor';
import { editDistance } from './editDistance';

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
// A quote of one to three characters (a space, "a", "is") allows at most one edit: a fuzzy match
// of it is noise, found in nearly every word, so such a quote is found exactly or not at all.
const MIN_FUZZY_QUOTE = 4;

/** How alike the stored context is to the text now beside a candidate: 0 to 1 (1 when none was stored or it is unchanged). */
function contextSimilarity(stored: string, now: string, work: AnchorWork): number {
  if (stored.length === 0 || stored === now) return 1;
  work.spend(WORK_COST.contextChar * now.length * Math.ceil(stored.length / 32));
  return Math.max(0, 1 - editDistance(stored, now) / stored.length);
}

interface Candidate {
  start: number;
  end: number;
  quote: number;
}

/** What one place of a note's quote now shares with it, and the text it is in. */
interface Place {
  anchor: NoteAnchor;
  text: string;
  sections: readonly AnchorSection[];
  work: AnchorWork;
}

function rank({ anchor, text, sections, work }: Place, candidate: Candidate) {
  const prefix = contextSimilarity(anchor.prefix, text.slice(Math.max(0, candidate.start - anchor.prefix.length), candidate.start), work);
  const suffix = contextSimilarity(anchor.suffix, text.slice(candidate.end, candidate.end + anchor.suffix.length), work);
  const inSection = sectionAt(sections, candidate.start)?.id === anchor.sectionId ? 1 : 0;
  const position = 1 - Math.min(1, Math.abs(candidate.start - anchor.start) / Math.max(1, text.length));
  const score =
    WEIGHTS.quote * candidate.quote +
    WEIGHTS.prefix * prefix +
    WEIGHTS.suffix * suffix +
    WEIGHTS.section * inSection +
    WEIGHTS.position * position;
  return { score, context: Math.max(prefix, suffix), perfect: candidate.quote === 1 && prefix === 1 && suffix === 1 && inSection === 1 };
}

type Ranked = { candidate: Candidate; score: number; context: number };

/**
 * The best of some candidates: the first of the highest score. Exact candidates come nearest the
 * old place first, so one whose quote, context and section are all as stored ends the search:
 * none after it (no nearer) can score more. (A fuzzy one is never perfect: its quote differs.)
 * A spent work budget ends the search too, with the best found so far.
 */
function best(place: Place, candidates: readonly Candidate[]): Ranked | null {
  let top: Ranked | null = null;
  for (const candidate of candidates) {
    const { perfect, ...ranked } = rank(place, candidate);
    if (!top || ranked.score > top.score) top = { candidate, ...ranked };
    if (perfect || place.work.spent) break;
  }
  return top;
}

function exactCandidates(anchor: NoteAnchor, quotes: QuoteIndex): Candidate[] {
  return quotes.nearest(anchor.exact, anchor.start, MAX_CANDIDATES).map((at) => ({ start: at, end: at + anchor.exact.length, quote: 1 }));
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

function fuzzyCandidates({ anchor, text, work }: Place): Candidate[] {
  const length = anchor.exact.length;
  if (length > MAX_FUZZY_QUOTE || length < MIN_FUZZY_QUOTE || work.spent) return [];
  const maxErrors = Math.min(MAX_ERRORS, Math.floor(length / 2));
  const from = Math.max(0, Math.min(anchor.start, text.length) - FUZZY_WINDOW);
  const window = text.slice(from, anchor.end + FUZZY_WINDOW);
  work.spend(WORK_COST.fuzzyBlock * window.length * Math.ceil(length / 32));
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

/** A note left at its old place: its words are gone, or (`reason`) there was no time left to look. */
function orphaned(anchor: NoteAnchor, reason?: AnchorPlacement['reason']): AnchorPlacement {
  return {
    status: 'orphaned',
    start: anchor.start,
    end: anchor.end,
    sectionId: anchor.sectionId,
    sectionTitle: anchor.sectionTitle,
    moved: false,
    ...(reason ? { reason } : {}),
  };
}

function placeOne(given: Place, quotes: QuoteIndex): AnchorPlacement {
  // Sticky stores 32 characters of context; a sidecar written elsewhere may hold more, which
  // would make every comparison as slow as it is long: only the 32 nearest the quote count.
  const anchor = {
    ...given.anchor,
    prefix: given.anchor.prefix.slice(-CONTEXT_CHARS),
    suffix: given.anchor.suffix.slice(0, CONTEXT_CHARS),
  };
  const place = { ...given, anchor };
  const { sections } = place;
  if (anchor.exact.length === 0) return { ...placed('orphaned', anchor, [], anchor.start, anchor.end), moved: false };
  if (place.work.spent) return orphaned(anchor, 'too-much-work');
  const exactBest = best(place, exactCandidates(anchor, quotes));
  if (exactBest) return placed('exact', anchor, sections, exactBest.candidate.start, exactBest.candidate.end);
  const fuzzy = best(
    place,
    fuzzyCandidates(place).filter((candidate) => candidate.end > candidate.start),
  );
  if (fuzzy && (fuzzy.candidate.quote >= QUOTE_ALONE || fuzzy.context >= CONTEXT_NEEDED))
    return placed('fuzzy', anchor, sections, fuzzy.candidate.start, fuzzy.candidate.end);
  return orphaned(anchor);
}

/**
 * Finds notes' words in the current text, in one pass that shares an index of the quotes and a
 * work budget (anchorWork.ts): for each, the exact quote, best placed by its context, section and
 * old offset; else a fuzzy match of the quote (approx-string-match) good enough on its own or with
 * its context; else orphaned, at its old place, never dropped. Once the budget is spent the notes
 * left are orphaned with the reason 'too-much-work'.
 */
export function resolveAnchors(
  anchors: readonly NoteAnchor[],
  text: string,
  sections: readonly AnchorSection[],
  work = new AnchorWork(),
): AnchorPlacement[] {
  const quotes = new QuoteIndex(text, work);
  return anchors.map((anchor) => placeOne({ anchor, text, sections, work }, quotes));
}

/** Finds one note's words in the current text (resolveAnchors for a single note). */
export function resolveAnchor(anchor: NoteAnchor, text: string, sections: readonly AnchorSection[]): AnchorPlacement {
  return resolveAnchors([anchor], text, sections)[0]!;
}

/** Places every note of a sidecar in the current text, by note id. */
export function resolveNotes(notes: readonly Note[], text: string, sections: readonly AnchorSection[]): Map<string, AnchorPlacement> {
  const placements = resolveAnchors(
    notes.map((note) => note.anchor),
    text,
    sections,
  );
  return new Map(notes.map((note, index) => [note.id, placements[index]!]));
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
