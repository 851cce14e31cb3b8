import { Document, FootnoteReferenceRun, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, DeletedTextRun } from 'docx';
import { strToU8, zipSync } from 'fflate';

/** A block of a test document: a heading (level 1-3), a paragraph or a bulleted item. */
export type DocPart =
  { h: 1 | 2 | 3; text: string } | { p: string } | { item: string } | { table: string[][] } | { footnoted: [string, string] };

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

/** A Word document written by the `docx` package, as Word would save it. */
export async function makeDocx(parts: DocPart[], extra: { deleted?: string } = {}): Promise<Buffer> {
  const footnotes: Record<number, { children: Paragraph[] }> = {};
  const children = parts.map((part) => {
    if ('h' in part) return new Paragraph({ text: part.text, heading: HEADINGS[part.h] });
    if ('item' in part) return new Paragraph({ text: part.item, bullet: { level: 0 } });
    if ('table' in part)
      return new Table({
        rows: part.table.map((row) => new TableRow({ children: row.map((cell) => new TableCell({ children: [new Paragraph(cell)] })) })),
      });
    if ('footnoted' in part) {
      const id = Object.keys(footnotes).length + 1;
      footnotes[id] = { children: [new Paragraph(part.footnoted[1])] };
      return new Paragraph({ children: [new TextRun(part.footnoted[0]), new FootnoteReferenceRun(id)] });
    }
    if (extra.deleted && part.p.includes('{deleted}')) {
      const [before, after] = part.p.split('{deleted}');
      return new Paragraph({
        children: [
          new TextRun(before!),
          new DeletedTextRun({ text: extra.deleted, id: 1, author: 'Coach', date: '2024-01-01T00:00:00Z' }),
          new TextRun(after!),
        ],
      });
    }
    return new Paragraph(part.p);
  });
  return Packer.toBuffer(new Document({ footnotes, sections: [{ children }] }));
}

/** A zip of the given parts, deflated (as office suites write them). */
export const makeDeflatedZip = (parts: Record<string, string | Uint8Array>): Buffer =>
  Buffer.from(
    zipSync(Object.fromEntries(Object.entries(parts).map(([name, data]) => [name, typeof data === 'string' ? strToU8(data) : data]))),
  );

/** A minimal OpenDocument text whose body is the given XML. */
export function makeOdt(body: string, manifestExtra = ''): Buffer {
  const content = `<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.3"><office:body><office:text>${body}</office:text></office:body></office:document-content>`;
  return makeDeflatedZip({
    mimetype: 'application/vnd.oasis.opendocument.text',
    'META-INF/manifest.xml': `<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml">${manifestExtra}</manifest:file-entry></manifest:manifest>`,
    'content.xml': content,
  });
}
