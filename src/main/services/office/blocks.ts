import { nearestKnown } from '../../engine/talk/directives';

/** One paragraph-level piece of a document, in reading order. */
export type Block = { kind: 'heading'; level: number; text: string } | { kind: 'paragraph' | 'item'; text: string };

/** A document read as Sticky's Markdown talk text, with where each line came from. */
export interface ConvertedTalk {
  text: string;
  /** `lines[n - 1]` says where line n of `text` is in the document ("Heading 'X', paragraph 3"). */
  lines: string[];
}

// Markdown has six heading levels; an OpenDocument outline level of 7-10 stays a deep heading.
const MAX_HEADING_LEVEL = 6;
// A convention paragraph is one short line ("variants: 30 60"); a longer one is spoken text
// that happens to contain a colon.
const MAX_DIRECTIVE_CHARS = 80;
// The same shape as a Markdown directive comment's key (engine/talk/directives.ts).
const DIRECTIVE_PARAGRAPH = /^([A-Za-z][\w-]*(?:[ _][\w-]+)?)\s*:\s*(.*)$/;
// A heading quoted in a location is cut to what fits a line of a report.
const MAX_QUOTED_HEADING = 60;

/** Whitespace of any kind (line breaks, tabs, no-break spaces) as one space. */
export const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Escapes text so Markdown reads it as plain words: no heading, list, emphasis, HTML or comment. */
export function escapeMarkdown(text: string): string {
  const inline = text.replace(/[\\`*_[\]<>&]/g, '\\$&');
  return inline.replace(/^([#+=|~-])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
}

/** The directive a section's leading paragraph declares ("variants: 30 60"), as Sticky's comment. */
function directive(text: string): string | null {
  if (text.length > MAX_DIRECTIVE_CHARS) return null;
  const match = DIRECTIVE_PARAGRAPH.exec(text);
  if (!match || !nearestKnown(match[1]!.toLowerCase())) return null;
  // The value is put in an HTML comment, which `--` would end.
  return `<!-- ${match[1]}: ${match[2]!.replace(/--+/g, '-')} -->`;
}

const quote = (heading: string): string =>
  `'${heading.length > MAX_QUOTED_HEADING ? `${heading.slice(0, MAX_QUOTED_HEADING - 1)}…` : heading}'`;

/**
 * Turns a document's blocks into Sticky's Markdown talk text: Heading 1 the title (`#`), Heading 2
 * the sections (`##`), deeper headings inside them, paragraphs and list items as spoken text. The
 * paragraphs that open a section and read `variants: 30 60`, `minutes: 4` or `sticky-ignore: id`
 * become the Markdown directive comments. One pass; every block is one line.
 */
export function blocksToTalk(blocks: Block[]): ConvertedTalk {
  const out: string[] = [];
  const lines: string[] = [];
  let heading: string | null = null;
  let paragraph = 0;
  // Directive paragraphs count only right under a section heading, as comments do in Markdown.
  let inDirectives = false;
  const emit = (line: string, where: string): void => {
    out.push(line, '');
    lines.push(where, where);
  };
  for (const block of blocks) {
    if (block.kind === 'heading') {
      const level = Math.min(Math.max(block.level, 1), MAX_HEADING_LEVEL);
      heading = block.text;
      paragraph = 0;
      inDirectives = level === 2;
      emit(`${'#'.repeat(level)} ${escapeMarkdown(block.text)}`, `Heading ${quote(block.text)}`);
      continue;
    }
    paragraph += 1;
    const where = `${heading === null ? 'Before the first heading' : `Heading ${quote(heading)}`}, ${block.kind === 'item' ? 'list item' : 'paragraph'} ${paragraph}`;
    const comment = inDirectives && block.kind === 'paragraph' ? directive(block.text) : null;
    if (comment) {
      emit(comment, where);
      continue;
    }
    inDirectives = false;
    emit(`${block.kind === 'item' ? '- ' : ''}${escapeMarkdown(block.text)}`, where);
  }
  return { text: out.join('\n'), lines };
}
