import { UserError } from '../userError';
import { MAX_SLIDES, MAX_TEXT_CHARS, type Limit } from './limits';

/** A refused office file: the reason picks the interface's own words (messages/en.ts `error.<reason>`). */
export const bad = (name: string, reason: string, message: string, extra: Record<string, string> = {}): UserError =>
  new UserError('bad-document', message, { name, reason, ...extra });

/** The file is not a readable Word, PowerPoint or OpenDocument file. */
export const corrupt = (name: string): UserError =>
  bad(name, 'corrupt', `"${name}" is damaged or not really a Word, PowerPoint or OpenDocument file, so Sticky cannot read it.`);

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

/** The file is protected with a password. */
export const encrypted = (name: string): UserError =>
  bad(
    name,
    'encrypted',
    `"${name}" is protected with a password. Save a copy without the password (File > Info > Protect Document or Protect Presentation in Word and PowerPoint; File > Properties > Security in LibreOffice) and open that.`,
  );

const COMPLEX: Record<Exclude<Limit, 'slides' | 'text'>, string> = {
  nodes: 'holds far more XML elements than any document or deck',
  depth: 'nests its XML far deeper than any document or deck',
  fields: 'holds far more, or far longer, Word fields than any document',
};

/** The message for a file that passed one of the caps of limits.ts while it was read. */
export function overLimit(name: string, limit: Limit | 'parts'): UserError {
  if (limit === 'slides')
    return bad(
      name,
      'too-many-slides',
      `"${name}" has more than ${MAX_SLIDES.toLocaleString('en')} slides, far more than any talk; Sticky reads decks of up to ${MAX_SLIDES.toLocaleString('en')} slides. Split it into smaller decks.`,
      // As digits: the interface writes the number its language's way (renderer lib/api.ts).
      { max: String(MAX_SLIDES) },
    );
  if (limit === 'text')
    return bad(
      name,
      'too-much-text',
      `"${name}" holds more than ${MAX_TEXT_CHARS / 1024 / 1024} MB of text, far more than any talk (a 60-minute talk is about 60 KB); Sticky stopped reading it.`,
    );
  const what = limit === 'parts' ? 'holds more than 10,000 parts, far more than any document or deck' : COMPLEX[limit];
  return bad(name, 'too-complex', `"${name}" ${what}; Sticky stopped reading it.`);
}

const KINDS: Record<string, string> = {
  '.docx': 'a Word document',
  '.pptx': 'a PowerPoint presentation',
  '.odt': 'an OpenDocument text document',
  '.odp': 'an OpenDocument presentation',
};

/** A document saved under a presentation's extension, or the other way round: says which name to give it. */
export function wrongExtension(name: string, extension: string, real: string): UserError {
  const renamed = name.replace(/\.[^.]*$/, '') + real;
  return bad(name, 'wrong-extension', `"${name}" is ${KINDS[real] ?? real} saved as ${extension}; rename it "${renamed}" and open that.`, {
    real,
    renamed,
  });
}

/** A spreadsheet under a document's or presentation's extension. */
export const spreadsheet = (name: string): UserError =>
  bad(
    name,
    'spreadsheet',
    `"${name}" is a spreadsheet, not a document or presentation. Sticky reads talks from Word, PowerPoint and OpenDocument text and presentation files.`,
  );
