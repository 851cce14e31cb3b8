import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { basename } from 'node:path';

// Sidecars: a note holds at most 10,000 characters (noteEdits.ts) and a busy talk gets a few
// hundred notes of well under a kilobyte each with their anchors; 16 MB is 2,000 notes of 8 KB,
// far past any coaching session, and still reads in well under a second.
export const MAX_SIDECAR_BYTES = 16 * 1024 * 1024;
// Stores (settings, rehearsals, score history): the largest is 1,000 runs (rehearsalStore.ts) of a
// few kilobytes each; 16 MB leaves several times that and stays quick to parse.
export const MAX_STORE_BYTES = 16 * 1024 * 1024;
// Read in 64 KB steps: the size of a pipe's buffer on Linux, and few calls even for a large talk.
const CHUNK_BYTES = 64 * 1024;

/** Why a path was refused before anything was read from it. */
export type Refusal = 'folder' | 'pipe' | 'device' | 'socket' | 'not-regular' | 'too-large';

const WHAT: Record<Exclude<Refusal, 'too-large'>, string> = {
  folder: 'is a folder, not a file',
  pipe: 'is a named pipe, not a file: reading it could wait for ever',
  device: 'is a device, not a file: reading it could never end',
  socket: 'is a socket, not a file',
  'not-regular': 'is not a regular file',
};

/** A path that is not a regular file of at most the cap; its message names the file, never its content. */
export class RefusedFile extends Error {
  constructor(
    readonly reason: Refusal,
    readonly path: string,
    readonly limit: number,
  ) {
    const what = reason === 'too-large' ? `is larger than ${Math.round(limit / 1024 / 1024)} MB` : WHAT[reason];
    super(`"${basename(path)}" ${what}.`);
    this.name = 'RefusedFile';
  }
}

function kindOf(info: Stats): Refusal | null {
  if (info.isFile()) return null;
  if (info.isDirectory()) return 'folder';
  if (info.isFIFO()) return 'pipe';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'device';
  if (info.isSocket()) return 'socket';
  return 'not-regular';
}

function check(path: string, info: Stats, limit: number): void {
  const refusal = kindOf(info) ?? (info.size > limit ? 'too-large' : null);
  if (refusal) throw new RefusedFile(refusal, path, limit);
}

// Non-blocking, so opening a named pipe returns at once instead of waiting for a writer; no
// controlling terminal from a tty device. A socket cannot be opened at all (ENXIO).
const FLAGS = constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY;

function openError(error: unknown, path: string, limit: number): unknown {
  return (error as NodeJS.ErrnoException).code === 'ENXIO' ? new RefusedFile('socket', path, limit) : error;
}

/** Gathers what is read, refusing the file as soon as it holds more than the cap. */
class Gathered {
  private readonly chunks: Buffer[] = [];
  private total = 0;
  constructor(
    private readonly path: string,
    private readonly limit: number,
  ) {}
  /** A buffer for the next read: one byte past the cap at most, so a longer file shows. */
  next(): Buffer {
    return Buffer.allocUnsafe(Math.min(CHUNK_BYTES, this.limit + 1 - this.total));
  }
  /** Keeps what a read gave; false at the end of the file. */
  took(chunk: Buffer, read: number): boolean {
    if (read === 0) return false;
    this.total += read;
    if (this.total > this.limit) throw new RefusedFile('too-large', this.path, this.limit);
    this.chunks.push(chunk.subarray(0, read));
    return true;
  }
  all(): Buffer {
    return Buffer.concat(this.chunks, this.total);
  }
}

/**
 * Reads a regular file of at most `limit` bytes through one handle: opened without waiting (a
 * pipe), checked on that handle (folders, pipes, devices, sockets and larger files are refused
 * with a RefusedFile), then read to at most the cap, so a file that grows meanwhile is refused
 * too. Other errors (ENOENT, EACCES) are thrown as they are.
 */
export function readCappedSync(path: string, limit: number): Buffer {
  let fd: number;
  try {
    fd = openSync(path, FLAGS);
  } catch (error) {
    throw openError(error, path, limit);
  }
  try {
    check(path, fstatSync(fd), limit);
    const gathered = new Gathered(path, limit);
    for (let chunk = gathered.next(); gathered.took(chunk, readSync(fd, chunk, 0, chunk.length, null)); chunk = gathered.next());
    return gathered.all();
  } finally {
    closeSync(fd);
  }
}

/** readCappedSync without blocking the event loop. */
export async function readCapped(path: string, limit: number): Promise<Buffer> {
  const handle = await open(path, FLAGS).catch((error: unknown) => {
    throw openError(error, path, limit);
  });
  try {
    check(path, await handle.stat(), limit);
    const gathered = new Gathered(path, limit);
    for (
      let chunk = gathered.next();
      gathered.took(chunk, (await handle.read(chunk, 0, chunk.length, null)).bytesRead);
      chunk = gathered.next()
    );
    return gathered.all();
  } finally {
    await handle.close();
  }
}

/** readCappedSync as UTF-8 text (a byte-order mark is left for the caller's parser). */
export const readTextCappedSync = (path: string, limit: number): string => readCappedSync(path, limit).toString('utf8');

/** readCapped as UTF-8 text. */
export const readTextCapped = async (path: string, limit: number): Promise<string> => (await readCapped(path, limit)).toString('utf8');

/**
 * Opens a regular file of at most `limit` bytes to read in parts (a long recording is never read
 * whole): refused as readCapped refuses. The caller closes the handle.
 */
export async function openCapped(path: string, limit: number): Promise<{ handle: FileHandle; size: number }> {
  const handle = await open(path, FLAGS).catch((error: unknown) => {
    throw openError(error, path, limit);
  });
  try {
    const info = await handle.stat();
    check(path, info, limit);
    return { handle, size: info.size };
  } catch (error) {
    await handle.close();
    throw error;
  }
}
