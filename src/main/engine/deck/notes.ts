import type { PlacedRaw } from '../talk/directives';
import { stickyDirectiveKey } from '../talk/directives';
import { htmlComments } from '../../../shared/htmlComments';
import { isOfficeDeck, type DeckKind } from './detect';
import { MARP_DIRECTIVES } from './keys';

/** A range of the normalised text. */
export interface Span {
  start: number;
  end: number;
}

/** The comment that marks a part of a converted presentation's slide (services/office/deckText.ts): never a note. */
export const OFFICE_PART = /^\s*office-part:\s*(notes|section|hidden)\b ?(.*)$/s;

/** What a slide holds besides its shown text: notes, comments that are directives, where the shown text ends. */
export interface SlideParts {
  /** The spoken notes: inner text of note comments, or the text after reveal.js's `Note:`. */
  notes: Span[];
  /** Comments that are not notes, for Sticky's own `<!-- variants: -->` and the like. */
  comments: PlacedRaw[];
  /** Where the shown text ends (reveal.js: at the `Note:` line). */
  shownEnd: number;
}

/** Whether every line of a comment is a `key: value` Marp directive (so it is not a note). */
function isMarpDirective(inner: string): boolean {
  let any = false;
  for (const line of inner.split('\n')) {
    if (line.trim() === '') continue;
    const key = /^\s*_?([A-Za-z]+)\s*:/.exec(line)?.[1];
    if (key === undefined || !MARP_DIRECTIVES.has(key)) return false;
    any = true;
  }
  return any;
}

/** The HTML comments of a slide, in order, scanning its own text once (an unclosed `<!--` ends the scan). */
function commentsOf(text: string, from: number, to: number): PlacedRaw[] {
  return htmlComments(text, from, to).map((comment) => ({
    type: 'html',
    raw: text.slice(comment.start, comment.end),
    start: comment.start,
  }));
}

const innerSpan = (comment: PlacedRaw): Span => ({ start: comment.start + 4, end: comment.start + comment.raw.length - 3 });

/** The comments that are notes as spans, and the others (one pass: a note is looked up in a set, not a list). */
function splitNotes(comments: PlacedRaw[], isNote: (comment: PlacedRaw) => boolean, shownEnd: number): SlideParts {
  const notes = new Set(comments.filter(isNote));
  return { notes: [...notes].map(innerSpan), comments: comments.filter((c) => !notes.has(c)), shownEnd };
}

/** The reveal.js `Note:` line of a slide (outside code fences), as an offset, or -1. */
function revealNoteLine(text: string, from: number, to: number): number {
  let fence: string | null = null;
  let lineStart = from;
  while (lineStart < to) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 || newline > to ? to : newline;
    const line = text.slice(lineStart, lineEnd);
    const opened = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1] ?? null;
    if (fence !== null) {
      if (opened !== null && opened[0] === fence[0] && opened.length >= fence.length) fence = null;
    } else if (opened !== null) fence = opened;
    else if (/^notes?:/i.test(line)) return lineStart;
    lineStart = lineEnd + 1;
  }
  return -1;
}

/**
 * Finds a slide's speaker notes in its tool's syntax: Slidev's last comment when it ends the slide,
 * Marp's comments that are not directives, reveal.js's text after `Note:`. Sticky's own directive
 * comments are never notes.
 */
export function slideParts(text: string, kind: DeckKind, from: number, to: number): SlideParts {
  const comments = commentsOf(text, from, to);
  const isSticky = (comment: PlacedRaw): boolean => stickyDirectiveKey(comment.raw.slice(4, -3)) !== undefined;
  if (kind === 'reveal') {
    const noteLine = revealNoteLine(text, from, to);
    if (noteLine === -1) return { notes: [], comments, shownEnd: to };
    const colon = text.indexOf(':', noteLine) + 1;
    return { notes: [{ start: colon, end: to }], comments: comments.filter((c) => c.start < noteLine), shownEnd: noteLine };
  }
  if (isOfficeDeck(kind)) {
    // A converted presentation: every comment that is not Sticky's own nor a part marker is notes.
    return splitNotes(comments, (comment) => !isSticky(comment) && !OFFICE_PART.test(comment.raw.slice(4, -3)), to);
  }
  if (kind === 'marp') {
    return splitNotes(comments, (comment) => !isSticky(comment) && !isMarpDirective(comment.raw.slice(4, -3)), to);
  }
  const last = comments.at(-1);
  const endsSlide = last !== undefined && text.slice(last.start + last.raw.length, to).trim() === '';
  if (!last || !endsSlide || isSticky(last)) return { notes: [], comments, shownEnd: to };
  return { notes: [innerSpan(last)], comments: comments.slice(0, -1), shownEnd: to };
}
