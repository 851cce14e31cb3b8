/** A quotation found in a text: where it starts and ends (marks included) and the words inside. */
export interface Quotation {
  start: number;
  end: number;
  inner: string;
}

// Which marks close a quotation opened by each mark: English “…”, Dutch and German „…” and „…“,
// French and Swiss «…», German ‚…‘, and straight "…" and '…' as a keyboard types them.
const CLOSERS: Record<string, string> = {
  '“': '”"',
  '„': '”“"',
  '"': '"”',
  '«': '»',
  '‘': "’'",
  '‚': '‘’',
  "'": "'’",
};
const SINGLE = new Set(['‘', '‚', "'"]);
// A quotation of fewer than 2 characters is a mark, not speech; one of more than 300 (about 50
// words, three spoken sentences) is an unclosed mark that found a stray one further on.
const MIN_INNER = 2;
const MAX_INNER = 300;
// Words a straight or curly apostrophe shortens at their start, so ’s ochtends, 't and 'em never
// open a quotation: the Dutch ’s, ’t, ’n, ’k, ’m, ’r and the English ’em, ’cause, ’til, ’tis.
const ELISIONS = new Set(['s', 't', 'n', 'k', 'm', 'r', 'em', 'cause', 'til', 'tis']);

const isWordChar = (char: string | undefined): boolean => char !== undefined && /[\p{L}\p{N}]/u.test(char);
const isSpace = (char: string | undefined): boolean => char === undefined || /\s/u.test(char);

/** The letters right after `at`, lower-cased (at most 6: enough for the longest elision). */
function wordAfter(text: string, at: number): string {
  let end = at;
  while (end < text.length && end - at < 6 && isWordChar(text[end])) end++;
  return text.slice(at, end).toLowerCase();
}

/** Whether the mark at `at` opens a quotation: never inside a word, before a space or as an elision. */
function opens(text: string, at: number): boolean {
  const mark = text[at]!;
  if (!(mark in CLOSERS) || isSpace(text[at + 1])) return false;
  if (!SINGLE.has(mark)) return true;
  if (isWordChar(text[at - 1])) return false; // don't, it's, Margriet's
  return !ELISIONS.has(wordAfter(text, at + 1)) && !/\p{N}/u.test(text[at + 1]!); // ’s ochtends, '90s
}

/** Whether the mark at `at` closes a quotation opened by `opener`: a single one never before a letter (don’t). */
function closes(text: string, at: number, opener: string): boolean {
  if (!CLOSERS[opener]!.includes(text[at]!)) return false;
  if (!SINGLE.has(opener)) return true;
  return !isWordChar(text[at + 1]) && !isSpace(text[at - 1]);
}

/**
 * The quotations of a text in every common style, curly or straight, in one pass (no backtracking):
 * a quotation ends at its closing mark, a line break or 300 characters, and apostrophes inside or
 * between words (don’t, it's, ’s ochtends) neither open nor close one.
 */
export function findQuotations(text: string, maxInner = MAX_INNER): Quotation[] {
  // Dialogue, names and the quoted "I" each ask for the same section's quotations: the last answer
  // per length limit is kept.
  const last = lastFound.get(maxInner);
  if (last?.text === text) return last.found;
  const found = scan(text, maxInner);
  lastFound.set(maxInner, { text, found });
  return found;
}

const lastFound = new Map<number, { text: string; found: Quotation[] }>();

function scan(text: string, maxInner: number): Quotation[] {
  const found: Quotation[] = [];
  let open = -1;
  for (let at = 0; at < text.length; at++) {
    const char = text[at]!;
    if (open !== -1) {
      const tooLong = at - open - 1 > maxInner;
      // The rules read the spoken mask, whose soft line breaks are spaces: a newline ends a block.
      if (tooLong || char === '\n') open = -1;
      else if (closes(text, at, text[open]!)) {
        const inner = text.slice(open + 1, at);
        if (inner.length >= MIN_INNER) found.push({ start: open, end: at + 1, inner });
        open = -1;
        continue;
      }
    }
    if (open === -1 && opens(text, at)) open = at;
  }
  return found;
}
