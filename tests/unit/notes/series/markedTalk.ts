/**
 * A talk with its notes' words marked in the text itself, so every edit a speaker makes carries the
 * truth along: note i's words run from the character OPEN + i to CLOSE + i (private-use
 * characters no talk contains). A duplicated paragraph's copy carries COPY_OPEN + i to
 * COPY_CLOSE + i instead: the same words, not where the note was.
 */
const OPEN = 0xe000;
const CLOSE = 0xe100;
const COPY_OPEN = 0xe200;
const COPY_CLOSE = 0xe300;
const MARKS_END = 0xe400;

export const open = (note: number): string => String.fromCharCode(OPEN + note);
export const close = (note: number): string => String.fromCharCode(CLOSE + note);
export const isMark = (char: string | undefined): boolean =>
  char !== undefined && char.charCodeAt(0) >= OPEN && char.charCodeAt(0) < MARKS_END;

/** A passage copied: its notes' marks become copy marks (marks of earlier copies dropped). */
export const copied = (marked: string): string =>
  [...marked]
    .map((char) => {
      const code = char.charCodeAt(0);
      return code >= OPEN && code < COPY_OPEN ? String.fromCharCode(code + (COPY_OPEN - OPEN)) : isMark(char) ? '' : char;
    })
    .join('');

/** A text without its marks. */
export const unmarked = (marked: string): string => [...marked].filter((char) => !isMark(char)).join('');

type Ranges = Map<number, { start: number; end: number }>;

/** The plain text of a marked talk, where each note's words are in it (absent: deleted) and where copies of them are. */
export function render(marked: string): { text: string; ranges: Ranges; copies: Ranges } {
  const ranges: Ranges = new Map();
  const copies: Ranges = new Map();
  let text = '';
  for (const char of marked) {
    const code = char.charCodeAt(0);
    if (!isMark(char)) text += char;
    else if (code < CLOSE) ranges.set(code - OPEN, { start: text.length, end: -1 });
    else if (code < COPY_OPEN) ranges.get(code - CLOSE)!.end = text.length;
    else if (code < COPY_CLOSE) copies.set(code - COPY_OPEN, { start: text.length, end: -1 });
    else copies.get(code - COPY_CLOSE)!.end = text.length;
  }
  for (const map of [ranges, copies]) for (const [note, range] of map) if (range.end < 0) map.delete(note);
  return { text, ranges, copies };
}

/** A seeded random number generator (a linear congruential one): the series is the same on every run. */
export function seeded(seed: number): (below: number) => number {
  let state = seed;
  return (below) => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return Math.floor((state / 2 ** 31) * below);
  };
}

/** A talk's blocks (front matter, headings, comments, paragraphs), split on blank lines. */
export const blocks = (marked: string): string[] => marked.split('\n\n');
export const joinBlocks = (parts: readonly string[]): string => parts.join('\n\n');

/** Whether a block is a paragraph of prose (not front matter, a heading, a comment or a list). */
export const isProse = (block: string): boolean =>
  block.split('\n').every((line) => /^[\p{L}\p{N}"'“‘\uE000-\uE3FF]/u.test(line)) && block.trim().length > 0;
export const isHeading = (block: string): boolean => block.startsWith('## ');

/** The notes whose words a piece of marked text holds whole. */
export function notesIn(marked: string): number[] {
  const found: number[] = [];
  for (const char of marked) {
    const code = char.charCodeAt(0);
    if (code >= CLOSE && code < COPY_OPEN && marked.includes(open(code - CLOSE))) found.push(code - CLOSE);
  }
  return found;
}

/** Where each section (a `## ` heading and the blocks up to the next) starts and ends, in blocks. */
export function sectionsOf(parts: readonly string[]): { heading: number; end: number }[] {
  const starts = parts.flatMap((block, index) => (isHeading(block) ? [index] : []));
  return starts.map((heading, index) => ({ heading, end: starts[index + 1] ?? parts.length }));
}

/**
 * Marks `count` notes on a talk: spans of one to seven words in its prose, spread over its
 * paragraphs, some on a word or pair of words the talk says more than once (context must tell
 * which); and echoes a few quotes as a sentence in another section, so a deleted passage's words
 * are still in the talk elsewhere.
 */
export function markNotes(talk: string, count: number, random: (below: number) => number, echo: (quote: string) => string): string {
  const parts = blocks(talk);
  const prose = parts.flatMap((block, index) => (isProse(block) ? [index] : []));
  const lengths = [1, 2, 3, 4, 5, 6, 7];
  for (let note = 0; note < count; note++) {
    const index = prose[Math.floor(((note + 0.5) * prose.length) / count)]!;
    const words = parts[index]!.split(' ');
    const length = lengths[note % lengths.length]!;
    // Notes on one or two words start at a word said elsewhere in the talk when there is one.
    const repeated = words.findIndex(
      (word, at) => at + length <= words.length && word.length > 3 && talk.split(words.slice(at, at + length).join(' ')).length > 2,
    );
    const first = length <= 2 && repeated >= 0 ? repeated : random(Math.max(1, words.length - length));
    const last = Math.min(words.length, first + length) - 1;
    // The quote ends on a word, before trailing punctuation, as a reader's selection does.
    const tail = /^(.*?)([.,;:!?"]*)$/su.exec(words[last]!)!;
    words[last] = `${tail[1]}${close(note)}${tail[2]}`;
    words[first] = open(note) + words[first]!;
    parts[index] = words.join(' ');
    if (note % 6 === 1) {
      // An echo in a paragraph of another section, half a talk away.
      const other = prose[(prose.indexOf(index) + Math.floor(prose.length / 2)) % prose.length]!;
      parts[other] = `${parts[other]} ${echo(unmarked(words.slice(first, last + 1).join(' ')).replace(/[.,;:!?"]+$/u, ''))}`;
    }
  }
  return joinBlocks(parts);
}
