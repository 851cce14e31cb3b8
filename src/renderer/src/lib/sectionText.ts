import type { Finding } from '../../../shared/talk';

/** A run of text shown together, with the findings and the coach's notes (indices) that cover it. */
export interface Segment {
  text: string;
  findings: number[];
  notes: number[];
}

/** Ranges of the file's text (offsets), e.g. where the coach's notes sit. */
export interface TextRange {
  start: number;
  end: number;
}

/** A block of a section as shown: a heading, a paragraph, a list item, a quote, a table row or code. */
export interface Block {
  kind: 'heading' | 'paragraph' | 'item' | 'quote' | 'table' | 'code';
  segments: Segment[];
}

const FENCE = /^\s*(`{3,}|~{3,})/;
const HEADING = /^(#{1,6})\s+/;
const ITEM = /^\s*(?:[-*+]|\d{1,9}[.)])\s+/;
const QUOTE = /^\s*>/;
const TABLE = /^\s*\|/;
const COMMENT_LINE = /^\s*<!--.*-->\s*$/;

/**
 * Splits a section of the file into blocks of plain text with the findings that cover each run.
 * Markdown syntax is left out where the engine's spoken mask blanked it (emphasis marks, link
 * addresses, comments), so nothing is ever interpreted as HTML: the result is text only.
 */
export function sectionBlocks(
  fileText: string,
  start: number,
  end: number,
  spoken: string,
  findings: Finding[],
  notes: readonly TextRange[] = [],
): Block[] {
  const slice = fileText.slice(start, end);
  // Map each character of the file's slice to the spoken mask (CRLF counts as one character there).
  const maskAt: number[] = [];
  for (let i = 0, j = 0; i < slice.length; i++) {
    if (slice[i] === '\r' && slice[i + 1] === '\n') maskAt.push(-1);
    else maskAt.push(j++);
  }
  // Which findings cover each character of the slice, built once by marking each finding's range.
  const cover: number[][] = Array.from({ length: slice.length + 1 }, () => []);
  findings.forEach((finding, index) => {
    const from = Math.max(0, finding.start.offset - start);
    const to = Math.min(slice.length, finding.end.offset - start);
    for (let offset = from; offset < to; offset++) cover[offset]!.push(index);
  });
  const covering = (offset: number): number[] => cover[offset - start] ?? [];
  const noted: number[][] = Array.from({ length: slice.length + 1 }, () => []);
  notes.forEach((note, index) => {
    for (let offset = Math.max(0, note.start - start); offset < Math.min(slice.length, note.end - start); offset++)
      noted[offset]!.push(index);
  });
  const notesAt = (offset: number): number[] => noted[offset - start] ?? [];
  const same = (a: Segment, b: Pick<Segment, 'findings' | 'notes'>): boolean =>
    a.findings.join() === b.findings.join() && a.notes.join() === b.notes.join();
  const blocks: Block[] = [];
  let inFence = false;
  let lineStart = 0;
  let previousKind: Block['kind'] | 'blank' = 'blank';
  for (const line of slice.split('\n')) {
    const lineEnd = lineStart + line.length;
    const content = line.replace(/\r$/, '');
    let kind: Block['kind'] | 'blank' | 'skip';
    if (FENCE.test(content)) {
      inFence = !inFence;
      kind = 'skip';
    } else if (inFence) kind = 'code';
    else if (content.trim() === '') kind = 'blank';
    else if (COMMENT_LINE.test(content)) kind = 'skip';
    else if (HEADING.test(content)) kind = 'heading';
    else if (ITEM.test(content)) kind = 'item';
    else if (QUOTE.test(content)) kind = 'quote';
    else if (TABLE.test(content)) kind = 'table';
    else kind = 'paragraph';

    let lineHasText = true;
    if (kind === 'code') blocks.push({ kind, segments: [{ text: content, findings: [], notes: [] }] });
    else if (kind === 'heading')
      blocks.push({ kind, segments: [{ text: content.replace(HEADING, '').replace(/\s#+\s*$/, ''), findings: [], notes: [] }] });
    else if (kind === 'paragraph' || kind === 'item' || kind === 'quote' || kind === 'table') {
      const segments: Segment[] = [];
      for (let i = lineStart; i < lineStart + content.length; i++) {
        const m = maskAt[i]!;
        const char = slice[i]!;
        const visible = (m >= 0 && spoken[m] !== undefined && spoken[m] !== ' ' && spoken[m] !== '\n') || /\s/.test(char);
        if (!visible) continue;
        const here = { findings: covering(start + i), notes: notesAt(start + i) };
        const last = segments.at(-1);
        if (last && same(last, here)) last.text += char;
        else segments.push({ text: char, ...here });
      }
      const trimmed = segments.filter((segment) => segment.text !== '');
      // A wrapped paragraph continues the one above it, as Markdown renders it.
      const continues = (kind === 'paragraph' || kind === 'quote') && previousKind === kind && blocks.at(-1)?.kind === kind;
      const saysSomething = trimmed.some((segment) => segment.text.trim() !== '');
      lineHasText = saysSomething;
      if (continues && blocks.length > 0) {
        // The line break becomes a space, highlighted like the phrase it sits in ("This week").
        const target = blocks.at(-1)!.segments;
        const gap = { text: ' ', findings: covering(start + lineStart - 1), notes: notesAt(start + lineStart - 1) };
        for (const segment of [gap, ...trimmed]) {
          const last = target.at(-1);
          if (last && same(last, segment)) last.text += segment.text;
          else target.push({ ...segment });
        }
      } else if (trimmed.some((segment) => segment.text.trim() !== '')) {
        // Indentation and the space after a list or quote marker are not part of what is said.
        while (trimmed.length > 0 && trimmed[0]!.text.trim() === '') trimmed.shift();
        trimmed[0] = { ...trimmed[0]!, text: trimmed[0]!.text.trimStart() };
        blocks.push({ kind, segments: trimmed });
      }
    }
    // A line with nothing to say (an HTML block, a lone comment) ends the paragraph before it.
    if (kind !== 'skip') previousKind = kind === 'paragraph' || kind === 'quote' ? (lineHasText ? kind : 'blank') : kind;
    lineStart = lineEnd + 1;
  }
  return blocks;
}
