// Markdown parsers nest lists and quotes by recursion, and marked's list tokenizer is
// super-linear in depth: a 10 KB file of quotes nested 5,000 deep overflows the stack, and a list
// indented 1,000 levels takes seconds. No talk nests that deep, so the text handed to the parser
// keeps at most MAX_MARKERS list or quote markers at the start of a line and at most MAX_INDENT
// columns of indentation before a marker; deeper markers become spaces (same length, so every
// offset stays exact) and their lines are read as plain text. Real talks nest two or three deep.
export const MAX_MARKERS = 12;
// Twelve levels of the usual four-column list indentation.
export const MAX_INDENT = 48;

/** Where a line's nesting was cut, for a finding: its offset in the text. */
export interface DeepLine {
  offset: number;
  end: number;
}

const isSpace = (char: string): boolean => char === ' ' || char === '\t';

/** The text with nesting deeper than the bounds blanked, and the lines where that happened. */
export function boundNesting(text: string): { text: string; deep: DeepLine[] } {
  const deep: DeepLine[] = [];
  const out: string[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    out.push(boundLine(text.slice(lineStart, lineEnd), lineStart, deep));
    if (newline === -1) break;
    out.push('\n');
    lineStart = newline + 1;
  }
  return { text: out.join(''), deep };
}

/** One line with markers past the bounds turned into spaces. */
function boundLine(line: string, offset: number, deep: DeepLine[]): string {
  let markers = 0;
  let column = 0;
  let i = 0;
  let cutAt = -1;
  while (i < line.length) {
    const char = line[i]!;
    if (isSpace(char)) {
      column += char === '\t' ? 4 - (column % 4) : 1;
      i++;
      continue;
    }
    const marker = markerLength(line, i);
    if (marker === 0) break;
    markers++;
    if (cutAt === -1 && (markers > MAX_MARKERS || column > MAX_INDENT)) cutAt = i;
    i += marker;
    column += marker;
  }
  if (cutAt === -1) return line;
  deep.push({ offset: offset + cutAt, end: offset + i });
  return line.slice(0, cutAt) + line.slice(cutAt, i).replace(/[^\t ]/g, ' ') + line.slice(i);
}

/** The length of a list or quote marker at i ("-", "*", "+", ">", "12." or "3)"), or 0. */
function markerLength(line: string, i: number): number {
  const char = line[i]!;
  const followed = (at: number): boolean => at >= line.length || isSpace(line[at]!);
  if (char === '>') return 1;
  if ((char === '-' || char === '*' || char === '+') && followed(i + 1)) return 1;
  let j = i;
  while (j < line.length && j - i < 9 && line[j]! >= '0' && line[j]! <= '9') j++;
  if (j > i && (line[j] === '.' || line[j] === ')') && followed(j + 1)) return j - i + 1;
  return 0;
}
