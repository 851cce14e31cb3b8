import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { collapse, type Block } from './blocks';
import type { ReadBudget } from './limits';

// What is not spoken: tables, footnotes and endnotes, comments, the deleted text of tracked
// changes, text boxes and captions in frames, generated tables of contents, form controls.
const SKIPPED = new Set([
  'table:table',
  'text:note',
  'office:annotation',
  'text:tracked-changes',
  'draw:frame',
  'text:table-of-content',
  'text:alphabetical-index',
  'office:forms',
  'text:sequence-decls',
]);
// LibreOffice's and Google Docs' "Title" paragraph style is the talk's title, as Heading 1 is;
// a paragraph styled "Heading N" (also through an automatic style) is a heading, as text:h is.
const HEADING_STYLE = /^(?:Title|Heading_20_(\d+))$/;
// Automatic styles inherit from named ones; a few hops reach the named style, and the bound stops
// a crafted cycle.
const MAX_STYLE_HOPS = 8;
// An outline level is a small number; a missing or silly one makes a section heading (level 2).
const DEFAULT_OUTLINE_LEVEL = 2;

/** Thrown for XML an office suite never writes (a DOCTYPE, entities): the file was crafted. */
export class UnsafeXmlError extends Error {}

/**
 * Reads the blocks of an OpenDocument text's content.xml with a strict, streaming XML parser. A
 * DOCTYPE (where entity tricks live) is refused outright; saxes expands no entities but XML's five.
 * Nodes and text count against the file's budget as they are read (limits.ts).
 */
export function odtBlocks(xml: string, budget: ReadBudget): Block[] {
  const parser = new SaxesParser();
  const blocks: Block[] = [];
  let skipDepth = 0;
  let inBody = false;
  let lists = 0;
  let current: { kind: Block['kind']; level: number; text: string; depth: number } | null = null;
  let depth = 0;
  const parents = new Map<string, string>();
  /** The heading level a paragraph style gives (1 for Title), or 0. */
  const styleLevel = (name: string | undefined): number => {
    for (let hop = 0; name !== undefined && hop < MAX_STYLE_HOPS; hop++) {
      const match = HEADING_STYLE.exec(name);
      if (match) return match[1] ? Number(match[1]) : 1;
      name = parents.get(name);
    }
    return 0;
  };
  const flush = (): void => {
    if (!current) return;
    const text = collapse(current.text);
    if (text !== '')
      blocks.push(current.kind === 'heading' ? { kind: 'heading', level: current.level, text } : { kind: current.kind, text });
    current = null;
  };
  parser.on('doctype', () => {
    throw new UnsafeXmlError('DOCTYPE');
  });
  parser.on('attribute', () => budget.addNodes(1));
  parser.on('opentag', (tag: SaxesTagPlain) => {
    budget.addNodes(1);
    depth += 1;
    if (skipDepth > 0 || SKIPPED.has(tag.name)) {
      skipDepth += 1;
      return;
    }
    if (tag.name === 'style:style' && tag.attributes['style:parent-style-name'])
      parents.set(tag.attributes['style:name'] ?? '', tag.attributes['style:parent-style-name']);
    if (tag.name === 'office:text') inBody = true;
    if (!inBody) return;
    if (tag.name === 'text:list') lists += 1;
    else if (tag.name === 'text:h' || tag.name === 'text:p') {
      flush();
      const styled = styleLevel(tag.attributes['text:style-name']);
      const outline = Number(tag.attributes['text:outline-level'] ?? (styled || DEFAULT_OUTLINE_LEVEL));
      const heading = tag.name === 'text:h' || styled > 0;
      const level = tag.name === 'text:p' ? styled : Number.isInteger(outline) && outline > 0 ? outline : DEFAULT_OUTLINE_LEVEL;
      current = { kind: heading ? 'heading' : lists > 0 ? 'item' : 'paragraph', level, text: '', depth };
    } else if (current && (tag.name === 'text:s' || tag.name === 'text:tab' || tag.name === 'text:line-break')) current.text += ' ';
  });
  parser.on('closetag', (tag: SaxesTagPlain) => {
    if (skipDepth > 0) skipDepth -= 1;
    else if (tag.name === 'office:text') inBody = false;
    else if (tag.name === 'text:list') lists -= 1;
    else if (current && current.depth === depth) flush();
    depth -= 1;
  });
  parser.on('text', (text: string) => {
    budget.addNodes(1);
    if (skipDepth > 0 || !current) return;
    budget.addText(text.length);
    current.text += text;
  });
  parser.write(xml).close();
  flush();
  return blocks;
}
