import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { UserError } from '../userError';
import { corrupt } from './officeErrors';

// A Word or OpenDocument file of a 60-minute talk holds a few dozen parts, a 500-slide deck about
// 2,000; ten thousand is no document but a crafted archive (or a deck of thousands of slides).
export const MAX_ENTRIES = 10_000;
// The XML of a talk unpacks to well under 5 MB (a 60-minute script is ~60 KB of text, about 1 MB
// of WordprocessingML); its pictures, already compressed, unpack to about the file's size (at most
// 25 MB). 64 MB is beyond both and still safe to hold in memory: anything larger is a zip bomb or
// not a talk, and reading stops as soon as it is reached.
export const MAX_UNPACKED_BYTES = 64 * 1024 * 1024;

/** The parts of an office file, unpacked, by their name in the archive. */
export type ZipParts = Map<string, Buffer>;

/** Thrown when a zip holds more than MAX_ENTRIES parts, with the names of the first MAX_ENTRIES (none of them unpacked). */
export class TooManyPartsError extends Error {
  constructor(readonly names: string[]) {
    super(`more than ${MAX_ENTRIES} parts`);
  }
}

const bomb = (name: string): UserError =>
  new UserError(
    'bad-document',
    `"${name}" unpacks to more than ${MAX_UNPACKED_BYTES / 1024 / 1024} MB, far more than any talk; Sticky stopped reading it.`,
    { name, reason: 'zip-bomb' },
  );

const open = (bytes: Buffer): Promise<ZipFile> =>
  new Promise((resolve, reject) =>
    yauzl.fromBuffer(bytes, { lazyEntries: true, strictFileNames: false, validateEntrySizes: true }, (error, zip) =>
      error ? reject(error) : resolve(zip),
    ),
  );

/**
 * Unpacks the parts of a zip-based office file whose names `wanted` accepts. Each part is inflated as a stream and counted as it arrives: the total stops at
 * MAX_UNPACKED_BYTES however small the archive, and a part that unpacks to more than its
 * header says is refused (yauzl's size check), so a lying header cannot hide a bomb.
 */
export async function readZipParts(bytes: Buffer, name: string, wanted: (part: string) => boolean): Promise<ZipParts> {
  let zip: ZipFile;
  try {
    zip = await open(bytes);
  } catch {
    throw corrupt(name);
  }
  // Past the cap nothing is unpacked: the first MAX_ENTRIES names are only listed, for the message.
  const tooMany = zip.entryCount > MAX_ENTRIES;
  const names: string[] = [];
  const parts: ZipParts = new Map();
  let total = 0;
  const readEntry = (entry: Entry): Promise<Buffer> =>
    new Promise((resolve, reject) => {
      if (total + entry.uncompressedSize > MAX_UNPACKED_BYTES) return reject(bomb(name));
      zip.openReadStream(entry, (error, stream) => {
        if (error) return reject(corrupt(name));
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => {
          total += chunk.length;
          if (total > MAX_UNPACKED_BYTES) {
            stream.destroy();
            reject(bomb(name));
          } else chunks.push(chunk);
        });
        stream.on('error', () => reject(corrupt(name)));
        stream.on('end', () => resolve(Buffer.concat(chunks)));
      });
    });
  try {
    await new Promise<void>((resolve, reject) => {
      zip.on('error', () => reject(corrupt(name)));
      zip.on('end', () => resolve());
      zip.on('entry', (entry: Entry) => {
        if (tooMany) {
          names.push(entry.fileName);
          return names.length >= MAX_ENTRIES ? reject(new TooManyPartsError(names)) : zip.readEntry();
        }
        if (entry.fileName.endsWith('/') || !wanted(entry.fileName)) return zip.readEntry();
        readEntry(entry).then((data) => {
          parts.set(entry.fileName, data);
          zip.readEntry();
        }, reject);
      });
      zip.readEntry();
    });
  } finally {
    zip.close();
  }
  return parts;
}
