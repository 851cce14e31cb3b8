import { MAX_SECTIONS } from '../talk/limits';
import { htmlComments } from '../../../shared/htmlComments';
import type { DeckKind } from './detect';

/** One slide's place in the normalised text. */
export interface SlideRange {
  /** The slide's number as the tool shows it: `3`, or `3.2` for a reveal.js vertical slide. */
  label: string;
  /** The horizontal slide this one is stacked under (reveal.js), as a 0-based index of slides. */
  stackTop: number;
  /** First character after the separator line. */
  start: number;
  /** First character after the slide's own front matter (Slidev). */
  contentStart: number;
  /** Where the next separator line starts (or the end of the text). */
  end: number;
  /** The YAML of the slide's front matter, between its `---` lines. */
  matter: { start: number; end: number } | null;
}

/** The slides of a deck, and the first separator past the slide limit, if any. */
export interface SlideSplit {
  slides: SlideRange[];
  overflow: number | null;
}

interface Line {
  start: number;
  end: number;
  text: string;
}

/** The lines of text from `from`, each trimmed at the end: one pass. */
function linesOf(text: string, from: number): Line[] {
  const lines: Line[] = [];
  let start = from;
  while (start <= text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    lines.push({ start, end, text: text.slice(start, end).trimEnd() });
    if (newline === -1) break;
    start = newline + 1;
  }
  return lines;
}

const fenceOf = (line: string): string | null => /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1] ?? null;

/**
 * Splits a deck's body into slides the way its tool does: Slidev at every `---` line (one followed
 * by a `key:` line opens the next slide's front matter, up to the next `---`); Marp and
 * reveal.js at a `---` line after a blank line, reveal.js also at `--` (a vertical slide); Marp
 * also before each heading of a `headingDivider` level (`divider`) that follows some content. Code
 * fences are never split. Linear: each line is looked at once, front matter lines included.
 */
export function splitSlides(text: string, bodyStart: number, kind: DeckKind, divider: Set<number> = new Set()): SlideSplit {
  const lines = linesOf(text, bodyStart);
  const slides: SlideRange[] = [];
  let overflow: number | null = null;
  let h = 1;
  let v = 1;
  let stackTop = 0;
  let current: Omit<SlideRange, 'end'> = { label: '1', stackTop: 0, start: bodyStart, contentStart: bodyStart, matter: null };
  let fence: string | null = null;
  // Whether the current slide has shown anything yet: Marp's headingDivider never makes an empty slide.
  let hasContent = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const opened = fenceOf(line.text);
    if (fence !== null) {
      if (opened !== null && opened[0] === fence[0] && opened.length >= fence.length) fence = null;
      continue;
    }
    if (opened !== null) {
      fence = opened;
      hasContent = true;
      continue;
    }
    const afterBlank = i === 0 || lines[i - 1]!.text.trim() === '';
    const horizontal = line.text === '---' && (kind === 'slidev' || afterBlank);
    const vertical = kind === 'reveal' && line.text === '--' && afterBlank;
    const level = divider.size > 0 ? (/^(#{1,6})(?:\s|$)/.exec(line.text)?.[1]?.length ?? 0) : 0;
    const divided: boolean = level > 0 && divider.has(level) && hasContent;
    if (!horizontal && !vertical && !divided) {
      if (line.text.trim() !== '' && !line.text.trimStart().startsWith('<!--')) hasContent = true;
      continue;
    }
    if (slides.length + 1 >= MAX_SECTIONS) {
      overflow ??= line.start;
      continue;
    }
    slides.push({ ...current, end: line.start });
    hasContent = divided;
    if (divided) {
      // The heading opens the next slide: it is the slide's first line, not a separator.
      h++;
      v = 1;
      stackTop = slides.length;
      current = { label: `${h}`, stackTop, start: line.start, contentStart: line.start, matter: null };
      continue;
    }
    if (vertical) v++;
    else {
      h++;
      v = 1;
      stackTop = slides.length;
    }
    const start = i + 1 < lines.length ? lines[i + 1]!.start : line.end;
    current = { label: v > 1 ? `${h}.${v}` : `${h}`, stackTop, start, contentStart: start, matter: null };
    // Slidev: a `key:` line right after `---` starts the slide's front matter. (Slidev takes any
    // non-blank line; a heading there is far more likely a slide whose blank line was left out.)
    if (kind !== 'slidev' || i + 1 >= lines.length || !/^[A-Za-z_][\w-]*\s*:/.test(lines[i + 1]!.text)) continue;
    let close = i + 1;
    while (close < lines.length && lines[close]!.text !== '---') close++;
    if (close >= lines.length) continue;
    current.matter = { start, end: lines[close]!.start };
    current.contentStart = close + 1 < lines.length ? lines[close + 1]!.start : lines[close]!.end;
    i = close;
  }
  slides.push({ ...current, end: text.length });
  return { slides, overflow };
}

// Marp's global directive in a comment (marpit.marp.app/directives#heading-divider); the last one
// wins. The comment's inner text is matched, its value trimmed: no regular expression scans for the
// comment's end (an unclosed one rescanned to the end of the text, once per `<!--`).
const DIVIDER_KEY = /^\s*headingDivider\s*:/;

const dividerLevels = (value: unknown): Set<number> => {
  const values = Array.isArray(value) ? value : typeof value === 'string' ? value.replace(/[[\]]/g, '').split(/[\s,]+/) : [value];
  const numbers = values.map(Number).filter((n) => Number.isInteger(n) && n >= 1 && n <= 6);
  // A single number N divides at every heading of level N or above; a list names the levels.
  if (!Array.isArray(value) && numbers.length === 1) return new Set(Array.from({ length: numbers[0]! }, (_, i) => i + 1));
  return new Set(numbers);
};

/** The heading levels Marp's `headingDivider` (front matter or a comment directive) splits slides at. */
export function headingDivider(text: string, frontMatter: { entries: Map<string, { value: unknown }> }): Set<number> {
  let value = frontMatter.entries.get('headingDivider')?.value;
  for (const { inner } of htmlComments(text)) {
    const key = DIVIDER_KEY.exec(inner);
    if (key && !inner.includes('>')) value = inner.slice(key[0].length).trim();
  }
  return value === undefined || value === null ? new Set() : dividerLevels(value);
}
