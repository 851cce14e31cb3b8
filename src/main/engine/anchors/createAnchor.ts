import type { NoteAnchor } from '../../../shared/notes';
import type { Talk } from '../../../shared/talk';
import { fold } from './foldText';

/** A section's place in the talk's text: what anchors are attached to. */
export interface AnchorSection {
  id: string;
  title: string;
  start: number;
  end: number;
}

// The W3C TextQuoteSelector leaves the context length open; Hypothesis stores 32 characters on
// each side, enough to tell apart two occurrences of a phrase in a talk.
export const CONTEXT_CHARS = 32;

/** A talk's sections as anchors see them: ids, titles and offsets into the text as read. */
export function anchorSections(talk: Pick<Talk, 'sections'>): AnchorSection[] {
  return talk.sections.map((section) => ({ id: section.id, title: section.title, start: section.start.offset, end: section.end.offset }));
}

/**
 * The section that holds an offset (the last one starting at or before it), or null before the
 * first. Sections come in the talk's order, their starts ascending, so a binary search finds it:
 * placing a note looks this up for each of up to hundreds of candidates.
 */
export function sectionAt(sections: readonly AnchorSection[], offset: number): AnchorSection | null {
  let low = 0;
  for (let high = sections.length; low < high;) {
    const middle = (low + high) >>> 1;
    if (sections[middle]!.start <= offset) low = middle + 1;
    else high = middle;
  }
  return sections[low - 1] ?? null;
}

// A context is cut at 32 characters as anchors compare them (whitespace runs folded, foldText.ts),
// so a paragraph break in CRLF does not eat into it; in the text as read that is at most twice as
// many: a run of spaces counts as one character but takes at least one.
const RAW_CONTEXT_CHARS = 2 * CONTEXT_CHARS;

/** Where the context before `start` begins: 32 folded characters back, at most 64 of the text. */
function prefixStart(text: string, start: number): number {
  let from = Math.max(0, start - CONTEXT_CHARS);
  while (from > 0 && start - from < RAW_CONTEXT_CHARS && fold(text.slice(from, start)).length < CONTEXT_CHARS) from--;
  return from;
}

/** Where the context after `end` ends: 32 folded characters on, at most 64 of the text. */
function suffixEnd(text: string, end: number): number {
  let to = Math.min(text.length, end + CONTEXT_CHARS);
  while (to < text.length && to - end < RAW_CONTEXT_CHARS && fold(text.slice(end, to)).length < CONTEXT_CHARS) to++;
  return to;
}

/** The anchor of a selection: the words from `start` to `end` of the talk's text, with context. */
export function createAnchor(text: string, sections: readonly AnchorSection[], start: number, end: number): NoteAnchor {
  if (!(Number.isSafeInteger(start) && Number.isSafeInteger(end) && start >= 0 && end > start && end <= text.length))
    throw new RangeError(`A note needs some selected words (got ${start} to ${end} in a text of ${text.length} characters).`);
  const section = sectionAt(sections, start);
  return {
    sectionId: section?.id ?? '',
    sectionTitle: section?.title ?? '',
    exact: text.slice(start, end),
    prefix: text.slice(prefixStart(text, start), start),
    suffix: text.slice(end, suffixEnd(text, end)),
    start,
    end,
  };
}
