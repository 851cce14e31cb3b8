import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { TooComplexError, type ReadBudget } from './limits';
import { UnsafeXmlError } from './odt';

// Mammoth keeps about 1.3 KB and spends 10-20 us per XML node it reads (measured with mammoth
// 1.13: 100,000 empty paragraphs took 2.1 s and 220 MB, 200,000 took 6.3 s and 460 MB on a loaded
// machine). A 60-minute talk (9,000 words) is about 10,000 nodes as the `docx` package writes it
// and 15,000-30,000 as Word writes it (runs split by edits, spelling marks, rsid attributes; its
// styles.xml alone is about 5,000). 100,000 nodes leaves three times the longest talk and keeps
// mammoth to a few seconds and a few hundred MB on any shape.
export const MAX_WORD_NODES = 100_000;

// Mammoth reads XML recursively and overflows the stack at about 950 levels (measured, default
// stack); the deepest real Word XML (a table in a text box in a table cell) is a few dozen.
export const MAX_XML_DEPTH = 256;

// Mammoth keeps Word's fields (page numbers, links, a table of contents) open on a stack it scans
// for every run, and reads a field's instruction again at every separator and end with a pattern
// that is slow on long runs of spaces (`/\s*FORMCHECKBOX\s*/`: 20,000 spaces take 0.3 s). Real
// fields nest two or three deep and their instructions are short, with single spaces
// (`HYPERLINK \l "_Toc123"`): a thousand fields of 30 characters, each counted at its separator
// and its end, re-read 60,000 characters.
const MAX_OPEN_FIELDS = 64;
const MAX_FIELD_REREAD = 200_000;
const MAX_FIELD_SPACE_RUN = 64;

const SPACE = /\s/;
const localName = (name: string): string => name.slice(name.indexOf(':') + 1);
/** An attribute by local name: mammoth reads Word's elements by namespace, whatever their prefix. */
const attribute = (tag: SaxesTagPlain, local: string): string | undefined => {
  for (const [name, value] of Object.entries(tag.attributes)) if (localName(name) === local) return value;
  return undefined;
};

/**
 * Measures one part of a Word file in a single streaming pass before mammoth parses it: its nodes
 * and text count against the file's budget, and its depth and fields against mammoth's own limits
 * above. Throws TooComplexError past a cap; mammoth then never sees the part.
 */
export function measureWordPart(xml: string, budget: ReadBudget): void {
  const parser = new SaxesParser();
  let depth = 0;
  let inInstruction = 0;
  let openFields = 0;
  let instruction = 0;
  let reread = 0;
  let spaceRun = 0;
  const node = (): void => budget.addNodes(1);
  parser.on('doctype', () => {
    throw new UnsafeXmlError('DOCTYPE');
  });
  parser.on('attribute', node);
  parser.on('comment', node);
  parser.on('cdata', node);
  parser.on('processinginstruction', node);
  parser.on('opentag', (tag: SaxesTagPlain) => {
    node();
    if (++depth > MAX_XML_DEPTH) throw new TooComplexError('depth');
    const name = localName(tag.name);
    if (name === 'instrText') inInstruction += 1;
    if (name !== 'fldChar') return;
    const type = attribute(tag, 'fldCharType');
    if (type === 'begin') {
      if (++openFields > MAX_OPEN_FIELDS) throw new TooComplexError('fields');
      instruction = 0;
      spaceRun = 0;
    } else if (type === 'separate' || type === 'end') {
      reread += instruction;
      if (reread > MAX_FIELD_REREAD) throw new TooComplexError('fields');
      if (type === 'end') openFields = Math.max(0, openFields - 1);
    }
  });
  parser.on('closetag', (tag: SaxesTagPlain) => {
    depth -= 1;
    if (localName(tag.name) === 'instrText') inInstruction -= 1;
  });
  parser.on('text', (text: string) => {
    node();
    budget.addText(text.length);
    if (inInstruction === 0) return;
    instruction += text.length;
    for (const char of text) {
      spaceRun = SPACE.test(char) ? spaceRun + 1 : 0;
      if (spaceRun > MAX_FIELD_SPACE_RUN) throw new TooComplexError('fields');
    }
  });
  parser.write(xml).close();
}
