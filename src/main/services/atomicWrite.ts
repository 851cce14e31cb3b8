import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

// A temporary name beside the target (same folder, so the rename is atomic on one file system);
// the pid and a random part keep two writers apart.
const temporaryFor = (path: string): string =>
  join(dirname(path), `.${basename(path)}.${process.pid}.${Math.random().toString(36).slice(2)}.sticky-tmp`);

/**
 * Writes a file by writing a temporary file beside it, flushing it to disk and renaming it over:
 * a reader sees the old file or the new one, never half of one, even if the process dies midway.
 */
export async function writeFileAtomic(path: string, content: string | Uint8Array): Promise<void> {
  const temporary = temporaryFor(path);
  try {
    const handle = await open(temporary, 'wx');
    try {
      await handle.writeFile(content, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** The same as writeFileAtomic, synchronously (the stores are synchronous). */
export function writeFileAtomicSync(path: string, content: string): void {
  const temporary = temporaryFor(path);
  try {
    const fd = openSync(temporary, 'wx');
    try {
      writeSync(fd, content, null, 'utf8');
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
