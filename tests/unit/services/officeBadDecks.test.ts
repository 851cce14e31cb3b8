import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { analyseTalk } from '../../../src/main/engine/analyse';
import { MAX_XML_NODES } from '../../../src/main/services/office/limits';
import { MAX_UNPACKED_BYTES } from '../../../src/main/services/office/zipParts';
import { isLockFile, readTalkFile } from '../../../src/main/services/talkFiles';
import { makeDeflatedZip } from '../../support/office';
import { makePptx } from '../../support/pptx';
import { oleFile, tempFiles } from '../../support/officeFiles';

const write = tempFiles('sticky-deck-bad-');
/** A real generated .pptx with one part replaced. */
async function pptxWith(part: string, xml: string): Promise<Buffer> {
  const parts = unzipSync(await makePptx([{ title: 'A slide', notes: ['Spoken words.'] }]));
  parts[part] = strToU8(xml);
  return Buffer.from(zipSync(parts));
}
const LAUGHS =
  '<?xml version="1.0"?><!DOCTYPE p:sld [<!ENTITY a "hahahahahahahahahaha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>';
const reason = (value: string) => ({ code: 'bad-document', params: { reason: value } });

describe('bad presentations get a clear message, never a crash', () => {
  test('a password-protected PowerPoint or OpenDocument deck says how to remove the password', async () => {
    await expect(readTalkFile(write('secret.pptx', oleFile(['Root Entry', 'EncryptionInfo'])))).rejects.toMatchObject({
      ...reason('encrypted'),
      message: /Protect Presentation/,
    });
    const odp = makeDeflatedZip({
      'META-INF/manifest.xml': '<manifest:manifest><manifest:encryption-data/></manifest:manifest>',
      'content.xml': '<office:document-content/>',
    });
    await expect(readTalkFile(write('secret.odp', odp))).rejects.toMatchObject(reason('encrypted'));
  });

  test('a PowerPoint 97-2003 file, by name or by content, says how to convert it', async () => {
    for (const name of ['old.ppt', 'renamed.pptx']) {
      const error = await readTalkFile(write(name, oleFile(['Root Entry', 'PowerPoint Document']))).catch((e: unknown) => e);
      expect(error, name).toMatchObject(reason('old-presentation'));
      expect((error as Error).message).toMatch(/PowerPoint Presentation \(\.pptx\).*soffice --headless --convert-to pptx/);
    }
  });

  test('corrupt decks: not a zip, truncated, no presentation part, broken slide XML', async () => {
    const good = await makePptx([{ title: 'Words' }]);
    const files = {
      'text.pptx': Buffer.from('just some text pretending'),
      'truncated.pptx': good.subarray(0, good.length / 2),
      'nopresentation.pptx': makeDeflatedZip({ 'hello.xml': '<a/>' }),
      'nocontent.odp': makeDeflatedZip({ 'META-INF/manifest.xml': '<m/>' }),
      'badslide.pptx': await pptxWith('ppt/slides/slide1.xml', '<p:sld><p:cSld>'),
    };
    for (const [name, bytes] of Object.entries(files))
      await expect(readTalkFile(write(name, bytes)), name).rejects.toMatchObject(reason('corrupt'));
  });

  test('a zip bomb is stopped at the unpacked-size cap', async () => {
    const huge = `<p:presentation>${' '.repeat(MAX_UNPACKED_BYTES + 1024)}</p:presentation>`;
    const bytes = makeDeflatedZip({ 'ppt/presentation.xml': huge });
    expect(bytes.length).toBeLessThan(1024 * 1024);
    await expect(readTalkFile(write('bomb.pptx', bytes))).rejects.toMatchObject(reason('zip-bomb'));
  });

  test('a deck of a million XML nodes is stopped before its tree fills memory', async () => {
    const slide = await pptxWith('ppt/slides/slide1.xml', `<p:sld>${'<a/>'.repeat(MAX_XML_NODES + 1)}</p:sld>`);
    await expect(readTalkFile(write('elements.pptx', slide))).rejects.toMatchObject(reason('too-complex'));
  });

  test('XML entity tricks are refused in slides, notes and OpenDocument content', async () => {
    const slide = await pptxWith('ppt/slides/slide1.xml', `${LAUGHS}<p:sld>&c;</p:sld>`);
    const notes = await pptxWith(
      'ppt/notesSlides/notesSlide1.xml',
      '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><p:notes>&e;</p:notes>',
    );
    const odp = makeDeflatedZip({ 'content.xml': `${LAUGHS}<office:presentation>&c;</office:presentation>` });
    for (const [name, bytes] of [
      ['laughs.pptx', slide],
      ['external.pptx', notes],
      ['laughs.odp', odp],
    ] as const)
      await expect(readTalkFile(write(name, bytes)), name).rejects.toMatchObject(reason('unsafe-xml'));
  });

  test('an empty deck, or one whose slides hold no text, says what to write', async () => {
    for (const [name, bytes] of [
      ['empty.pptx', await makePptx([])],
      ['blank.pptx', await makePptx([{}, {}])],
    ] as const)
      await expect(readTalkFile(write(name, bytes)), name).rejects.toMatchObject({
        ...reason('empty-deck'),
        message: /speaker notes/,
      });
  });

  test('a deck of 500 slides opens and is scored in seconds', async () => {
    const slides = Array.from({ length: 500 }, (_, index) => ({
      title: `Slide about customers ${index + 1}`,
      shown: ['One point'],
      notes: [`On slide ${index + 1} I tell how a customer called us and nobody called back.`],
      hidden: index % 10 === 0,
    }));
    const path = write('long.pptx', await makePptx(slides));
    const started = Date.now();
    const file = await readTalkFile(path);
    const analysed = analyseTalk(file.text, { fileName: file.name });
    expect(analysed.talk.sections).toHaveLength(500);
    expect(analysed.talk.sections[10]!.variants).toEqual([30, 60]);
    // Reading and scoring 500 slides (~8,000 words) on one shared core: well under the 10 s a user waits.
    expect(Date.now() - started).toBeLessThan(10_000);
  }, 30_000);

  test('PowerPoint and LibreOffice lock files are never talks', () => {
    expect(isLockFile('~$deck.pptx')).toBe(true);
    expect(isLockFile('.~lock.deck.odp#')).toBe(true);
    expect(isLockFile('deck.pptx')).toBe(false);
  });
});
