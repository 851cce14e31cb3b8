/**
 * A text as anchors compare it: every run of whitespace (a line break, a re-wrap, CRLF, a tab, a
 * no-break space) one space, and typographic quotes straight ones, so formatting never moves a
 * note. `at[i]` is where folded character `i` was in the original; `at[text.length]` its length.
 */
export interface FoldedText {
  text: string;
  at: Int32Array;
}

// The quote marks a talk is typed with: curly, low-9, reversed and prime ones fold to the straight pair.
const SINGLE = new Set([0x2018, 0x2019, 0x201a, 0x201b, 0x2032]);
const DOUBLE = new Set([0x201c, 0x201d, 0x201e, 0x201f, 0x2033]);
// What JavaScript's \s matches, by code: tab to carriage return, space, no-break and the Unicode spaces.
const SPACES = new Set([0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]);
const isSpace = (code: number): boolean => SPACES.has(code) || (code >= 0x2000 && code <= 0x200a);

let last: { raw: string; folded: FoldedText } | null = null;

/** Folds a text in one pass over its character codes (no regex runs over the user's text); unchanged stretches are copied whole. */
function foldAll(raw: string): FoldedText {
  const parts: string[] = [];
  const at = new Int32Array(raw.length + 1);
  let length = 0;
  let copied = 0; // raw[copied..index) is still to be copied as it is
  for (let index = 0; index < raw.length; index++) {
    const code = raw.charCodeAt(index);
    if (code > 0x20 && code < 0xa0) {
      at[length++] = index; // printable ASCII, the most of a talk: as it is
      continue;
    }
    const space = isSpace(code);
    const quote = SINGLE.has(code) ? "'" : DOUBLE.has(code) ? '"' : null;
    if (!space && quote === null) {
      at[length++] = index;
      continue;
    }
    parts.push(raw.slice(copied, index));
    copied = index + 1;
    if (quote !== null) {
      parts.push(quote);
      at[length++] = index;
    } else if (index === 0 || !isSpace(raw.charCodeAt(index - 1))) {
      parts.push(' ');
      at[length++] = index;
    }
  }
  parts.push(raw.slice(copied));
  at[length] = raw.length;
  return { text: parts.join(''), at: at.subarray(0, length + 1) };
}

/** A talk's text folded, the last one kept: placing notes one by one (the CLI) folds it once. */
export function foldText(raw: string): FoldedText {
  if (last?.raw !== raw) last = { raw, folded: foldAll(raw) };
  return last.folded;
}

/** A short string (a quote, a context) folded the same way. */
export const fold = (raw: string): string => foldAll(raw).text;

/** The folded offset of an original offset: the first folded character at or after it. */
export function foldedOffset(folded: FoldedText, offset: number): number {
  let low = 0;
  for (let high = folded.at.length - 1; low < high;) {
    const middle = (low + high) >>> 1;
    if (folded.at[middle]! < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The original range of a folded one: from its first character to just after its last. */
export function originalRange(folded: FoldedText, start: number, end: number): { start: number; end: number } {
  return { start: folded.at[start]!, end: end > start ? folded.at[end - 1]! + 1 : folded.at[start]! };
}
