import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { MAX_UNPACKED_BYTES } from '../../../src/main/services/office/zipParts';
import { isLockFile, readTalkFile } from '../../../src/main/services/talkFiles';
import { makeDeflatedZip, makeDocx, makeOdt } from '../../support/office';
import { oleFile, tempFiles } from '../../support/officeFiles';

const write = tempFiles('sticky-office-bad-');
/** A real generated .docx with one part replaced. */
async function docxWith(part: string, xml: string): Promise<Buffer> {
  const parts = unzipSync(await makeDocx([{ h: 2, text: 'A section' }, { p: 'Spoken words.' }]));
  parts[part] = strToU8(xml);
  return Buffer.from(zipSync(parts));
}
const LAUGHS =
  '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "hahahahahahahahahaha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>';

describe('bad documents get a clear message, never a crash', () => {
  test('a password-protected Word file says how to remove the password', async () => {
    const path = write('secret.docx', oleFile(['Root Entry', 'EncryptionInfo', 'EncryptedPackage']));
    await expect(readTalkFile(path)).rejects.toMatchObject({ code: 'bad-document', params: { reason: 'encrypted' }, message: /password/ });
  });

  test('a password-protected OpenDocument file too', async () => {
    const path = write('secret.odt', makeOdt('<text:p>x</text:p>', '<manifest:encryption-data manifest:checksum-type="SHA1"/>'));
    await expect(readTalkFile(path)).rejects.toMatchObject({ params: { reason: 'encrypted' } });
  });

  test('a Word 97-2003 file, by name or by content, says how to convert it', async () => {
    for (const name of ['old.doc', 'renamed.docx']) {
      const error = await readTalkFile(write(name, oleFile(['Root Entry', 'WordDocument']))).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'bad-document', params: { reason: 'old-format' } });
      expect((error as Error).message).toMatch(/Save As > Word Document \(\.docx\).*soffice --headless --convert-to docx/);
    }
  });

  test('corrupt files: not a zip, a truncated zip, a zip without a document', async () => {
    const good = await makeDocx([{ p: 'Words.' }]);
    const files = {
      'text.docx': Buffer.from('just some text pretending'),
      'truncated.docx': good.subarray(0, good.length / 2),
      'nodoc.docx': makeDeflatedZip({ 'hello.xml': '<a/>' }),
      'nocontent.odt': makeDeflatedZip({ 'META-INF/manifest.xml': '<m/>' }),
      'badxml.odt': makeDeflatedZip({ 'content.xml': '<office:text><text:p>open' }),
      'badxml.docx': await docxWith('word/document.xml', '<w:document><w:body>'),
    };
    for (const [name, bytes] of Object.entries(files))
      await expect(readTalkFile(write(name, bytes)), name).rejects.toMatchObject({ code: 'bad-document', params: { reason: 'corrupt' } });
  });

  test('a zip bomb is stopped at the unpacked-size cap, however small the file', async () => {
    const huge = `<w:document>${' '.repeat(MAX_UNPACKED_BYTES + 1024)}</w:document>`;
    const bytes = makeDeflatedZip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': huge });
    expect(bytes.length).toBeLessThan(1024 * 1024);
    await expect(readTalkFile(write('bomb.docx', bytes))).rejects.toMatchObject({ params: { reason: 'zip-bomb' } });
  });

  test('XML entity tricks (billion laughs, external entities) are refused in both formats', async () => {
    const docx = await docxWith('word/document.xml', `${LAUGHS}<w:document>&c;</w:document>`);
    const external = await docxWith(
      'word/styles.xml',
      '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>',
    );
    const odt = makeDeflatedZip({ 'content.xml': `${LAUGHS}<office:text><text:p>&c;</text:p></office:text>` });
    for (const [name, bytes] of [
      ['laughs.docx', docx],
      ['external.docx', external],
      ['laughs.odt', odt],
    ] as const)
      await expect(readTalkFile(write(name, bytes)), name).rejects.toMatchObject({ params: { reason: 'unsafe-xml' } });
  });

  test('an empty document says what to write', async () => {
    for (const [name, bytes] of [
      ['empty.docx', await makeDocx([])],
      ['empty.odt', makeOdt('<text:p/>')],
    ] as const)
      await expect(readTalkFile(write(name, bytes)), name).rejects.toMatchObject({
        params: { reason: 'empty-document' },
        message: /Heading 1 for the title|as Heading 1/,
      });
  });

  test('office lock files are refused by name, never read as talks', async () => {
    expect(isLockFile('~$talk.docx')).toBe(true);
    expect(isLockFile('.~lock.talk.odt#')).toBe(true);
    expect(isLockFile('talk.docx')).toBe(false);
    await expect(readTalkFile(write('~$talk.docx', Buffer.from('owner')))).rejects.toMatchObject({ params: { reason: 'lock-file' } });
  });
});
