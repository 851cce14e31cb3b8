import mammoth from 'mammoth';
import { collapse, type Block } from './blocks';

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

/** Converts a Word document to blocks with mammoth: styles give headings, pictures are left out. */
export async function docxBlocks(bytes: Buffer): Promise<Block[]> {
  const result = await mammoth.convertToHtml(
    { buffer: bytes },
    {
      // Word's and Google Docs' "Title" style is the talk's title, as Heading 1 is.
      styleMap: ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => p:fresh"],
      // Pictures are not spoken: mammoth need not turn them into data URLs.
      convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
      ignoreEmptyParagraphs: true,
    },
  );
  return htmlBlocks(result.value);
}
