import { strToU8, unzipSync, zipSync } from 'fflate';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { MAX_WORD_NODES } from '../../../src/main/services/office/wordBudget';
import { readTalkFile } from '../../../src/main/services/talkFiles';
import { parseTalk } from '../../../src/main/engine/talk/parseTalk';
import { docx, OFFICE_CASES } from '../../../scripts/stress-cases/office.mjs';
import { makeDocx } from '../../support/office';
import { tempFiles } from '../../support/officeFiles';

const write = tempFiles('sticky-office-limits-');
const reason = (value: string, message?: RegExp) => ({ code: 'bad-document', params: { reason: value }, ...(message ? { message } : {}) });

/** Reads a file and says how long it took; every refusal here must come within seconds, not minutes. */
async function timed(path: string): Promise<{ error: unknown; ms: number }> {
  const started = Date.now();
  const error = await readTalkFile(path).then(
    () => null,
    (caught: unknown) => caught,
  );
  return { error, ms: Date.now() - started };
}

const fieldRun = (type: string): string => `<w:r><w:fldChar w:fldCharType="${type}"/></w:r>`;

describe('a Word file is measured before mammoth parses it', () => {
  test('the 71 KB file of 8 million empty paragraphs is refused as too complex in seconds, not out of memory', async () => {
    const bytes = docx('<w:p/>'.repeat(8_000_000));
    expect(bytes.length).toBeLessThan(100 * 1024);
    const { error, ms } = await timed(write('empty.docx', bytes));
    expect(error).toMatchObject(reason('too-complex', /far more XML elements/));
    // Measured at ~1.7 s with the CLI on a loaded machine; before, 62 s and 4.5 GB.
    expect(ms).toBeLessThan(10_000);
  }, 30_000);

  test('the node cap is the line: just under it opens (as an empty document), just over it is refused', async () => {
    // Body, document and the empty paragraphs: each `<w:p/>` one node.
    const under = await timed(write('under.docx', docx('<w:p/>'.repeat(MAX_WORD_NODES - 100))));
    expect(under.error).toMatchObject(reason('empty-document'));
    const over = await timed(write('over.docx', docx('<w:p/>'.repeat(MAX_WORD_NODES + 1))));
    expect(over.error).toMatchObject(reason('too-complex'));
  }, 30_000);

  test('whatever part mammoth reads is measured, even one the relationships name instead of word/document.xml', async () => {
    const parts = unzipSync(docx('<w:p><w:r><w:t>Decoy.</w:t></w:r></w:p>'));
    parts['_rels/.rels'] = strToU8(
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/real.bin"/></Relationships>',
    );
    parts['word/real.bin'] = strToU8(
      `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${'<w:p/>'.repeat(MAX_WORD_NODES + 1)}</w:body></w:document>`,
    );
    const { error } = await timed(write('elsewhere.docx', Buffer.from(zipSync(parts))));
    expect(error).toMatchObject(reason('too-complex'));
  });

  test('nesting past what mammoth’s recursion holds is too complex, not damaged', async () => {
    const { error, ms } = await timed(write('deep.docx', docx(`${'<w:p>'.repeat(5000)}${'</w:p>'.repeat(5000)}`)));
    expect(error).toMatchObject(reason('too-complex', /nests its XML far deeper/));
    expect(ms).toBeLessThan(10_000);
  });

  test('fields mammoth would scan again and again are refused: too many open, too long a run of spaces', async () => {
    const open = docx(`<w:p>${fieldRun('begin').repeat(65)}<w:r><w:t>x</w:t></w:r></w:p>`);
    const spaces = docx(`<w:p>${fieldRun('begin')}<w:r><w:instrText>${' '.repeat(65)}</w:instrText></w:r>${fieldRun('separate')}</w:p>`);
    for (const [name, bytes] of [
      ['open.docx', open],
      ['spaces.docx', spaces],
    ] as const)
      expect((await timed(write(name, bytes))).error, name).toMatchObject(reason('too-complex', /Word fields/));
    // A real field (a link with its instruction, separator and end) still reads.
    const link = docx(
      `<w:p>${fieldRun('begin')}<w:r><w:instrText xml:space="preserve"> HYPERLINK "https://example.com" </w:instrText></w:r>${fieldRun('separate')}<w:r><w:t>Our site.</w:t></w:r>${fieldRun('end')}</w:p>`,
    );
    const file = await readTalkFile(write('link.docx', link));
    expect(file.text).toContain('Our site.');
  });

  test('more text than a talk may hold is refused while measuring', async () => {
    const { error } = await timed(write('text.docx', docx(`<w:p><w:r><w:t>${'word '.repeat(1_100_000)}</w:t></w:r></w:p>`)));
    expect(error).toMatchObject(reason('too-much-text', /5 MB of text/));
  });

  test('a 60-minute talk (9,000 words) written by the docx package opens well under the caps', async () => {
    const sentence = 'We called the customer back the same day and she told us what the form had cost her.';
    const parts = Array.from({ length: 12 }, (_, s) => [
      { h: 2 as const, text: `Section ${s + 1}` },
      ...Array.from({ length: 19 }, () => ({ p: `${sentence} ${sentence} ${sentence} ${sentence} ${sentence} ${sentence}` })),
    ]).flat();
    const file = await readTalkFile(write('talk60.docx', await makeDocx([{ h: 1, text: 'A long talk' }, ...parts])));
    expect(file.text.split(/\s+/).length).toBeGreaterThan(9000);
  });
});

describe('the title a user sees has no Markdown escapes', () => {
  test('a Word title and section heading with & * _ [x] <b> read as written', async () => {
    const title = 'Q&A: *stars* _under_ [x] <b>bold</b> C:\\temp';
    const file = await readTalkFile(
      write('title.docx', await makeDocx([{ h: 1, text: title }, { h: 2, text: `Part ${title}` }, { p: 'Words.' }])),
    );
    expect(file.text).toContain('Q\\&A');
    const talk = parseTalk(file.text, { fileName: file.name });
    expect(talk.title).toBe(title);
    expect(talk.sections.map((section) => section.title)).toContain(`Part ${title}`);
  });
});

describe('every stress case is answered as expected', () => {
  // The heavy ones are the Word and deck cases above and in officeDeckLimits.test.ts; these are the rest.
  const light = OFFICE_CASES.filter((item) => /saved as|section named|200,000 paragraphs|2 million/.test(item.name));
  test.each(light.map((item) => [item.name, item] as const))('%s', async (_name, item) => {
    const { error, ms } = await timed(item.make(mkdtempSync(join(tmpdir(), 'sticky-office-case-'))));
    if (item.reason === null) expect(error).toBeNull();
    else expect(error).toMatchObject(reason(item.reason));
    expect(ms).toBeLessThan(10_000);
  });
});
