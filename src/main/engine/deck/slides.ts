import { MAX_SECTIONS } from '../talk/limits';
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
 * reveal.js at a `---` line after a blank line, reveal.js also at `--` (a vertical slide). Code
 * fences are never split. Linear: each line is looked at once, front matter lines included.
 */
export function splitSlides(text: string, bodyStart: number, kind: DeckKind): SlideSplit {
  const lines = linesOf(text, bodyStart);
  const slides: SlideRange[] = [];
  let overflow: number | null = null;
  let h = 1;
  let v = 1;
  let stackTop = 0;
  let current: Omit<SlideRange, 'end'> = { label: '1', stackTop: 0, start: bodyStart, contentStart: bodyStart, matter: null };
  let fence: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const opened = fenceOf(line.text);
    if (fence !== null) {
      if (opened !== null && opened[0] === fence[0] && opened.length >= fence.length) fence = null;
      continue;
    }
    if (opened !== null) {
      fence = opened;
      continue;
    }
    const afterBlank = i === 0 || lines[i - 1]!.text.trim() === '';
    const horizontal = line.text === '---' && (kind === 'slidev' || afterBlank);
    const vertical = kind === 'reveal' && line.text === '--' && afterBlank;
    if (!horizontal && !vertical) continue;
    if (slides.length + 1 >= MAX_SECTIONS) {
      overflow ??= line.start;
      continue;
    }
    slides.push({ ...current, end: line.start });
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
