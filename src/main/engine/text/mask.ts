/** A top-level Markdown block: its type and raw text. */
export interface RawBlock {
  type: string;
  raw: string;
}

/** Block types with no spoken words at all. */
const SILENT = new Set(['space', 'hr', 'code', 'html', 'def', 'heading']);

const blank = (text: string): string => text.replace(/[^\n]/g, ' ');
const blankMatches = (text: string, pattern: RegExp): string => text.replace(pattern, blank);

/**
 * Blanks each run from an opening to its closing marker (`<!--` … `-->`, `<script …>` … `</script>`),
 * scanning forward once: an opening with no closing after it ends the search, since no later
 * opening can have one either. (A lazy regular expression rescans to the end for every unclosed
 * opening: quadratic on a file of thousands of `<!--`.)
 */
function blankBetween(text: string, open: RegExp, close: (opened: RegExpExecArray) => string): string {
  const lower = text.toLowerCase();
  const parts: string[] = [];
  let done = 0;
  open.lastIndex = 0;
  let opened: RegExpExecArray | null;
  while ((opened = open.exec(lower)) !== null) {
    const closing = close(opened);
    const end = lower.indexOf(closing, opened.index + opened[0].length);
    if (end === -1) break;
    const stop = end + closing.length;
    parts.push(text.slice(done, opened.index), blank(text.slice(opened.index, stop)));
    done = stop;
    open.lastIndex = stop;
  }
  parts.push(text.slice(done));
  return parts.join('');
}

// Character classes below exclude the brackets that would start another match, so each attempt
// stops at the next one and every pattern runs in linear time on hostile input ("[[[[", "<a <a").
/** Blanks inline Markdown syntax, keeping the words that are spoken (link text, code span text). */
function maskInline(text: string): string {
  let out = blankBetween(text, /<!--/g, () => '-->');
  out = blankBetween(out, /<(script|style)\b[^<>]*>/g, (opened) => `</${opened[1]!}`); // code, never spoken
  out = blankMatches(out, /!\[[^[\]\n]*\](?:\([^()\n]*\)|\[[^[\]\n]*\])/g); // images: seen, not said
  out = out.replace(
    /\[([^[\]\n]*)\](\([^()\n]*\)|\[[^[\]\n]*\])/g,
    (_match, label: string, target: string) => ` ${label} ${blank(target)}`,
  );
  out = blankMatches(out, /<(?:https?|mailto):[^<>\s]*>/g);
  out = blankMatches(out, /\bhttps?:\/\/[^\s)]+/g);
  out = blankMatches(out, /<\/?[A-Za-z][^<>\n]*>/g);
  out = blankMatches(out, /\\(?=[!-/:-@[-`{-~])/g);
  out = blankMatches(out, /`+/g);
  out = blankMatches(out, /[*~]+/g);
  out = blankMatches(out, /(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])/gu);
  return out;
}

const FENCE = /^[ \t]*(?:`{3,}|~{3,})/;
const FENCE_CLOSE = /^[ \t]*(?:`{3,}|~{3,})[ \t]*$/;

/**
 * Blanks fenced code inside a list: from a line opening a fence to the next line that is only a
 * fence, looking at each line once. (A lazy regular expression up to the closing fence rescanned
 * the rest of the list for every fence line that has no closing one after it.)
 */
export function blankFences(text: string): string {
  const parts: string[] = [];
  let done = 0;
  let opened = -1;
  for (let lineStart = 0; lineStart < text.length;) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    const line = text.slice(lineStart, lineEnd);
    if (opened === -1) {
      if (FENCE.test(line)) opened = lineStart;
    } else if (FENCE_CLOSE.test(line)) {
      parts.push(text.slice(done, opened), blank(text.slice(opened, lineEnd)));
      done = lineEnd;
      opened = -1;
    }
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  parts.push(text.slice(done));
  return parts.join('');
}

/** Joins soft line breaks inside a paragraph into spaces, so a wrapped sentence stays one sentence. */
function joinSoftBreaks(text: string): string {
  return text.replace(/([^\n])\n(?=[^\n])/g, '$1 ');
}

/**
 * The spoken view of a run of top-level blocks: the same length as their source, with everything
 * that is not spoken (code, comments, headings, URLs, Markdown syntax) replaced by spaces. Lines
 * that are separate things to say (paragraphs, list items, table rows) stay on separate lines.
 */
export function spokenMask(blocks: RawBlock[]): string {
  let out = '';
  for (const block of blocks) {
    const raw = block.raw;
    if (SILENT.has(block.type)) {
      out += blank(raw);
    } else if (block.type === 'list') {
      let text = blankFences(raw); // fenced code in an item
      text = text.replace(/^([ \t]*)([-*+]|\d{1,9}[.)])([ \t]+)(\[[ xX]\][ \t]+)?/gm, (m) => blank(m));
      text = text.replace(/([^\n])\n(?=[ \t]+[^\s\-*+\d])/g, '$1 '); // continuation lines join their item
      out += maskInline(text);
    } else if (block.type === 'blockquote') {
      out += joinSoftBreaks(maskInline(raw.replace(/^[ \t>]*>/gm, (m) => blank(m)))); // no repeated group: linear on 5 MB of '>'
    } else if (block.type === 'table') {
      const text = raw.replace(/^[ \t]*\|?[ \t]*:?-{2,}:?[ \t]*(\|[ \t]*:?-{2,}:?[ \t]*)*\|?[ \t]*$/gm, (m) => blank(m));
      out += maskInline(text.replace(/\|/g, ' '));
    } else {
      out += joinSoftBreaks(maskInline(raw));
    }
  }
  return out;
}
