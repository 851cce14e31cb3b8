import search from 'approx-string-match';
import type { Note, NoteAnchor } from '../../../shared/notes';
import type { NotePlacement } from '../../../shared/notesView';
import { AnchorWork, QuoteIndex, WORK_COST } from './anchorWork';
import { CONTEXT_CHARS, sectionAt, type AnchorSection } from './createAnchor';
import { editDistance } from './editDistance';
import { fold, foldedOffset, foldText, originalRange, type FoldedText } from './foldText';

export { followedAnchor } from './followAnchor';

/** Where a note sits in the current text, and how it was found; an orphan keeps its old place in its anchor. */
export type AnchorPlacement = NotePlacement;

// Hypothesis allows up to half the quote's length in edits, at most 256 (its text-match module).
const MAX_ERRORS = 256;
// Context agrees when one side (32 characters before or after) is at least 70% the same. Measured
// over 18,000 pairs of unrelated places in this project's fixture talks (word starts, repeated
// passages left out): 99% have both sides below 31% alike, 1 in 2,000 has a side at 70% or more.
// Hypothesis takes its best-scoring candidate whatever the score; Sticky accepts words found away
// from the note's section only at this agreement, because a wrong place is worse than an orphan.
const CONTEXT_AGREES = 0.7;
// A changed quote (a fuzzy match) at least 75% the same stands in the note's own section on its
// own; one at least half the same needs its context at least half the same there too.
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

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const isWordChar = (char: string | undefined): boolean => char !== undefined && WORD_CHAR.test(char);

/** A note as one pass compares it: its quote and context folded (foldText.ts), its old place in the folded text. */
interface Wanted {
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
}

/** One pass over a text: it folded, its sections, the shared quote index and work budget. */
interface Pass {
  raw: string;
  folded: FoldedText;
  sections: readonly AnchorSection[];
  work: AnchorWork;
  quotes: QuoteIndex;
}

interface Candidate {
  start: number;
  end: number;
  quote: number;
}

function wanted(given: NoteAnchor, folded: FoldedText): Wanted {
  // Sticky stores 32 characters of context; a sidecar written elsewhere may hold more, which
  // would make every comparison as slow as it is long: only the 32 nearest the quote count.
  const rawPrefix = given.prefix.slice(-CONTEXT_CHARS);
  const rawSuffix = given.suffix.slice(0, CONTEXT_CHARS);
  const anchor = { ...given, prefix: rawPrefix, suffix: rawSuffix };
  const [exact, prefix, suffix] = [fold(anchor.exact), fold(rawPrefix), fold(rawSuffix)];
  return {
    anchor,
    exact,
    prefix,
    suffix,
    prefixCut: rawPrefix.length < CONTEXT_CHARS,
    suffixCut: rawSuffix.length < CONTEXT_CHARS,
    at: foldedOffset(folded, Math.max(0, Math.min(anchor.start, folded.at.at(-1)!))),
    wordStart: isWordChar(exact[0]) && !isWordChar(prefix.at(-1)),
    wordEnd: isWordChar(exact.at(-1)) && !isWordChar(suffix[0]),
  };
}

/**
 * How alike a stored context is to the text now beside a candidate: 0 to 1. A context cut short by
 * the text's start or end is compared with a full one's length of text, so it agrees only there.
 */
function contextSimilarity(stored: string, now: string, work: AnchorWork): number {
  if (stored === now) return 1;
  work.spend(WORK_COST.contextChar * now.length * Math.ceil(Math.max(1, stored.length) / 32));
  return Math.max(0, 1 - editDistance(stored, now) / Math.max(stored.length, now.length));
}

function rank(pass: Pass, note: Wanted, candidate: Candidate) {
  const text = pass.folded.text;
  const before = note.prefixCut ? CONTEXT_CHARS : note.prefix.length;
  const after = note.suffixCut ? CONTEXT_CHARS : note.suffix.length;
  const prefix = contextSimilarity(note.prefix, text.slice(Math.max(0, candidate.start - before), candidate.start), pass.work);
  const suffix = contextSimilarity(note.suffix, text.slice(candidate.end, candidate.end + after), pass.work);
  const home = note.anchor.sectionId !== '' && sectionAt(pass.sections, pass.folded.at[candidate.start]!)?.id === note.anchor.sectionId;
  const position = 1 - Math.min(1, Math.abs(candidate.start - note.at) / Math.max(1, text.length));
  const score =
    WEIGHTS.quote * candidate.quote +
    WEIGHTS.prefix * prefix +
    WEIGHTS.suffix * suffix +
    WEIGHTS.section * Number(home) +
    WEIGHTS.position * position;
  const context = Math.max(prefix, suffix);
  return { score, context, home, perfect: candidate.quote === 1 && prefix === 1 && suffix === 1 && home };
}

type Ranked = { candidate: Candidate; score: number; context: number; home: boolean };

/**
 * The best accepted candidate: the first of the highest score. Exact candidates come nearest the
 * old place first, so one whose quote, context and section are all as stored ends the search:
 * none after it (no nearer) can score more. A spent work budget ends it too.
 */
function best(pass: Pass, note: Wanted, candidates: readonly Candidate[], accept: (ranked: Ranked) => boolean): Ranked | null {
  let top: Ranked | null = null;
  for (const candidate of candidates) {
    const { perfect, ...rest } = rank(pass, note, candidate);
    const ranked = { candidate, ...rest };
    if (accept(ranked) && (!top || ranked.score > top.score)) top = ranked;
    if (perfect || pass.work.spent) break;
  }
  return top;
}

/** Whether a candidate starts and ends where the quote did: on a word's edge, when the quote was on one. */
const wholeWords = (text: string, note: Wanted, start: number, end: number): boolean =>
  !(note.wordStart && isWordChar(text[start - 1])) && !(note.wordEnd && isWordChar(text[end]));

function exactCandidates(pass: Pass, note: Wanted): Candidate[] {
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

/** Near matches of the quote around its old place; the exact ones were judged already and are left out. */
function fuzzyCandidates(pass: Pass, note: Wanted): Candidate[] {
  const { text } = pass.folded;
  const length = note.exact.length;
  if (length > MAX_FUZZY_QUOTE || length < MIN_FUZZY_QUOTE || pass.work.spent) return [];
  const maxErrors = Math.min(MAX_ERRORS, Math.floor(length / 2));
  const from = Math.max(0, note.at - FUZZY_WINDOW);
  const window = text.slice(from, note.at + length + FUZZY_WINDOW);
  pass.work.spend(WORK_COST.fuzzyBlock * window.length * Math.ceil(length / 32));
  return search(window, note.exact, maxErrors)
    .map((match) => ({ ...toWholeWords(text, from + match.start, from + match.end), quote: 1 - match.errors / length }))
    .filter((candidate) => candidate.end > candidate.start && candidate.quote >= QUOTE_WITH_CONTEXT)
    .filter((candidate) => text.slice(candidate.start, candidate.end) !== note.exact);
}

function placed(status: AnchorPlacement['status'], pass: Pass, note: Wanted, candidate: Candidate): AnchorPlacement {
  const { start, end } = originalRange(pass.folded, candidate.start, candidate.end);
  const section = sectionAt(pass.sections, start);
  return {
    status,
    start,
    end,
    sectionId: section?.id ?? null,
    sectionTitle: section?.title ?? null,
    moved: (section?.id ?? '') !== note.anchor.sectionId,
    ...(status === 'fuzzy' ? { words: pass.raw.slice(start, end) } : {}),
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

/**
 * Exact words are accepted where their context agrees, or as the only occurrence of two or more
 * words in the note's own section (a sentence reworded around them); never elsewhere on the words
 * alone: a phrase deleted in one section is not the same phrase in another.
 */
function placeExact(pass: Pass, note: Wanted): Ranked | null {
  const candidates = exactCandidates(pass, note);
  const inSection = (candidate: Candidate) => sectionAt(pass.sections, pass.folded.at[candidate.start]!)?.id === note.anchor.sectionId;
  const alone = note.exact.trim().includes(' ') && candidates.filter(inSection).length === 1;
  return best(pass, note, candidates, ({ context, home }) => context >= CONTEXT_AGREES || (home && alone));
}

function placeOne(pass: Pass, given: NoteAnchor): AnchorPlacement {
  if (given.exact.length === 0) return { ...orphaned(given), sectionId: null, sectionTitle: null };
  const note = wanted(given, pass.folded);
  if (pass.work.spent) return orphaned(note.anchor, 'too-much-work');
  const exact = placeExact(pass, note);
  if (exact) return placed('exact', pass, note, exact.candidate);
  const fuzzy = best(pass, note, fuzzyCandidates(pass, note), ({ candidate, context, home }) =>
    home ? candidate.quote >= QUOTE_ALONE || context >= CONTEXT_NEEDED : context >= CONTEXT_AGREES,
  );
  if (fuzzy) return placed('fuzzy', pass, note, fuzzy.candidate);
  return orphaned(note.anchor);
}

/**
 * Finds notes' words in the current text, in one pass that shares an index of the quotes and a
 * work budget (anchorWork.ts), on the text folded (foldText.ts: whitespace and quote marks do not
 * count). For each: the exact quote on whole words where its context agrees (or alone in its own
 * section), best placed by context, section and old offset; else a fuzzy match of the quote
 * (approx-string-match) in its section or where its context agrees; else orphaned, at its old
 * place, never dropped. Once the budget is spent the notes left are orphaned ('too-much-work').
 */
export function resolveAnchors(
  anchors: readonly NoteAnchor[],
  text: string,
  sections: readonly AnchorSection[],
  work = new AnchorWork(),
): AnchorPlacement[] {
  // Folding is one linear pass over a text the capped reader already bounded: not counted per note.
  const folded = foldText(text);
  const pass: Pass = { raw: text, folded, sections, work, quotes: new QuoteIndex(folded.text, work) };
  return anchors.map((anchor) => placeOne(pass, anchor));
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
