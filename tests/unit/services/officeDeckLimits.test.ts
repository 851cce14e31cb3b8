import { describe, expect, test } from 'vitest';
import { sectionTags } from '../../../src/main/services/office/deckText';
import { MAX_SLIDES, MAX_XML_NODES } from '../../../src/main/services/office/limits';
import { readTalkFile } from '../../../src/main/services/talkFiles';
import { parseTalk } from '../../../src/main/engine/talk/parseTalk';
import { many, notesXml, oneSection, paragraph, pptx, range, shape, slideXml } from '../../../scripts/stress-cases/office.mjs';
import { makeDeflatedZip } from '../../support/office';
import { tempFiles } from '../../support/officeFiles';

const write = tempFiles('sticky-deck-limits-');
const reason = (value: string, message?: RegExp) => ({ code: 'bad-document', params: { reason: value }, ...(message ? { message } : {}) });

/** Reads a deck, giving what it was refused for (or null) and how long it took. */
async function timed(name: string, bytes: Buffer): Promise<{ error: unknown; ms: number }> {
  const started = Date.now();
  const error = await readTalkFile(write(name, bytes)).then(
    () => null,
    (caught: unknown) => caught,
  );
  return { error, ms: Date.now() - started };
}

const BIG_TEXT = shape('body', paragraph('words and more words').repeat(40_000));

describe('a deck is read within bounds however its parts are referenced', () => {
  test('one large slide listed 900 times is parsed once and stopped by the text cap in seconds', async () => {
    const { error, ms } = await timed('listed.pptx', pptx({ listed: range(900).map(() => 1), slides: { 1: slideXml('Again', BIG_TEXT) } }));
    expect(error).toMatchObject(reason('too-much-text', /5 MB of text/));
    expect(ms).toBeLessThan(10_000);
  }, 30_000);

  test('one notes page shared by 900 slides is parsed once; its text counts for every slide', async () => {
    const deck = pptx({
      listed: range(900),
      slides: many(900, (n) => slideXml(`Slide ${n}`)),
      notes: many(900, () => 1),
      notesParts: { 1: notesXml(paragraph('Said again and again.').repeat(20_000)) },
    });
    const { error, ms } = await timed('shared.pptx', deck);
    expect(error).toMatchObject(reason('too-much-text'));
    expect(ms).toBeLessThan(10_000);
  }, 30_000);

  test('a part is parsed once per name: a slide of 60% of the node cap listed twice opens', async () => {
    const nodes = Math.floor((MAX_XML_NODES * 0.6) / 2);
    // Each empty `<a:p/>` is one node; parsed twice, the slide would pass the cap.
    const big = slideXml('Twice', shape('body', '<a:p/>'.repeat(nodes * 2)));
    const file = await readTalkFile(write('twice.pptx', pptx({ listed: [1, 1], slides: { 1: big } })));
    expect(file.text.match(/# Twice/g)).toHaveLength(2);
    const { error } = await timed(
      'too-big.pptx',
      pptx({ listed: [1], slides: { 1: slideXml('Once', shape('body', '<a:p/>'.repeat(MAX_XML_NODES))) } }),
    );
    expect(error).toMatchObject(reason('too-complex'));
  }, 30_000);

  test('more slides than the cap get their own message, listed or as parts (10,000 slides)', async () => {
    const listed = await timed('listed.pptx', pptx({ listed: range(MAX_SLIDES + 1).map(() => 1), slides: { 1: slideXml('One') } }));
    expect(listed.error).toMatchObject(reason('too-many-slides', /more than 1,000 slides/));
    const parts = await timed('parts.pptx', pptx({ listed: range(10_000), slides: many(10_000, (n) => slideXml(`Slide ${n}`)) }));
    expect(parts.error).toMatchObject(reason('too-many-slides'));
    expect(parts.ms).toBeLessThan(10_000);
  }, 30_000);

  test('a slide of 200,000 paragraphs reads (no spread overflows the stack)', async () => {
    const deck = pptx({
      listed: [1],
      slides: { 1: slideXml('Many', shape('body', `${'<a:p/>'.repeat(200_000)}${paragraph('The end.')}`)) },
    });
    const file = await readTalkFile(write('many.pptx', deck));
    expect(file.text).toContain('The end.');
  });
});

describe('section names', () => {
  test('20,000 [ in a section name over 200 slides costs no more than its length', async () => {
    const deck = pptx({
      listed: range(200),
      slides: many(200, (n) => slideXml(`Slide ${n}`)),
      sections: oneSection('['.repeat(20_000), 200),
    });
    const { error, ms } = await timed('brackets.pptx', deck);
    expect(error).toBeNull();
    expect(ms).toBeLessThan(5_000);
    const started = Date.now();
    sectionTags(`${'['.repeat(200_000)}`);
    sectionTags(`${' ['.repeat(100_000)}x]`);
    expect(Date.now() - started).toBeLessThan(1_000);
  }, 30_000);

  test('tags read as the old pattern read them, on every mix of brackets, spaces and tags', () => {
    const old = (name: string) => {
      const comments: string[] = [];
      const bare = name.replace(/\s*\[([^\]]*)\]/g, (whole, inner: string) => {
        const found = inner.split(';').map((part) => sectionTags(`x [${part.trim()}]`).comments[0] ?? null);
        if (found.some((comment) => comment === null)) return whole;
        comments.push(...(found as string[]));
        return '';
      });
      return { name: bare.trim() || name.trim(), comments };
    };
    const pieces = ['[', ']', ' ', 'Deep', '[variants: 30 60]', '[minutes: 4; variants: 10]', '[x]', ';', 'variants: 30'];
    let seed = 7;
    for (let round = 0; round < 2000; round++) {
      let name = '';
      for (let i = 0; i < 6; i++) name += pieces[(seed = (seed * 48271) % 2147483647) % pieces.length];
      expect(sectionTags(name), name).toEqual(old(name));
    }
    expect(sectionTags('Deep dive [variants: 30 60]')).toEqual({ name: 'Deep dive', comments: ['<!-- variants: 30 60 -->'] });
  });
});

describe('a file under the wrong extension says what it really is', () => {
  const odf = (kind: string) =>
    makeDeflatedZip({
      mimetype: `application/vnd.oasis.opendocument.${kind}`,
      'content.xml': '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>',
    });
  test.each([
    ['text.odp', odf('text'), 'text.odt', /OpenDocument text document saved as \.odp/],
    ['slides.odt', odf('presentation'), 'slides.odp', /OpenDocument presentation saved as \.odt/],
    ['words.pptx', makeDeflatedZip({ 'word/document.xml': '<w:document/>' }), 'words.docx', /Word document saved as \.pptx/],
    ['deck.docx', pptx({ listed: [1], slides: { 1: slideXml('A') } }), 'deck.pptx', /PowerPoint presentation saved as \.docx/],
    ['text.docx', odf('text'), 'text.odt', /rename it "text\.odt"/],
  ])('%s', async (name, bytes, renamed, message) => {
    const { error } = await timed(name, bytes);
    expect(error).toMatchObject({ ...reason('wrong-extension', message), params: { renamed } });
  });

  test('a spreadsheet is named as one; a zip that is nothing says PowerPoint too', async () => {
    expect((await timed('sheet.docx', makeDeflatedZip({ 'xl/workbook.xml': '<workbook/>' }))).error).toMatchObject(reason('spreadsheet'));
    expect((await timed('sheet.odp', odf('spreadsheet'))).error).toMatchObject(reason('spreadsheet'));
    const { error } = await timed('nothing.pptx', Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(100)]));
    expect(error).toMatchObject(reason('corrupt', /Word, PowerPoint or OpenDocument/));
  });

  test('a slide title with & * _ [x] <b> reads as written', async () => {
    const title = 'Q&A: *stars* _under_ [x] <b>bold</b>';
    const xml = title.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    const file = await readTalkFile(
      write('title.pptx', pptx({ listed: [1, 2], slides: { 1: slideXml(xml), 2: slideXml(`Then ${xml}`) } })),
    );
    const talk = parseTalk(file.text, { fileName: file.name });
    expect(talk.sections.map((section) => section.title)).toEqual([title, `Then ${title}`]);
  });
});
