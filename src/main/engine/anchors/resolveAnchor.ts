import type { Note, NoteAnchor } from '../../../shared/notes';
import type { NotePlacement } from '../../../shared/notesView';
import {
  exactCandidates,
  FUZZY_WINDOW,
  fuzzyCandidates,
  isSpace,
  NEAR_WINDOW,
  QUOTE_WITH_CONTEXT,
  SHORT_QUOTE,
  wanted,
  type Candidate,
  type Pass,
  type Wanted,
} from './anchorCandidates';
import { AnchorWork, QuoteIndex, WORK_COST } from './anchorWork';
import { CONTEXT_CHARS, sectionAt, type AnchorSection } from './createAnchor';
import { editDistance } from './editDistance';
import { foldText, originalRange } from './foldText';

export { followedAnchor } from './followAnchor';

/** Where a note sits in the current text, and how it was found; an orphan keeps its old place in its anchor. */
export type AnchorPlacement = NotePlacement;

// Context agrees when one side (32 characters before or after) is at least 70% the same. Measured
// over 18,000 pairs of unrelated places in this project's fixture talks (word starts, repeated
// passages left out): 99% have both sides below 31% alike, 1 in 2,000 has a side at 70% or more.
// Hypothesis takes its best-scoring candidate whatever the score; Sticky accepts words found away
// from the note's section only at this agreement, because a wrong place is worse than an orphan.
const CONTEXT_AGREES = 0.7;
// A changed quote (a fuzzy match) at least 75% the same stands in the note's own section on its
// own; one at least half the same (QUOTE_WITH_CONTEXT) needs its context at least half the same there too.
const QUOTE_ALONE = 0.75;
const CONTEXT_NEEDED = 0.5;
// Hypothesis weighs quote, prefix, suffix and position 50 : 20 : 20 : 2 when ranking candidates;
// Sticky adds the section the note was in, worth as much as one side of context.
const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, section: 20, position: 2 };
// A duplicated paragraph's copy sits beside it: among the 16 occurrences of the quote nearest the
// old place (a one-word quote may occur hundreds of times; comparing them all would cost as much
// as placing the note).
const COPIES_LOOKED_AT = 16;
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
