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
// A duplicated paragraph's copy sits beside it: among the 16 occurrences of the quote nearest the
// old place (a one-word quote may occur hundreds of times; comparing them all would cost as much
// as placing the note).
const COPIES_LOOKED_AT = 16;
// Past this many exact occurrences (a one-word quote in a long talk) the nearest ones suffice.
const MAX_CANDIDATES = 500;
// Fuzzy search costs the text's length times the quote's length / 32 (Myers' bit-parallel
// algorithm): it looks within 100,000 characters either side of the old place (a long talk is
// 60,000), and a quote over 2,000 characters (a page) must be found exactly, so a 5 MB file with
// a hundred notes still places them in about a second.
const FUZZY_WINDOW = 100_000;
// First within 5,000 characters of the old place (a few paragraphs: a section deleted before the
// note moves it less), so a changed quote there is found before a closer match further away.
const NEAR_WINDOW = 5000;
const MAX_FUZZY_QUOTE = 2000;
// A quote of one to three characters (a space, "a", "is") allows at most one edit: a fuzzy match
// of it is noise, found in nearly every word, so such a quote is found exactly or not at all.
const MIN_FUZZY_QUOTE = 4;
// Under 16 characters (two or three words) a changed quote must still be 75% the same, in any
// place: half of a short quote's letters changed make other words, whatever the context.
const SHORT_QUOTE = 16;

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
  /** Whitespace the selection began (ended) with, as read: matched as context, given back to the place found. */
  lead: number;
  trail: number;
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

const isSpace = (char: string | undefined): boolean => char !== undefined && /\s/u.test(char);

/** How many whitespace characters a string begins with (from the end, `backwards`). */
function spaces(text: string, backwards: boolean): number {
  let count = 0;
  while (count < text.length && isSpace(text[backwards ? text.length - 1 - count : count])) count++;
  return count;
}

function wanted(given: NoteAnchor, folded: FoldedText, shift: number): Wanted {
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
function fuzzyCandidates(pass: Pass, note: Wanted, exact: readonly Candidate[], radius: number): Candidate[] {
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

function placed(status: AnchorPlacement['status'], pass: Pass, note: Wanted, candidate: Candidate): AnchorPlacement {
  const range = originalRange(pass.folded, candidate.start, candidate.end);
  let { start, end } = range;
  for (let count = 0; count < note.lead && isSpace(pass.raw[start - 1]); count++) start--;
  for (let count = 0; count < note.trail && isSpace(pass.raw[end]); count++) end++;
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
 * words in the note's own section with its context at least half the same (a sentence reworded
 * around them); never elsewhere on the words alone: a phrase deleted in one section is not the
 * same phrase in another.
 */
function placeExact(pass: Pass, note: Wanted): { top: Ranked | null; candidates: Candidate[] } {
  const candidates = exactCandidates(pass, note);
  const inSection = (candidate: Candidate) => sectionAt(pass.sections, pass.folded.at[candidate.start]!)?.id === note.anchor.sectionId;
  const alone = note.exact.includes(' ') && candidates.filter(inSection).length === 1;
  const top = best(
    pass,
    note,
    candidates,
    ({ context, home }) => context >= CONTEXT_AGREES || (home && alone && context >= CONTEXT_NEEDED),
  );
  return { top, candidates };
}

/** Whether another candidate reads the same as the chosen one, as far as the note's context goes (a duplicated paragraph): only the position chose. */
function readsTheSame(pass: Pass, note: Wanted, chosen: Candidate, candidates: readonly Candidate[]): boolean {
  const text = pass.folded.text;
  const before = note.prefixCut ? CONTEXT_CHARS : note.prefix.length;
  const after = note.suffixCut ? CONTEXT_CHARS : note.suffix.length;
  const around = (candidate: Candidate) =>
    `${text.slice(Math.max(0, candidate.start - before), candidate.start)}\u0000${text.slice(candidate.end, candidate.end + after)}`;
  const mine = around(chosen);
  const nearest = candidates.slice(0, COPIES_LOOKED_AT);
  pass.work.spend(WORK_COST.scan * nearest.length * (before + after));
  return nearest.some((candidate) => candidate.start !== chosen.start && around(candidate) === mine);
}

/** A note placed, with what a second look needs: whether only its old offset chose among copies, and how far its words moved. */
interface Placing {
  placement: AnchorPlacement;
  /** For exact words found once with their context: how far they moved (folded characters). */
  shift: number | null;
  ambiguous: boolean;
}

function placeOne(pass: Pass, given: NoteAnchor, shift = 0): Placing {
  const result = (placement: AnchorPlacement, moved: number | null = null, ambiguous = false): Placing => ({
    placement,
    shift: moved,
    ambiguous,
  });
  if (given.exact.length === 0) return result({ ...orphaned(given), sectionId: null, sectionTitle: null });
  const note = wanted(given, pass.folded, shift);
  if (pass.work.spent) return result(orphaned(note.anchor, 'too-much-work'));
  const exact = placeExact(pass, note);
  if (exact.top) {
    const ambiguous = readsTheSame(pass, note, exact.top.candidate, exact.candidates);
    return result(placed('exact', pass, note, exact.top.candidate), ambiguous ? null : exact.top.candidate.start - note.at, ambiguous);
  }
  // A short quote (a word or two) changed by more than one edit in eight is another word ("iets" is not "Niet").
  const enough = note.exact.length < SHORT_QUOTE ? QUOTE_ALONE : QUOTE_WITH_CONTEXT;
  const accept = ({ candidate, context, home }: Ranked) =>
    candidate.quote >= enough && (home ? candidate.quote >= QUOTE_ALONE || context >= CONTEXT_NEEDED : context >= CONTEXT_AGREES);
  // Near the old place first: the search keeps only its best matches, and a nearer changed quote
  // is not to be hidden by a closer match further away; then the whole window.
  const fuzzy =
    best(pass, note, fuzzyCandidates(pass, note, exact.candidates, NEAR_WINDOW), accept) ??
    best(pass, note, fuzzyCandidates(pass, note, exact.candidates, FUZZY_WINDOW), accept);
  return result(fuzzy ? placed('fuzzy', pass, note, fuzzy.candidate) : orphaned(note.anchor));
}

/**
 * How far the words of the note nearest before `at` (by old offset) moved: the shift an ambiguous
 * note's old offset is corrected by (text deleted or added before both). Never a note after it: a
 * copy inserted between them moved that one, not this.
 */
function neighbourShift(moves: readonly { at: number; shift: number }[], at: number): number | null {
  let low = 0;
  for (let high = moves.length; low < high;) {
    const middle = (low + high) >>> 1;
    if (moves[middle]!.at <= at) low = middle + 1;
    else high = middle;
  }
  return moves[low - 1]?.shift ?? null;
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
  const placings = anchors.map((anchor) => placeOne(pass, anchor));
  // A note whose words and context read the same in two places (a paragraph duplicated) was placed
  // by its old offset alone; text deleted or added before it since moves that offset, so it is
  // corrected by how far the nearest note placed without doubt moved, and placed again.
  const moves = placings
    .flatMap((placing, index) => (placing.shift === null ? [] : [{ at: anchors[index]!.start, shift: placing.shift }]))
    .sort((a, b) => a.at - b.at);
  return placings.map((placing, index) => {
    const shift = placing.ambiguous ? neighbourShift(moves, anchors[index]!.start) : null;
    return shift ? placeOne(pass, anchors[index]!, shift).placement : placing.placement;
  });
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
