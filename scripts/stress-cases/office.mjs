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
export const docx = (body) =>
  zip({
    '[Content_Types].xml': '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    '_rels/.rels': rels([['rId1', 'officeDocument', 'word/document.xml']]),
    'word/document.xml': `<?xml version="1.0"?><w:document ${W}><w:body>${body}</w:body></w:document>`,
  });

export const paragraph = (text) => `<a:p><a:r><a:t>${text}</a:t></a:r></a:p>`;
export const shape = (type, paragraphs) =>
  `<p:sp><p:nvSpPr><p:cNvPr id="2" name="s"/><p:cNvSpPr/><p:nvPr><p:ph type="${type}"/></p:nvPr></p:nvSpPr><p:txBody>${paragraphs}</p:txBody></p:sp>`;
export const slideXml = (title, shown = '') =>
  `<?xml version="1.0"?><p:sld ${P} ${A} ${R}><p:cSld><p:spTree>${shape('title', paragraph(title))}${shown}</p:spTree></p:cSld></p:sld>`;
export const notesXml = (paragraphs) =>
  `<?xml version="1.0"?><p:notes ${P} ${A}><p:cSld><p:spTree>${shape('body', paragraphs)}</p:spTree></p:cSld></p:notes>`;

/**
 * A PowerPoint deck: `listed` slide references in order (each the number of a slide part), `slides`
 * the parts by number, `notes` which notes part a slide's relationships point at, and sections.
 */
export function pptx({ listed, slides, notes = {}, notesParts = {}, sections = '' }) {
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

export const range = (count) => Array.from({ length: count }, (_, index) => index + 1);
export const many = (count, make) => Object.fromEntries(range(count).map((n) => [n, make(n)]));

/** PowerPoint's sections (p14:sectionLst): one section of the given name holding slides 1 to `count`. */
export const oneSection = (name, count) =>
  `<p:extLst><p:ext uri="{521415D9-36F7-43E2-AB2F-B90AF26B5E84}"><p14:sectionLst xmlns:p14="http://schemas.microsoft.com/office/powerpoint/2010/main"><p14:section name="${name}" id="{1}"><p14:sldIdLst>${range(
    count,
  )
    .map((n) => `<p14:sldId id="${255 + n}"/>`)
    .join('')}</p14:sldIdLst></p14:section></p14:sectionLst></p:ext></p:extLst>`;

/** An OpenDocument file of the given kind (`text` or `presentation`) whose text body is the given XML. */
export const odt = (body, kind = 'text') =>
  zip({
    mimetype: `application/vnd.oasis.opendocument.${kind}`,
    'content.xml': `<?xml version="1.0"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text><text:h text:outline-level="1">A talk</text:h>${body}</office:text></office:body></office:document-content>`,
  });

const BIG_SLIDE = slideXml('Again', shape('body', paragraph('words and more words').repeat(40_000)));
const BIG_NOTES = notesXml(paragraph('Said again and again.').repeat(20_000));
const WORDS = '<w:p><w:r><w:t>Words.</w:t></w:r></w:p>';
const file = (name, reason, fileName, bytes) => ({ name, reason, make: (dir) => write(dir, fileName, bytes()) });

/**
 * Every hostile office case: its name, the reason it is refused for (`params.reason` of the
 * UserError, null when it opens), and a function that writes the file into a folder and returns its path.
 */
export const OFFICE_CASES = [
  // Issue 21: 8 million empty paragraphs compress to ~71 KB; mammoth ran out of memory at 4.5 GB.
  file('.docx of 8 million empty paragraphs (71 KB)', 'too-complex', 'empty-paragraphs.docx', () => docx('<w:p/>'.repeat(8_000_000))),
  file('.docx of 400,000 one-word paragraphs', 'too-complex', 'words.docx', () =>
    docx('<w:p><w:r><w:t>x</w:t></w:r></w:p>'.repeat(400_000)),
  ),
  file('.docx nested 5,000 deep', 'too-complex', 'deep.docx', () => docx(`${'<w:p>'.repeat(5000)}${'</w:p>'.repeat(5000)}`)),
  file('.docx with a tag of a million attributes', 'too-complex', 'attributes.docx', () =>
    docx(
      `<w:p ${range(1_000_000)
        .map((n) => `a${n}="1"`)
        .join(' ')}/>`,
    ),
  ),
  file('.docx of 40,000 unclosed Word fields', 'too-complex', 'fields.docx', () =>
    docx(`<w:p>${'<w:r><w:fldChar w:fldCharType="begin"/></w:r>'.repeat(40_000)}${'<w:r><w:t>x</w:t></w:r>'.repeat(40_000)}</w:p>`),
  ),
  file('.docx field instruction of 100,000 spaces', 'too-complex', 'field-spaces.docx', () =>
    docx(
      `<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>${' '.repeat(100_000)}</w:instrText></w:r>${'<w:r><w:fldChar w:fldCharType="separate"/></w:r>'.repeat(100)}</w:p>`,
    ),
  ),
  file('.docx of 8 MB of text', 'too-much-text', 'text.docx', () => docx(`<w:p><w:r><w:t>${'word '.repeat(1_700_000)}</w:t></w:r></w:p>`)),
  // Issue 21: one 2 MB slide listed 5,000 times ran past 200 s at 4.3 GB (at 900, under the slide cap, the text cap speaks).
  ...[
    [5000, 'too-many-slides'],
    [900, 'too-much-text'],
  ].map(([times, reason]) =>
    file(`.pptx listing one 2 MB slide ${times.toLocaleString('en')} times`, reason, `one-slide-${times}.pptx`, () =>
      pptx({ listed: range(times).map(() => 1), slides: { 1: BIG_SLIDE } }),
    ),
  ),
  // Issue 21: one 800 KB notes page shared by 3,000 slides ran out of memory.
  ...[
    [3000, 'too-many-slides'],
    [900, 'too-much-text'],
  ].map(([count, reason]) =>
    file(`.pptx of ${count.toLocaleString('en')} slides sharing one 800 KB notes page`, reason, `shared-notes-${count}.pptx`, () =>
      pptx({
        listed: range(count),
        slides: many(count, (n) => slideXml(`Slide ${n}`)),
        notes: many(count, () => 1),
        notesParts: { 1: BIG_NOTES },
      }),
    ),
  ),
  // Issue 21: refused as "not really a Word or OpenDocument file".
  file('.pptx of 10,000 slides', 'too-many-slides', 'slides-10000.pptx', () =>
    pptx({ listed: range(10_000), slides: many(10_000, (n) => slideXml(`Slide ${n}`)) }),
  ),
  // Issue 21: 59 s in a quadratic regex on section names.
  file('.pptx section named 20,000 [ over 200 slides', null, 'section-brackets.pptx', () =>
    pptx({ listed: range(200), slides: many(200, (n) => slideXml(`Slide ${n}`)), sections: oneSection('['.repeat(20_000), 200) }),
  ),
  file('.pptx slide of 200,000 paragraphs', 'empty-deck', 'paragraphs.pptx', () =>
    pptx({ listed: [1], slides: { 1: slideXml('', shape('body', '<a:p/>'.repeat(200_000))) } }),
  ),
  file('.odt of 2 million empty paragraphs', 'too-complex', 'paragraphs.odt', () => odt('<text:p/>'.repeat(2_000_000))),
  // Issue 21: said "no slides with text".
  file('.odt saved as .odp', 'wrong-extension', 'text.odp', () => odt('<text:p>Words.</text:p>')),
  file('.docx saved as .pptx', 'wrong-extension', 'words.pptx', () => docx(WORDS)),
  file('.pptx saved as .docx', 'wrong-extension', 'deck.docx', () => pptx({ listed: [1], slides: { 1: slideXml('A slide') } })),
];
