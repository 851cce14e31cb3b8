// Hostile Word, PowerPoint and OpenDocument files for `npm run stress` (issue 21): each is made
// small here, zipped with fflate, and must be answered by `sticky outline` / `score` within the
// stress limit with a clear message. `OFFICE_CASES` is wired into scripts/stress.mjs.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const P = 'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"';
const A = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"';
const R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const zip = (parts) => Buffer.from(zipSync(Object.fromEntries(Object.entries(parts).map(([name, data]) => [name, strToU8(data)]))));
const write = (dir, name, bytes) => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};
const rels = (list) =>
  `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${list
    .map(([id, type, target]) => `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"/>`)
    .join('')}</Relationships>`;

/** A Word file whose body is the given XML (mammoth reads it as Word writes it). */
const docx = (body) =>
  zip({
    '[Content_Types].xml': '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    '_rels/.rels': rels([['rId1', 'officeDocument', 'word/document.xml']]),
    'word/document.xml': `<?xml version="1.0"?><w:document ${W}><w:body>${body}</w:body></w:document>`,
  });

const paragraph = (text) => `<a:p><a:r><a:t>${text}</a:t></a:r></a:p>`;
const shape = (type, paragraphs) =>
  `<p:sp><p:nvSpPr><p:cNvPr id="2" name="s"/><p:cNvSpPr/><p:nvPr><p:ph type="${type}"/></p:nvPr></p:nvSpPr><p:txBody>${paragraphs}</p:txBody></p:sp>`;
const slideXml = (title, shown = '') =>
  `<?xml version="1.0"?><p:sld ${P} ${A} ${R}><p:cSld><p:spTree>${shape('title', paragraph(title))}${shown}</p:spTree></p:cSld></p:sld>`;
const notesXml = (paragraphs) =>
  `<?xml version="1.0"?><p:notes ${P} ${A}><p:cSld><p:spTree>${shape('body', paragraphs)}</p:spTree></p:cSld></p:notes>`;

/**
 * A PowerPoint deck: `listed` slide references in order (each the number of a slide part), `slides`
 * the parts by number, `notes` which notes part a slide's relationships point at, and sections.
 */
function pptx({ listed, slides, notes = {}, notesParts = {}, sections = '' }) {
  const parts = {
    '[Content_Types].xml': '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    '_rels/.rels': rels([['rId1', 'officeDocument', 'ppt/presentation.xml']]),
    'ppt/presentation.xml': `<?xml version="1.0"?><p:presentation ${P} ${R}><p:sldIdLst>${listed
      .map((slide, index) => `<p:sldId id="${256 + index}" r:id="rId${slide}"/>`)
      .join('')}</p:sldIdLst>${sections}</p:presentation>`,
    'ppt/_rels/presentation.xml.rels': rels(Object.keys(slides).map((n) => [`rId${n}`, 'slide', `slides/slide${n}.xml`])),
  };
  for (const [n, xml] of Object.entries(slides)) {
    parts[`ppt/slides/slide${n}.xml`] = xml;
    if (notes[n]) parts[`ppt/slides/_rels/slide${n}.xml.rels`] = rels([['rId1', 'notesSlide', `../notesSlides/notesSlide${notes[n]}.xml`]]);
  }
  for (const [n, xml] of Object.entries(notesParts)) parts[`ppt/notesSlides/notesSlide${n}.xml`] = xml;
  return zip(parts);
}

const range = (count) => Array.from({ length: count }, (_, index) => index + 1);
const many = (count, make) => Object.fromEntries(range(count).map((n) => [n, make(n)]));
const ODT_CONTENT = `<?xml version="1.0"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text><text:h text:outline-level="1">A talk</text:h><text:p>Words.</text:p></office:text></office:body></office:document-content>`;

const BIG_SLIDE = slideXml('Again', shape('body', paragraph('words and more words').repeat(40_000)));
const BIG_NOTES = notesXml(paragraph('Said again and again.').repeat(20_000));

/** Every hostile office case: its name and a function that writes the file into a folder and returns its path. */
export const OFFICE_CASES = [
  // Issue 21: 8 million empty paragraphs compress to ~71 KB; mammoth ran out of memory at 4.5 GB.
  {
    name: '.docx of 8 million empty paragraphs (71 KB)',
    make: (dir) => write(dir, 'empty-paragraphs.docx', docx('<w:p/>'.repeat(8_000_000))),
  },
  {
    name: '.docx of 400,000 one-word paragraphs',
    make: (dir) => write(dir, 'words.docx', docx('<w:p><w:r><w:t>x</w:t></w:r></w:p>'.repeat(400_000))),
  },
  { name: '.docx nested 5,000 deep', make: (dir) => write(dir, 'deep.docx', docx(`${'<w:p>'.repeat(5000)}${'</w:p>'.repeat(5000)}`)) },
  {
    name: '.docx with a tag of a million attributes',
    make: (dir) =>
      write(
        dir,
        'attributes.docx',
        docx(
          `<w:p ${range(1_000_000)
            .map((n) => `a${n}="1"`)
            .join(' ')}/>`,
        ),
      ),
  },
  {
    name: '.docx of 40,000 unclosed Word fields',
    make: (dir) =>
      write(
        dir,
        'fields.docx',
        docx(`<w:p>${'<w:r><w:fldChar w:fldCharType="begin"/></w:r>'.repeat(40_000)}${'<w:r><w:t>x</w:t></w:r>'.repeat(40_000)}</w:p>`),
      ),
  },
  {
    name: '.docx field instruction of 100,000 spaces',
    make: (dir) =>
      write(
        dir,
        'field-spaces.docx',
        docx(
          `<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>${' '.repeat(100_000)}</w:instrText></w:r>${'<w:r><w:fldChar w:fldCharType="separate"/></w:r>'.repeat(100)}</w:p>`,
        ),
      ),
  },
  // Issue 21: one 2 MB slide listed 5,000 times ran past 200 s at 4.3 GB (at 900, under the slide cap, the text cap speaks).
  ...[5000, 900].map((times) => ({
    name: `.pptx listing one 2 MB slide ${times.toLocaleString('en')} times`,
    make: (dir) => write(dir, `one-slide-${times}.pptx`, pptx({ listed: range(times).map(() => 1), slides: { 1: BIG_SLIDE } })),
  })),
  // Issue 21: one 800 KB notes page shared by 3,000 slides ran out of memory.
  ...[3000, 900].map((count) => ({
    name: `.pptx of ${count.toLocaleString('en')} slides sharing one 800 KB notes page`,
    make: (dir) =>
      write(
        dir,
        `shared-notes-${count}.pptx`,
        pptx({
          listed: range(count),
          slides: many(count, (n) => slideXml(`Slide ${n}`)),
          notes: many(count, () => 1),
          notesParts: { 1: BIG_NOTES },
        }),
      ),
  })),
  {
    name: '.pptx of 10,000 slides',
    make: (dir) => write(dir, 'slides-10000.pptx', pptx({ listed: range(10_000), slides: many(10_000, (n) => slideXml(`Slide ${n}`)) })),
  },
  {
    name: '.pptx section named 20,000 [ over 200 slides',
    make: (dir) =>
      write(
        dir,
        'section-brackets.pptx',
        pptx({
          listed: range(200),
          slides: many(200, (n) => slideXml(`Slide ${n}`)),
          sections: `<p:extLst><p:ext uri="{521415D9-36F7-43E2-AB2F-B90AF26B5E84}"><p14:sectionLst xmlns:p14="http://schemas.microsoft.com/office/powerpoint/2010/main"><p14:section name="${'['.repeat(20_000)}" id="{1}"><p14:sldIdLst>${range(
            200,
          )
            .map((n) => `<p14:sldId id="${255 + n}"/>`)
            .join('')}</p14:sldIdLst></p14:section></p14:sectionLst></p:ext></p:extLst>`,
        }),
      ),
  },
  {
    name: '.pptx slide of 200,000 paragraphs',
    make: (dir) =>
      write(dir, 'paragraphs.pptx', pptx({ listed: [1], slides: { 1: slideXml('Many', shape('body', '<a:p/>'.repeat(200_000))) } })),
  },
  {
    name: '.odt of 2 million empty paragraphs',
    make: (dir) =>
      write(
        dir,
        'paragraphs.odt',
        zip({
          mimetype: 'application/vnd.oasis.opendocument.text',
          'content.xml': ODT_CONTENT.replace('<text:p>Words.</text:p>', '<text:p/>'.repeat(2_000_000)),
        }),
      ),
  },
  {
    name: '.odt saved as .odp',
    make: (dir) => write(dir, 'text.odp', zip({ mimetype: 'application/vnd.oasis.opendocument.text', 'content.xml': ODT_CONTENT })),
  },
  { name: '.docx saved as .pptx', make: (dir) => write(dir, 'words.pptx', docx('<w:p><w:r><w:t>Words.</w:t></w:r></w:p>')) },
];
