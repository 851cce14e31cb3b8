import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { UserError } from '../userError';

// A Word or OpenDocument file of a 60-minute talk holds a few dozen parts; ten thousand is no
// document but a crafted archive, and reading its directory alone would take a while.
const MAX_ENTRIES = 10_000;
// The XML of a talk unpacks to well under 5 MB (a 60-minute script is ~60 KB of text, about 1 MB
// of WordprocessingML); its pictures, already compressed, unpack to about the file's size (at most
// 25 MB). 64 MB is beyond both and still safe to hold in memory: anything larger is a zip bomb or
// not a talk, and reading stops as soon as it is reached.
export const MAX_UNPACKED_BYTES = 64 * 1024 * 1024;

/** The parts of an office file, unpacked, by their name in the archive. */
export type ZipParts = Map<string, Buffer>;

const corrupt = (name: string): UserError =>
  new UserError('bad-document', `"${name}" is damaged or not really a Word or OpenDocument file, so Sticky cannot read it.`, {
    name,
    reason: 'corrupt',
  });

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
  if (zip.entryCount > MAX_ENTRIES) {
    zip.close();
    throw corrupt(name);
  }
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
