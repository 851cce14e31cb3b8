import { UserError } from '../userError';
import { blocksToTalk, type ConvertedTalk } from './blocks';
import { docxBlocks } from './docx';
import { odtBlocks } from './odt';
import { readZipParts, type ZipParts } from './zipParts';

/** The document formats Sticky reads as talks, by extension. */
export const OFFICE_EXTENSIONS = ['.docx', '.odt'];
/** Formats from before 2007 that Sticky cannot read, with what to do instead. */
export const OLD_OFFICE_EXTENSIONS = ['.doc'];

// Every zip starts with a local file header, "PK\3\4". Word 97-2003 files and password-protected
// Word files are OLE compound files, which start with these eight bytes.
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
// An encrypted Word file is an OLE file holding a stream of this name (UTF-16 in the directory).
const ENCRYPTION_INFO = Buffer.from('EncryptionInfo', 'utf16le');
// Office suites never write a DOCTYPE; one in a part is an entity trick waiting for a parser.
const DOCTYPE = /<!DOCTYPE|<!ENTITY/i;

const bad = (name: string, reason: string, message: string): UserError => new UserError('bad-document', message, { name, reason });

/** Explains what to do with a Word file from before 2007. */
export const oldFormatError = (name: string): UserError =>
  bad(
    name,
    'old-format',
    `"${name}" is a Word 97-2003 document (.doc), which Sticky cannot read. Open it in Word and choose File > Save As > Word Document (.docx), or convert it with LibreOffice: soffice --headless --convert-to docx "${name}".`,
  );

const encrypted = (name: string): UserError =>
  bad(
    name,
    'encrypted',
    `"${name}" is protected with a password. Save a copy without the password (File > Info > Protect Document in Word; File > Properties > Security in LibreOffice) and open that.`,
  );

const corrupt = (name: string): UserError =>
  bad(name, 'corrupt', `"${name}" is damaged or not really a Word or OpenDocument file, so Sticky cannot read it.`);

const isXmlPart = (part: string): boolean => /\.(xml|rels)$/i.test(part);

/**
 * Checks every part, not only those named .xml: a document's relationships may point mammoth at a
 * part of any name. Pictures pass (no DOCTYPE in them); XML must be UTF-8 without a DOCTYPE.
 */
function checkParts(parts: ZipParts, name: string): void {
  for (const [part, data] of parts) {
    // UTF-16 XML could hide a DOCTYPE from the byte search; office suites write UTF-8.
    if (isXmlPart(part) && data.includes(0)) throw corrupt(name);
    if (DOCTYPE.test(data.toString('latin1')))
      throw bad(
        name,
        'unsafe-xml',
        `"${name}" contains XML that no office suite writes (a DOCTYPE or entity declaration), so Sticky does not read it.`,
      );
  }
}

async function documentBlocks(bytes: Buffer, name: string, extension: string) {
  // Every part is unpacked under the cap, pictures included, so whatever mammoth later reads has
  // been measured: a bomb cannot hide behind a name.
  const parts = await readZipParts(bytes, name, () => true);
  checkParts(parts, name);
  if (extension === '.odt') {
    if (parts.get('META-INF/manifest.xml')?.toString('utf8').includes('manifest:encryption-data')) throw encrypted(name);
    const content = parts.get('content.xml');
    if (!content) throw corrupt(name);
    return odtBlocks(content.toString('utf8'));
  }
  if (!parts.has('word/document.xml')) throw corrupt(name);
  return docxBlocks(bytes);
}

/**
 * Reads a Word (.docx) or OpenDocument (.odt) file as Sticky's Markdown talk text with a map of
 * where each line is in the document. The file is only read, never written. Every failure is a
 * UserError that says what is wrong and what to do.
 */
export async function readOfficeTalk(bytes: Buffer, name: string, extension: string): Promise<ConvertedTalk> {
  if (bytes.subarray(0, OLE_MAGIC.length).equals(OLE_MAGIC)) {
    throw bytes.includes(ENCRYPTION_INFO) ? encrypted(name) : oldFormatError(name);
  }
  if (!bytes.subarray(0, ZIP_MAGIC.length).equals(ZIP_MAGIC)) throw corrupt(name);
  let blocks;
  try {
    blocks = await documentBlocks(bytes, name, extension);
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw corrupt(name);
  }
  if (blocks.length === 0) {
    throw bad(
      name,
      'empty-document',
      `"${name}" has no text yet. Write the talk's title as Heading 1 and each section as Heading 2, with its text below.`,
    );
  }
  return blocksToTalk(blocks);
}
