import { Lexer, Tokenizer, type Token, type Tokens } from 'marked';
import { settle, shownType, toMerge, type Deferred } from './lexerMerge';

// marked's GFM block lexer takes time quadratic in the length of some texts of short lines
// (250 KB of `x\n--` lines: over 30 s; 160 KB of `y\na|b\n:-` lines: 44 s):
// - a paragraph stops before a table, and its look-ahead for one reads the table's rows too (all
//   the lines that follow), on every line of the paragraph;
// - a table is matched with all its rows before its header and delimiter row are compared, and
//   when they do not agree (`a|b` over `--`) the next block matches the same rows again;
// - a setext heading (a paragraph underlined with `--` or `==`) is looked for line by line up to
//   the first line that stops it, and when none is underlined the next block looks again;
// - a paragraph cut short by a table that is then refused, and a list item's every line, are
//   joined to the block before them by appending to its text, which copies the whole text each time.
// Here the same tokens come out (tests/unit/engine/lexer.test.ts compares them with marked's own
// on generated Markdown); only the wasted work is gone.

const GFM = Lexer.rules.block.gfm;

/** The paragraph rule with its table look-ahead cut to a header and delimiter row (rows never change its answer). */
function linearParagraph(): RegExp {
  const table = GFM.table.source;
  const rows = table.indexOf('(?:\\n((?:(?!');
  const paragraph = GFM.paragraph.source;
  if (rows === -1 || !paragraph.includes(table.slice(1))) return GFM.paragraph; // another marked: its own rule
  return new RegExp(paragraph.replace(table.slice(1), `${table.slice(1, rows)}(?:\\n|$)`), GFM.paragraph.flags);
}

/** The lines that stop a setext heading's text, as marked's rule has them, to test at a line start. */
function headingStops(): RegExp | null {
  const source = GFM.lheading.source;
  const before = '((?:.|\\n(?!';
  const after = '))+?)\\n {0,3}(=+|-+)[ \\t]*(?:\\n+|$)';
  const at = source.indexOf(before);
  if (at === -1 || !source.endsWith(after)) return null;
  return new RegExp(`\\n(?:${source.slice(at + before.length, source.length - after.length)})`, 'y');
}

/** Exported for the test that checks the rules were found in this version of marked. */
export const LINEAR_RULES = { paragraph: linearParagraph(), headingStops: headingStops() };
const BLOCK = { ...GFM, paragraph: LINEAR_RULES.paragraph };
const UNDERLINE = /\n {0,3}(?:=+|-+)[ \t]*(?:\n|$)/y;
// `.` in marked's rule stops at these: a setext heading's text never runs past one.
const NOT_DOT = /[\r\u2028\u2029]/;

/**
 * Where a setext heading's search from the start of `src` dies: the start of the first line after
 * the first that stops it (or holds a character `.` does not match), or the end. Null when a line
 * on the way is underlined (the search did not die for want of an underline) or the rule was not
 * found. Each line is looked at once.
 */
function headingHorizon(src: string): number | null {
  const stops = LINEAR_RULES.headingStops;
  if (!stops) return null;
  let lineStart = 0;
  for (let newline = src.indexOf('\n'); newline !== -1; newline = src.indexOf('\n', newline + 1)) {
    if (NOT_DOT.test(src.slice(lineStart, newline))) return lineStart;
    UNDERLINE.lastIndex = newline;
    if (UNDERLINE.test(src)) return null;
    stops.lastIndex = newline;
    if (stops.test(src)) return newline + 1;
    lineStart = newline + 1;
  }
  return NOT_DOT.test(src.slice(lineStart)) ? lineStart : src.length;
}

// No talk quotes a thousand lines at once; a thousand keeps marked's copying of a quote's lines
// (a thousand by a thousand at worst) to milliseconds.
export const MAX_QUOTE_LINES = 1000;
const QUOTE_START = /^ {0,3}>/;

/** A text being split into blocks (a quote's or list item's content is split by a nested call). */
interface Frame {
  length: number;
  noHeadingFrom: number;
  noHeadingTo: number;
}

/** Marked's tokenizer, kept from rescanning; paragraphs and texts are joined after the split (lexerMerge.ts). */
class LinearTokenizer extends Tokenizer {
  readonly frames: Frame[] = [];

  override table(src: string): Tokens.Table | undefined {
    // Whether a table starts here depends on its header and delimiter row alone: ask about those
    // two lines first, so a refused table does not cost the rows that follow.
    const second = src.indexOf('\n', src.indexOf('\n') + 1);
    if (second !== -1 && super.table(src.slice(0, second)) === undefined) return undefined;
    return super.table(src);
  }

  override lheading(src: string): Tokens.Heading | undefined {
    const frame = this.frames.at(-1);
    const at = frame ? frame.length - src.length : -1;
    // A search from an earlier line of this text found no underline before the line that stopped
    // it: a search from any line in between stops at that same line.
    if (frame && at > frame.noHeadingFrom && at < frame.noHeadingTo) return undefined;
    const heading = super.lheading(src);
    if (heading === undefined && frame) {
      const horizon = headingHorizon(src);
      if (horizon !== null) Object.assign(frame, { noHeadingFrom: at, noHeadingTo: at + horizon });
    }
    return heading;
  }

  override blockquote(src: string): Tokens.Blockquote | undefined {
    // Marked reads a quote in runs of `>` lines and lazy lines after them, copying the list of its
    // remaining lines for each run: quadratic in a quote's length (`> a\nb` lines: 9 s for 160 KB).
    // A quote is read at most MAX_QUOTE_LINES lines at a time; the next lines start another quote
    // (or, for a lazy line, a paragraph), which changes nothing a talk would show.
    if (!QUOTE_START.test(src)) return super.blockquote(src);
    let cut = -1;
    for (let line = 0; line < MAX_QUOTE_LINES && (cut = src.indexOf('\n', cut + 1)) !== -1; line++);
    return super.blockquote(cut === -1 ? src : src.slice(0, cut + 1));
  }

  override paragraph(src: string): Tokens.Paragraph | undefined {
    return this.defer(super.paragraph(src), 'paragraph');
  }

  override text(src: string): Tokens.Text | undefined {
    return this.defer(super.text(src), 'text');
  }

  override code(src: string): Tokens.Code | undefined {
    const code = super.code(src);
    return code && toMerge(code, shownType(this.lexer.state.lastToken), code.text);
  }

  override def(src: string): Tokens.Def | undefined {
    const def = super.def(src);
    return def && toMerge(def, shownType(this.lexer.state.lastToken), def.raw);
  }

  override list(src: string): Tokens.List | undefined {
    return this.withShownLast(() => super.list(src));
  }

  override html(src: string): Tokens.HTML | undefined {
    return this.withShownLast(() => super.html(src));
  }

  private defer<T extends Token>(token: T | undefined, type: 'paragraph' | 'text'): T | undefined {
    if (token) (token as Deferred).type = `deferred-${type}`;
    return token;
  }

  /** Runs a rule that looks at the block before, shown with the type marked would have given it. */
  private withShownLast<T>(read: () => T): T {
    const state = this.lexer.state as { lastToken?: Token };
    const last = state.lastToken;
    const type = shownType(last);
    if (last && type !== last.type) state.lastToken = { ...last, type } as Token;
    try {
      return read();
    } finally {
      state.lastToken = last;
    }
  }
}

/** The top-level block tokens of a Markdown text (GFM), as marked gives them, in linear time. */
export function blockTokens(text: string): Token[] {
  const tokenizer = new LinearTokenizer();
  const lexer = new Lexer({ gfm: true, tokenizer });
  tokenizer.rules = { ...tokenizer.rules, block: BLOCK };
  const split = lexer.blockTokens.bind(lexer) as (src: string, tokens?: Token[], clipped?: boolean) => Token[];
  lexer.blockTokens = ((src: string, tokens: Token[] = [], clipped?: boolean): Token[] => {
    const from = tokens.length;
    tokenizer.frames.push({ length: src.length, noHeadingFrom: 0, noHeadingTo: 0 });
    try {
      return settle(split(src, tokens, clipped), from);
    } finally {
      tokenizer.frames.pop();
    }
  }) as typeof lexer.blockTokens;
  return lexer.blockTokens(text);
}
