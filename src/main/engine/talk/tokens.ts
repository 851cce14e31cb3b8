import type { Token } from 'marked';
import { blockTokens } from './lexer';
import { spokenMask } from '../text/mask';
import type { PlacedRaw } from './directives';

/** A top-level Markdown token with its normalised offset. */
export interface PlacedToken extends PlacedRaw {
  token: Token;
}

/**
 * Splits the body into top-level tokens with their normalised offsets. The parser reads the text
 * with nesting bounded (nesting.ts); each token's raw text is the original's at the same offsets.
 */
export function placeTokens(original: string, bodyStart: number, bounded = original): PlacedToken[] {
  // Block structure only: the inline pass (emphasis, links) is not needed here (the spoken mask
  // handles inline syntax linearly) and is quadratic, or overflows the stack, on runs of * and _.
  const tokens = blockTokens(bounded.slice(bodyStart));
  const placed: PlacedToken[] = [];
  let offset = bodyStart;
  for (const token of tokens) {
    // Raw texts concatenate to the source; should the parser ever skip a character, find the raw.
    const start = bounded.startsWith(token.raw, offset) ? offset : Math.max(offset, bounded.indexOf(token.raw, offset));
    const raw = original.slice(start, start + token.raw.length);
    placed.push({ type: token.type, raw, start, token });
    offset = start + token.raw.length;
  }
  return placed;
}

/** A URL-style id for a section title, unique within the talk. */
export function slugify(title: string, taken: Set<string>, index: number): string {
  const base =
    title
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '') // runs were made one '-' above
      .slice(0, 60) || `section-${index + 1}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

// A backslash before ASCII punctuation is Markdown's escape (CommonMark 2.4): `Q\&A` reads `Q&A`.
// Office files come as Markdown with their punctuation escaped (office/blocks.ts), so a title shows
// what the document says.
const ESCAPED = /\\([!-/:-@[-`{-~])/g;

/** A heading's text as a reader sees it: whitespace collapsed, Markdown's backslash escapes undone. */
export function headingText(token: Token): string {
  return ((token as { text?: string }).text ?? '').replace(/\s+/g, ' ').trim().replace(ESCAPED, '$1');
}

/** The spoken mask of the tokens that fall inside [start, end) of the normalised text. */
export function maskRange(tokens: PlacedToken[], start: number, end: number): string {
  // Parts joined once: appending to one growing string copies it for every token.
  const parts: string[] = [];
  let length = 0;
  for (const placed of tokens) {
    if (placed.start < start || placed.start >= end) continue;
    const gap = placed.start - start - length;
    if (gap > 0) parts.push(' '.repeat(gap));
    const mask = spokenMask([placed]);
    parts.push(mask);
    length += Math.max(gap, 0) + mask.length;
  }
  return parts
    .join('')
    .padEnd(end - start, ' ')
    .slice(0, end - start);
}

// A prompt is glanced at from two metres: about one line of a slide.
export const PROMPT_LENGTH = 140;

/** The first spoken sentence of a section's mask, shortened to a glanceable line. */
export function firstSentence(masked: string): string {
  // Only the start is needed: a prompt is at most PROMPT_LENGTH characters, so whitespace is
  // collapsed in a growing window instead of over a whole section.
  for (let window = PROMPT_LENGTH * 4; ; window *= 4) {
    const whole = window >= masked.length;
    const text = masked.slice(0, window).replace(/\s+/g, ' ').trim();
    const end = /[.!?…](?=\s|$)/.exec(text);
    // A sentence end right at the window's edge might be "3." of "3.5": look one character past it.
    if (whole || (end && end.index < text.length - 1) || text.length > PROMPT_LENGTH + 1) {
      const sentence = end ? text.slice(0, end.index + 1) : text;
      return sentence.length > PROMPT_LENGTH ? `${sentence.slice(0, PROMPT_LENGTH - 1).trimEnd()}…` : sentence;
    }
  }
}
