import { realpath, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { OFFICE_EXTENSIONS, OLD_OFFICE_EXTENSIONS, PRESENTATION_EXTENSIONS } from './office/formats';
import { oldFormatError } from './office/officeErrors';
import { readCapped, RefusedFile } from './cappedRead';
import { fsClause, fsReason } from './fsErrors';
import { UserError } from './userError';
import { MAX_TALK_BYTES } from '../../shared/limits';

// The talk's size limit lives with the schemas' limits in shared; re-exported for the services.
export { MAX_TALK_BYTES };
// A Word, PowerPoint or OpenDocument file also holds its pictures: a talk with a few photos is a few MB, and
// 25 MB leaves room for many. Its text is still capped at 5 MB once read, its XML at 64 MB unpacked.
export const MAX_OFFICE_BYTES = 25 * 1024 * 1024;
// A board deck carries photos, logos and sometimes video: 100 MB files are common. Sticky reads only
// a presentation's XML (its text is still capped at 64 MB unpacked) and never inflates its media.
export const MAX_PRESENTATION_BYTES = 100 * 1024 * 1024;

/** Turns an Office file's bytes into talk text (in the app, in the engine's worker); rejects with a UserError. */
export type OfficeConverter = (bytes: Buffer, name: string, extension: string) => Promise<string>;

/** Flat OpenDocument files (one XML file, no zip), which Sticky does not read, and what to save them as. */
const FLAT_OPENDOCUMENT: Record<string, string> = { '.fodt': 'ODF Text Document', '.fodp': 'ODF Presentation' };

/** Markdown and plain-text extensions. */
const TEXT_EXTENSIONS = ['.md', '.markdown', '.mdown', '.mkd', '.txt'];
/** File extensions Sticky opens as talks. */
export const TALK_EXTENSIONS = [...TEXT_EXTENSIONS, ...OFFICE_EXTENSIONS];

// Word and PowerPoint keep "~$talk.docx" and LibreOffice ".~lock.talk.odt#" beside a file while it is open.
const LOCK_FILE = /^(~\$|\.~lock\.)/;

/** Whether a file name is an office suite's lock file, never a talk. */
export const isLockFile = (name: string): boolean => LOCK_FILE.test(name);

/** Where a talk read from a document came from: its format (the engine locates its lines by the file's name). */
export interface TalkSource {
  format: 'docx' | 'odt' | 'pptx' | 'odp';
}

/** A talk file as read: its text and where it came from. */
export interface TalkFile {
  path: string;
  name: string;
  text: string;
  /** Set when the file was not UTF-8 and was read as Windows-1252. */
  encodingNote: string | null;
  /** Set for a Word or OpenDocument file, whose text Sticky converted. */
  source?: TalkSource;
}

function formatMegabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Checks that text is something Sticky can read as a talk (not binary, not too large). */
export function checkTalkText(name: string, text: string): void {
  if (Buffer.byteLength(text, 'utf8') > MAX_TALK_BYTES) {
    throw new UserError('too-large', `"${name}" is larger than 5 MB. Talks are much smaller; is this the right file?`, { name });
  }
  if (text.includes('\u0000')) {
    throw new UserError(
      'not-text',
      `"${name}" contains binary data (NUL bytes), so it is not a Markdown talk. Open the .md file you write your talk in.`,
      { name },
    );
  }
}

function decode(bytes: Buffer): { text: string; encodingNote: string | null } {
  // A byte-order mark says UTF-16 (what some Windows editors save as "Unicode").
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), encodingNote: null };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes), encodingNote: null };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encodingNote: null };
  } catch {
    return {
      text: new TextDecoder('windows-1252').decode(bytes),
      encodingNote: 'This file is not saved as UTF-8; Sticky read it as Windows-1252. Save it as UTF-8 to be sure accents come out right.',
    };
  }
}

/** Whether the bytes are UTF-16 with a byte-order mark (which holds NUL bytes, yet is text). */
const isUtf16 = (bytes: Buffer): boolean => (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);

function readError(error: unknown, name: string, path: string): UserError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT')
    // "at nonexist.md" says nothing when the path is the name itself.
    return new UserError(
      'not-found',
      `"${name}" was not found${path === name ? '' : ` at ${path}`}. It may have been moved, renamed or deleted.`,
      { name },
    );
  if (code === 'ELOOP')
    return new UserError('unreadable', `"${name}" is a symbolic link that leads back to itself, so there is no file to open.`, {
      name,
      reason: 'symlink-loop',
    });
  // A reason the user can act on (no permission, a disk error) in plain words; else the system's code.
  const reason = code && fsReason(code) ? fsClause(code, 'en') : `${code ?? 'unknown error'}; check that you have permission to open it`;
  return new UserError('unreadable', `Sticky cannot read "${name}": ${reason}.`, { name });
}

// The Office readers (mammoth, the zip and XML readers: ~50 ms to load) load with the first Office file.
const readOfficeWhenNeeded: OfficeConverter = async (bytes, name, extension) =>
  (await import('./office/officeTalk')).readOfficeTalk(bytes, name, extension);

/**
 * Reads a talk file from disk, refusing what is not a readable Markdown or text file. Symbolic
 * links are followed first and the extension checked on the file they lead to, so a `.md` link to
 * any other file is refused; the talk keeps the path it was opened by (for the watcher and recents).
 */
export async function readTalkFile(path: string, convert: OfficeConverter = readOfficeWhenNeeded): Promise<TalkFile> {
  const name = basename(path);
  let real: string;
  let size: number;
  try {
    real = await realpath(path);
    const info = await stat(real);
    if (info.isDirectory())
      throw new UserError('not-a-file', `"${name}" is a folder, not a talk file. Choose a .md file inside it.`, { name });
    if (!info.isFile())
      throw new UserError('not-a-file', `"${name}" is not a regular file (a device, a pipe or a socket), so it holds no talk.`, {
        name,
        reason: 'not-regular',
      });
    size = info.size;
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw readError(error, name, path);
  }
  const extension = extname(real).toLowerCase();
  if (isLockFile(basename(real)))
    throw new UserError(
      'bad-document',
      `"${name}" is the lock file an office suite keeps while a document is open; open the document itself.`,
      {
        name,
        reason: 'lock-file',
      },
    );
  if (OLD_OFFICE_EXTENSIONS.includes(extension)) throw oldFormatError(name, extension);
  if (FLAT_OPENDOCUMENT[extension]) {
    const kind = FLAT_OPENDOCUMENT[extension];
    throw new UserError(
      'bad-document',
      `"${name}" is a flat OpenDocument file (LibreOffice's "Flat XML"), which Sticky does not read. In LibreOffice choose File > Save As and pick ${kind} (${kind === 'ODF Text Document' ? '.odt' : '.odp'}), or run: soffice --headless --convert-to ${kind === 'ODF Text Document' ? 'odt' : 'odp'} "${name}".`,
      { name, reason: 'flat-opendocument' },
    );
  }
  if (!TALK_EXTENSIONS.includes(extension)) {
    const isLink = TALK_EXTENSIONS.includes(extname(path).toLowerCase());
    const what = isLink ? `"${name}" links to a file that` : `"${name}"`;
    throw new UserError(
      'not-markdown',
      `${what} is not a Markdown talk. Sticky opens .md, .markdown, .txt, .docx, .odt, .pptx and .odp files.`,
      {
        name,
      },
    );
  }
  if (OFFICE_EXTENSIONS.includes(extension)) return readOffice({ path, real, name, size, extension }, convert);
  if (size > MAX_TALK_BYTES) {
    throw new UserError('too-large', `"${name}" is ${formatMegabytes(size)}; Sticky opens talks up to 5 MB. Is this the right file?`, {
      name,
    });
  }
  let bytes: Buffer;
  try {
    bytes = await readCapped(real, MAX_TALK_BYTES);
  } catch (error) {
    // Swapped for something else, or grown past the limit, between the check above and the read.
    if (error instanceof RefusedFile)
      throw new UserError('too-large', `"${name}" changed while it was read and is now not a talk file of up to 5 MB. Try again.`, {
        name,
      });
    throw readError(error, name, path);
  }
  if (!isUtf16(bytes) && bytes.includes(0)) {
    throw new UserError(
      'not-text',
      `"${name}" contains binary data (NUL bytes), so it is not a Markdown talk. Open the .md file you write your talk in.`,
      { name },
    );
  }
  return { path, name, ...decode(bytes) };
}

async function readOffice(
  { path, real, name, size, extension }: { path: string; real: string; name: string; size: number; extension: string },
  convert: OfficeConverter,
): Promise<TalkFile> {
  const limit = PRESENTATION_EXTENSIONS.includes(extension) ? MAX_PRESENTATION_BYTES : MAX_OFFICE_BYTES;
  if (size > limit) {
    throw new UserError(
      'too-large',
      `"${name}" is ${formatMegabytes(size)}; Sticky opens documents up to ${limit / 1024 / 1024} MB. Is this the right file?`,
      {
        name,
        reason: limit === MAX_OFFICE_BYTES ? 'too-large-document' : 'too-large-presentation',
      },
    );
  }
  let bytes: Buffer;
  try {
    bytes = await readCapped(real, limit);
  } catch (error) {
    if (error instanceof RefusedFile)
      throw new UserError('too-large', `"${name}" changed while it was read; open it again.`, { name, reason: 'changed' });
    throw readError(error, name, path);
  }
  const text = await convert(bytes, name, extension);
  checkTalkText(name, text);
  return { path, name, text, encodingNote: null, source: { format: extension.slice(1) as TalkSource['format'] } };
}
