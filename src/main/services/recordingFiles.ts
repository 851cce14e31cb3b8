import { basename } from 'node:path';
import type { FileHandle } from 'node:fs/promises';
import { MAX_RECORDING_FILE_BYTES, MAX_RECORDING_READ_BYTES } from '../../shared/recordingFile';
import { openCapped, RefusedFile } from './cappedRead';
import { UserError } from './userError';

/** A recording the user picked, open for the page to read in parts. */
export interface OpenedRecording {
  token: string;
  name: string;
  size: number;
}

/**
 * Recordings picked for analysis (rehearsal screen, "Analyse a recording…"): main opens the file the
 * user chose and the page reads it in parts of at most 1 MB by a token, never by a path. One is
 * open at a time; opening another closes the one before.
 */
export class RecordingFiles {
  private open: { token: string; handle: FileHandle; size: number } | null = null;
  private count = 0;

  /** Opens a picked file (a regular file of at most 2 GB), refusing others with a UserError. */
  async openPicked(path: string): Promise<OpenedRecording> {
    await this.close();
    let opened;
    try {
      opened = await openCapped(path, MAX_RECORDING_FILE_BYTES);
    } catch (error) {
      if (error instanceof RefusedFile)
        throw new UserError(error.reason === 'too-large' ? 'too-large' : 'not-a-file', error.message, { name: basename(path) });
      if ((error as NodeJS.ErrnoException).code === 'ENOENT')
        throw new UserError('not-found', `"${basename(path)}" was not found.`, { name: basename(path) });
      throw error;
    }
    this.count++;
    const token = `recording-${this.count}-${Date.now().toString(36)}`;
    this.open = { token, handle: opened.handle, size: opened.size };
    return { token, name: basename(path), size: opened.size };
  }

  /** Up to `length` bytes (at most 1 MB) from `offset` of the open recording. */
  async read(token: string, offset: number, length: number): Promise<Buffer> {
    const open = this.open;
    if (!open || open.token !== token) throw new UserError('bad-request', 'That recording is no longer open; choose it again.');
    const buffer = Buffer.alloc(Math.max(0, Math.min(length, MAX_RECORDING_READ_BYTES, open.size - offset)));
    const { bytesRead } = await open.handle.read(buffer, 0, buffer.length, offset);
    return buffer.subarray(0, bytesRead);
  }

  /** Closes the open recording (if it is the one named, or any when none is). */
  async close(token?: string): Promise<void> {
    const open = this.open;
    if (!open || (token !== undefined && open.token !== token)) return;
    this.open = null;
    await open.handle.close();
  }
}
