import { UserError } from '../userError';
import { blocksToTalk, type Block } from './blocks';
import { hasText, slidesToTalk, type OfficeSlide } from './deckText';
import { docxBlocks } from './docx';
import { MAX_SLIDES, ReadBudget, TooComplexError } from './limits';
import { odpSlides } from './odp';
import { odtBlocks } from './odt';
import { bad, corrupt, encrypted, oldFormatError, overLimit, spreadsheet, wrongExtension } from './officeErrors';
import { pptxSlides } from './pptx';
import { xmlTree } from './xmlTree';
import { readZipParts, TooManyPartsError, type ZipParts } from './zipParts';

export { oldFormatError };

import { PRESENTATION_EXTENSIONS } from './formats';

export { OFFICE_EXTENSIONS, OLD_OFFICE_EXTENSIONS, PRESENTATION_EXTENSIONS } from './formats';

// Every zip starts with a local file header, "PK\3\4". Word 97-2003 files and password-protected
// Word files are OLE compound files, which start with these eight bytes.
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
// An encrypted Word file is an OLE file holding a stream of this name (UTF-16 in the directory).
const ENCRYPTION_INFO = Buffer.from('EncryptionInfo', 'utf16le');
// Office suites never write a DOCTYPE; one in a part is an entity trick waiting for a parser.
const DOCTYPE = /<!DOCTYPE|<!ENTITY/i;

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

// OpenDocument names its kind in the `mimetype` part; Office Open XML by its main part's folder.
const OPENDOCUMENT_KINDS: [string, string][] = [
  ['application/vnd.oasis.opendocument.text', '.odt'],
  ['application/vnd.oasis.opendocument.presentation', '.odp'],
  ['application/vnd.oasis.opendocument.spreadsheet', 'spreadsheet'],
];
const OFFICE_OPEN_XML_KINDS: [string, string][] = [
  ['word/document.xml', '.docx'],
  ['ppt/presentation.xml', '.pptx'],
  ['xl/workbook.xml', 'spreadsheet'],
];

/** What the file really is (by its own parts, not its name): an extension, 'spreadsheet', or undefined. */
function realKind(parts: ZipParts): string | undefined {
  // Templates (`…text-template`) and master documents read as their kind.
  const mimetype = parts.get('mimetype')?.toString('latin1').trim();
  if (mimetype) return OPENDOCUMENT_KINDS.find(([type]) => mimetype.startsWith(type))?.[1];
  return OFFICE_OPEN_XML_KINDS.find(([part]) => parts.has(part))?.[1];
}

/** A document's blocks or a presentation's slides, read from the zip's parts. */
async function readParts(bytes: Buffer, name: string, extension: string, budget: ReadBudget): Promise<Block[] | OfficeSlide[]> {
  const presentation = PRESENTATION_EXTENSIONS.includes(extension);
  // Every part of a Word file is unpacked under the cap, pictures included, so whatever mammoth
  // reads has been measured: mammoth reads from these parts, never the zip. Presentations are read
  // here, from their XML parts only (pictures are never inflated).
  const parts = await readZipParts(bytes, name, (part) => !presentation || part === 'mimetype' || /\.(xml|rels)$/i.test(part));
  checkParts(parts, name);
  const real = realKind(parts);
  if (real === 'spreadsheet') throw spreadsheet(name);
  if (real !== undefined && real !== extension) throw wrongExtension(name, extension, real);
  if (extension === '.odt' || extension === '.odp') {
    if (isEncryptedOpenDocument(parts)) throw encrypted(name);
    const content = parts.get('content.xml');
    if (!content) throw corrupt(name);
    return extension === '.odp'
      ? odpSlides(xmlTree(content.toString('utf8'), budget), budget)
      : odtBlocks(content.toString('utf8'), budget);
  }
  if (extension === '.pptx') return pptxSlides(parts, budget);
  if (!parts.has('word/document.xml')) throw corrupt(name);
  return docxBlocks(parts);
}

// The slide parts of a PowerPoint deck, as PowerPoint names them.
const SLIDE_PART = /^ppt\/slides\/slide\d+\.xml$/;

/** The message for what stopped reading: a cap passed, or an error of the file's own (it is damaged). */
function readFailure(error: unknown, name: string): UserError {
  if (error instanceof UserError) return error;
  if (error instanceof TooComplexError) return overLimit(name, error.limit);
  if (error instanceof TooManyPartsError)
    return overLimit(name, error.names.filter((part) => SLIDE_PART.test(part)).length > MAX_SLIDES ? 'slides' : 'parts');
  // Mammoth reads XML recursively: nesting past what its stack holds is too complex, not damaged.
  if (error instanceof RangeError) return overLimit(name, 'depth');
  return corrupt(name);
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
    read = await readParts(bytes, name, extension, new ReadBudget());
  } catch (error) {
    throw readFailure(error, name);
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
