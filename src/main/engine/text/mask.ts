/** A top-level Markdown block: its type and raw text. */
export interface RawBlock {
  type: string;
  raw: string;
}

/** Block types with no spoken words at all. */
const SILENT = new Set(['space', 'hr', 'code', 'html', 'def', 'heading']);

const blank = (text: string): string => text.replace(/[^\n]/g, ' ');
const blankMatches = (text: string, pattern: RegExp): string => text.replace(pattern, blank);

/** Blanks inline Markdown syntax, keeping the words that are spoken (link text, code span text). */
function maskInline(text: string): string {
  let out = text;
  out = blankMatches(out, /<!--[\s\S]*?-->/g);
  out = blankMatches(out, /<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi); // code, never spoken
  out = blankMatches(out, /!\[[^\]\n]*\](?:\([^)\n]*\)|\[[^\]\n]*\])/g); // images: seen, not said
  out = out.replace(/\[([^\]\n]*)\](\([^)\n]*\)|\[[^\]\n]*\])/g, (_match, label: string, target: string) => ` ${label} ${blank(target)}`);
  out = blankMatches(out, /<(?:https?|mailto):[^>\s]*>/g);
  out = blankMatches(out, /\bhttps?:\/\/[^\s)]+/g);
  out = blankMatches(out, /<\/?[A-Za-z][^>\n]*>/g);
  out = blankMatches(out, /\\(?=[!-/:-@[-`{-~])/g);
  out = blankMatches(out, /`+/g);
  out = blankMatches(out, /[*~]+/g);
  out = blankMatches(out, /(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])/gu);
  return out;
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
      let text = blankMatches(raw, /^[ \t]*(?:`{3,}|~{3,})[\s\S]*?^[ \t]*(?:`{3,}|~{3,})[ \t]*$/gm); // fenced code in an item
      text = text.replace(/^([ \t]*)([-*+]|\d{1,9}[.)])([ \t]+)(\[[ xX]\][ \t]+)?/gm, (m) => blank(m));
      text = text.replace(/([^\n])\n(?=[ \t]+[^\s\-*+\d])/g, '$1 '); // continuation lines join their item
      out += maskInline(text);
    } else if (block.type === 'blockquote') {
      out += joinSoftBreaks(maskInline(raw.replace(/^([ \t]*>)+/gm, (m) => blank(m))));
    } else if (block.type === 'table') {
      const text = raw.replace(/^[ \t]*\|?[ \t]*:?-{2,}:?[ \t]*(\|[ \t]*:?-{2,}:?[ \t]*)*\|?[ \t]*$/gm, (m) => blank(m));
      out += maskInline(text.replace(/\|/g, ' '));
    } else {
      out += joinSoftBreaks(maskInline(raw));
    }
  }
  return out;
}
