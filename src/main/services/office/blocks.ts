import { nearestKnown } from '../../engine/talk/directives';

/** One paragraph-level piece of a document, in reading order. */
export type Block = { kind: 'heading'; level: number; text: string } | { kind: 'paragraph' | 'item'; text: string };

// Markdown has six heading levels; an OpenDocument outline level of 7-10 stays a deep heading.
const MAX_HEADING_LEVEL = 6;
// A convention paragraph is one short line ("variants: 30 60"); a longer one is spoken text
// that happens to contain a colon.
const MAX_DIRECTIVE_CHARS = 80;
// The same shape as a Markdown directive comment's key (engine/talk/directives.ts).
const DIRECTIVE_PARAGRAPH = /^([A-Za-z][\w-]*(?: [\w-]+)?)\s*:/;

/** Whitespace of any kind (line breaks, tabs, no-break spaces) as one space. */
export const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Escapes text so Markdown reads it as plain words: no heading, list, emphasis, HTML or comment. */
export function escapeMarkdown(text: string): string {
  const inline = text.replace(/[\\`*_[\]<>&]/g, '\\$&');
  return inline.replace(/^([#+=|~-])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
}

/** The directive a section's leading paragraph declares ("variants: 30 60"), as Sticky's comment. */
export function directiveComment(text: string): string | null {
  if (text.length > MAX_DIRECTIVE_CHARS) return null;
  const match = DIRECTIVE_PARAGRAPH.exec(text);
  if (!match || !nearestKnown(match[1]!.toLowerCase())) return null;
  // The value is put in an HTML comment, which `--` would end.
  // The value: what follows the colon, its spaces trimmed (sliced, not matched, so no two runs meet).
  const value = text.slice(match[0].length).trim();
  return `<!-- ${match[1]}: ${value.replace(/--+/g, '-')} -->`;
}

/**
 * Turns a document's blocks into Sticky's Markdown talk text: Heading 1 the title (`#`), Heading 2
 * the sections (`##`), deeper headings inside them, paragraphs and list items as spoken text. The
 * paragraphs that open a section and read `variants: 30 60`, `minutes: 4` or `sticky-ignore: id`
 * become the Markdown directive comments. One pass; every block is one line, so the engine finds
 * each line's heading and paragraph again (engine/location/locate.ts).
 */
export function blocksToTalk(blocks: Block[]): string {
  const out: string[] = [];
  // Directive paragraphs count only right under a section heading, as comments do in Markdown.
  let inDirectives = false;
  for (const block of blocks) {
    if (block.kind === 'heading') {
      const level = Math.min(Math.max(block.level, 1), MAX_HEADING_LEVEL);
      inDirectives = level === 2;
      out.push(`${'#'.repeat(level)} ${escapeMarkdown(block.text)}`, '');
      continue;
    }
    const comment = inDirectives && block.kind === 'paragraph' ? directiveComment(block.text) : null;
    if (!comment) inDirectives = false;
    out.push(comment ?? `${block.kind === 'item' ? '- ' : ''}${escapeMarkdown(block.text)}`, '');
  }
  return out.join('\n');
}
