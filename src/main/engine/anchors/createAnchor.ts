import type { NoteAnchor } from '../../../shared/notes';
import type { Talk } from '../../../shared/talk';

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

/** The anchor of a selection: the words from `start` to `end` of the talk's text, with context. */
export function createAnchor(text: string, sections: readonly AnchorSection[], start: number, end: number): NoteAnchor {
  if (!(Number.isSafeInteger(start) && Number.isSafeInteger(end) && start >= 0 && end > start && end <= text.length))
    throw new RangeError(`A note needs some selected words (got ${start} to ${end} in a text of ${text.length} characters).`);
  const section = sectionAt(sections, start);
  return {
    sectionId: section?.id ?? '',
    sectionTitle: section?.title ?? '',
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_CHARS), start),
    suffix: text.slice(end, end + CONTEXT_CHARS),
    start,
    end,
  };
}
