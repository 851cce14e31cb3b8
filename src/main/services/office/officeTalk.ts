import { UserError } from '../userError';
import { blocksToTalk, type Block } from './blocks';
import { hasText, slidesToTalk, type OfficeSlide } from './deckText';
import { docxBlocks } from './docx';
import { odpSlides } from './odp';
import { odtBlocks } from './odt';
import { pptxSlides } from './pptx';
import { MAX_XML_ELEMENTS, TooManyElementsError, xmlTree } from './xmlTree';
import { readZipParts, type ZipParts } from './zipParts';

/** The document and presentation formats Sticky reads as talks, by extension. */
export const OFFICE_EXTENSIONS = ['.docx', '.odt', '.pptx', '.odp'];
/** Formats from before 2007 that Sticky cannot read, with what to do instead. */
export const OLD_OFFICE_EXTENSIONS = ['.doc', '.ppt'];
/** The presentation formats: each slide a section, the speaker notes spoken. */
export const PRESENTATION_EXTENSIONS = ['.pptx', '.odp'];

// Every zip starts with a local file header, "PK\3\4". Word 97-2003 files and password-protected
// Word files are OLE compound files, which start with these eight bytes.
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
// An encrypted Word file is an OLE file holding a stream of this name (UTF-16 in the directory).
const ENCRYPTION_INFO = Buffer.from('EncryptionInfo', 'utf16le');
// Office suites never write a DOCTYPE; one in a part is an entity trick waiting for a parser.
const DOCTYPE = /<!DOCTYPE|<!ENTITY/i;

const bad = (name: string, reason: string, message: string): UserError => new UserError('bad-document', message, { name, reason });

/** Explains what to do with a Word or PowerPoint file from before 2007. */
export const oldFormatError = (name: string, extension = '.doc'): UserError =>
  extension === '.ppt'
    ? bad(
        name,
        'old-presentation',
        `"${name}" is a PowerPoint 97-2003 presentation (.ppt), which Sticky cannot read. Open it in PowerPoint and choose File > Save As > PowerPoint Presentation (.pptx), or convert it with LibreOffice: soffice --headless --convert-to pptx "${name}".`,
      )
    : bad(
        name,
        'old-format',
        `"${name}" is a Word 97-2003 document (.doc), which Sticky cannot read. Open it in Word and choose File > Save As > Word Document (.docx), or convert it with LibreOffice: soffice --headless --convert-to docx "${name}".`,
      );

const encrypted = (name: string): UserError =>
  bad(
    name,
    'encrypted',
    `"${name}" is protected with a password. Save a copy without the password (File > Info > Protect Document or Protect Presentation in Word and PowerPoint; File > Properties > Security in LibreOffice) and open that.`,
  );

const corrupt = (name: string): UserError =>
  bad(name, 'corrupt', `"${name}" is damaged or not really a Word, PowerPoint or OpenDocument file, so Sticky cannot read it.`);

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

const isEncryptedOpenDocument = (parts: ZipParts): boolean =>
  parts.get('META-INF/manifest.xml')?.toString('utf8').includes('manifest:encryption-data') ?? false;

/** A document's blocks or a presentation's slides, read from the zip's parts. */
async function readParts(bytes: Buffer, name: string, extension: string): Promise<Block[] | OfficeSlide[]> {
  const presentation = PRESENTATION_EXTENSIONS.includes(extension);
  // Every part of a Word file is unpacked under the cap, pictures included, so whatever mammoth
  // later reads has been measured: a bomb cannot hide behind a name. Presentations are read here,
  // from their XML parts only (pictures are never inflated).
  const parts = await readZipParts(bytes, name, (part) => !presentation || /\.(xml|rels)$/i.test(part));
  checkParts(parts, name);
  if (extension === '.odt' || extension === '.odp') {
    if (isEncryptedOpenDocument(parts)) throw encrypted(name);
    const content = parts.get('content.xml');
    if (!content) throw corrupt(name);
    return extension === '.odp' ? odpSlides(xmlTree(content.toString('utf8'))) : odtBlocks(content.toString('utf8'));
  }
  if (extension === '.pptx') return pptxSlides(parts);
  if (!parts.has('word/document.xml')) throw corrupt(name);
  return docxBlocks(bytes);
}

const isSlides = (read: Block[] | OfficeSlide[], extension: string): read is OfficeSlide[] => PRESENTATION_EXTENSIONS.includes(extension);

/**
 * Reads a Word (.docx), OpenDocument text (.odt), PowerPoint (.pptx) or OpenDocument presentation
 * (.odp) file as the text Sticky's engine reads: a Markdown talk, or for a presentation a deck
 * whose slides are sections and whose notes are spoken. The file is only read, never written.
 * Every failure is a UserError that says what is wrong and what to do.
 */
export async function readOfficeTalk(bytes: Buffer, name: string, extension: string): Promise<string> {
  if (bytes.subarray(0, OLE_MAGIC.length).equals(OLE_MAGIC)) {
    throw bytes.includes(ENCRYPTION_INFO) ? encrypted(name) : oldFormatError(name, extension === '.pptx' ? '.ppt' : '.doc');
  }
  if (!bytes.subarray(0, ZIP_MAGIC.length).equals(ZIP_MAGIC)) throw corrupt(name);
  let read: Block[] | OfficeSlide[];
  try {
    read = await readParts(bytes, name, extension);
  } catch (error) {
    if (error instanceof UserError) throw error;
    if (error instanceof TooManyElementsError)
      throw bad(
        name,
        'too-complex',
        `"${name}" holds more than ${MAX_XML_ELEMENTS.toLocaleString('en')} XML elements in one part, far more than any deck; Sticky stopped reading it.`,
      );
    throw corrupt(name);
  }
  if (isSlides(read, extension)) {
    if (!hasText(read))
      throw bad(
        name,
        'empty-deck',
        `"${name}" has no slides with text yet. Give each slide a title and write what you will say in its speaker notes.`,
      );
    return slidesToTalk(read);
  }
  if (read.length === 0) {
    throw bad(
      name,
      'empty-document',
      `"${name}" has no text yet. Write the talk's title as Heading 1 and each section as Heading 2, with its text below.`,
    );
  }
  return blocksToTalk(read);
}
