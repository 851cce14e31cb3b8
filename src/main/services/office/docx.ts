import mammoth from 'mammoth';
import { collapse, type Block } from './blocks';
import { ReadBudget } from './limits';
import { MAX_WORD_NODES, measureWordPart } from './wordBudget';
import type { ZipParts } from './zipParts';

// Mammoth writes a small, well-formed HTML: tags and escaped text. One pass over it with this
// pattern is linear; text between tags is matched as one run.
const TOKEN = /<(\/?)([a-z][a-z0-9]*)([^>]*)>|([^<]+)/g;
const ENTITY = /&(amp|lt|gt|quot|#39|#x[0-9a-f]+|#\d+);/gi;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };
// Footnote, endnote and comment bodies (and the links to them) are not spoken.
const NOTE = /(?:id|href)="#?(?:footnote|endnote|comment)-/;
const HEADING = /^h([1-6])$/;

const decode = (text: string): string =>
  text.replace(ENTITY, (whole, name: string) => {
    const lower = name.toLowerCase();
    if (NAMED[lower]) return NAMED[lower];
    const code = lower.startsWith('#x') ? parseInt(lower.slice(2), 16) : Number(lower.slice(1));
    return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });

/** Reads mammoth's HTML as blocks: headings, paragraphs, list items; tables and notes left out. */
export function htmlBlocks(html: string): Block[] {
  const blocks: Block[] = [];
  let kind: Block['kind'] = 'paragraph';
  let level = 0;
  let text = '';
  let lists = 0;
  // Depth of what is skipped: a table (nested tables count), a note's link or body.
  const skip: string[] = [];
  const flush = (): void => {
    const clean = collapse(text);
    text = '';
    if (clean === '') return;
    blocks.push(kind === 'heading' ? { kind, level, text: clean } : { kind, text: clean });
  };
  TOKEN.lastIndex = 0;
  let token: RegExpExecArray | null;
  while ((token = TOKEN.exec(html)) !== null) {
    const [, closing, tag, attributes, run] = token;
    if (run !== undefined) {
      if (skip.length === 0) text += decode(run);
      continue;
    }
    if (skip.length > 0) {
      if (tag === skip[skip.length - 1] && closing) skip.pop();
      else if (tag === skip[skip.length - 1] && !attributes!.endsWith('/')) skip.push(tag!);
      continue;
    }
    if (!closing && (tag === 'table' || ((tag === 'a' || tag === 'li') && NOTE.test(attributes!)))) {
      flush();
      skip.push(tag!);
      continue;
    }
    const heading = HEADING.exec(tag!);
    if (tag === 'br') text += ' ';
    else if (tag === 'ul' || tag === 'ol') {
      flush();
      lists += closing ? -1 : 1;
    } else if (heading || tag === 'p' || tag === 'li') {
      flush();
      if (closing) continue;
      kind = heading ? 'heading' : tag === 'li' || lists > 0 ? 'item' : 'paragraph';
      level = heading ? Number(heading[1]) : 0;
    }
  }
  flush();
  return blocks;
}

/** The opened file mammoth 1.13 also takes as input (`{ file }`, lib/unzip.js; not in its typings). */
interface WordFile {
  exists(name: string): boolean;
  read(name: string, encoding?: string): Promise<string | Uint8Array>;
}
type ConvertOpened = (input: { file: WordFile }, options: Parameters<typeof mammoth.convertToHtml>[1]) => Promise<{ value: string }>;

// A style map the document carries itself: Sticky decides how styles read, so mammoth never sees it.
const EMBEDDED_STYLE_MAP = 'mammoth/style-map';

/**
 * The Word file as mammoth reads it: the parts already unpacked under the zip's caps (so mammoth
 * never reads the zip itself, and no part of it escapes measuring), each XML part measured by
 * measureWordPart the moment mammoth asks for it, before it parses a byte.
 */
function wordFile(parts: ZipParts, budget: ReadBudget): WordFile {
  return {
    exists: (name) => name !== EMBEDDED_STYLE_MAP && parts.has(name),
    read: (name, encoding) => {
      const data = parts.get(name);
      if (!data) return Promise.reject(new Error(`no part ${name}`));
      // Pictures (read only to make images, which Sticky does not) stay bytes.
      if (encoding === undefined) return Promise.resolve(data);
      if (encoding === 'base64') return Promise.resolve(data.toString('base64'));
      const xml = data.toString('utf8');
      try {
        measureWordPart(xml, budget);
      } catch (error) {
        return Promise.reject(error);
      }
      return Promise.resolve(xml);
    },
  };
}

/**
 * Converts a Word document's parts to blocks with mammoth: styles give headings, pictures are left
 * out. What mammoth reads is capped as it reads (wordBudget.ts): a document of millions of empty
 * paragraphs stops at the cap, not at the end of memory.
 */
export async function docxBlocks(parts: ZipParts): Promise<Block[]> {
  const convert = mammoth.convertToHtml as unknown as ConvertOpened;
  const result = await convert(
    { file: wordFile(parts, new ReadBudget(MAX_WORD_NODES)) },
    {
      // Word's and Google Docs' "Title" style is the talk's title, as Heading 1 is.
      styleMap: ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => p:fresh"],
      includeEmbeddedStyleMap: false,
      // Pictures are not spoken: mammoth need not turn them into data URLs.
      convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
      ignoreEmptyParagraphs: true,
    },
  );
  return htmlBlocks(result.value);
}
