import { appendFile, mkdir, open, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { MAX_RECORDING_SECONDS, RECORDING_BYTES_PER_SAMPLE, RECORDING_RATE } from '../../shared/recording';
import { UserError } from './userError';

// A canonical WAV header (RIFF, one fmt chunk, one data chunk) is 44 bytes.
const HEADER_BYTES = 44;
// Per run: 16 kHz mono 16-bit WAV is 32 KB a second (shared/recording.ts), so the 3-hour cap of a
// run is ~345 MB of samples.
const MAX_DATA_BYTES = MAX_RECORDING_SECONDS * RECORDING_RATE * RECORDING_BYTES_PER_SAMPLE;
// All kept recordings together: 20 hours of audio (~2.3 GB), some sixty rehearsals of a 20-minute
// talk. Without it a page could fill the disk run after run (1,000 runs of 345 MB, issue 21).
const MAX_TOTAL_SECONDS = 20 * 3600;
const MAX_TOTAL_BYTES = MAX_TOTAL_SECONDS * RECORDING_RATE * RECORDING_BYTES_PER_SAMPLE;
// Run ids are `run-<base36 time>-<base36 random>` (session.svelte.ts); letters, digits and dashes
// only, so an id can never name another folder. 200 matches the schema's id limit.
const RUN_ID = /^[A-Za-z0-9-]{1,200}$/;

/** The 44-byte header of a mono 16-bit PCM WAV file holding `dataBytes` bytes of samples. */
export function wavHeader(dataBytes: number, sampleRate = RECORDING_RATE): Buffer {
  const header = Buffer.alloc(HEADER_BYTES);
  header.write('RIFF', 0, 'ascii');
  header.writeUInt32LE(36 + dataBytes, 4);
  header.write('WAVE', 8, 'ascii');
  header.write('fmt ', 12, 'ascii');
  header.writeUInt32LE(16, 16); // fmt chunk size
  header.writeUInt16LE(1, 20); // PCM
  header.writeUInt16LE(1, 22); // mono
  header.writeUInt32LE(sampleRate, 24);
  header.writeUInt32LE(sampleRate * RECORDING_BYTES_PER_SAMPLE, 28); // bytes per second
  header.writeUInt16LE(RECORDING_BYTES_PER_SAMPLE, 32); // block align
  header.writeUInt16LE(8 * RECORDING_BYTES_PER_SAMPLE, 34); // bits per sample
  header.write('data', 36, 'ascii');
  header.writeUInt32LE(dataBytes, 40);
  return header;
}

/**
 * The kept recordings of rehearsal runs, one WAV file per run in one folder. Chunks go to a
 * temporary `.part` file; the final chunk writes the header and renames it, so a `.wav` file is
 * always whole. Main names every path from the run id; a run it does not know is refused.
 */
export class Recordings {
  private readonly next = new Map<string, number>();
  // Per run being written: its samples so far, and what the folder held besides it when it began.
  private readonly written = new Map<string, { data: number; others: number }>();

  /** `folder` holds the recordings; `isKnownRun` says whether a run id is a stored run. */
  constructor(
    private readonly folder: string,
    private readonly isKnownRun: (id: string) => boolean,
  ) {}

  private pathOf(runId: string, ending: '.wav' | '.wav.part'): string {
    if (!RUN_ID.test(runId)) throw new UserError('bad-request', 'That is not a rehearsal run id.');
    return join(this.folder, `${runId}${ending}`);
  }

  /**
   * Adds chunk `index` (0 starts the recording afresh) of a run's 16-bit samples; `final` makes
   * the WAV file. Resolves to the file's name after the final chunk, else null.
   */
  async append(runId: string, index: number, pcm: Uint8Array, final: boolean): Promise<string | null> {
    const part = this.pathOf(runId, '.wav.part');
    if (!this.isKnownRun(runId)) throw new UserError('bad-request', 'There is no such rehearsal run to keep a recording of.');
    if (pcm.length % RECORDING_BYTES_PER_SAMPLE !== 0)
      throw new UserError('bad-request', 'A recording chunk must hold whole 16-bit samples.');
    try {
      return await this.write(runId, part, index, pcm, final);
    } catch (error) {
      await this.discard(runId); // a failed write (a full disk) leaves no .part behind
      throw error;
    }
  }

  private async write(runId: string, part: string, index: number, pcm: Uint8Array, final: boolean): Promise<string | null> {
    if (index === 0) {
      await mkdir(this.folder, { recursive: true });
      this.written.set(runId, { data: 0, others: await this.keptBytes(runId) });
    } else if (this.next.get(runId) !== index) {
      await this.discard(runId);
      throw new UserError('bad-request', 'The recording arrived out of order, so it was not kept.');
    }
    // Checked before writing: what this run and every other kept recording would hold with this chunk.
    const sizes = this.written.get(runId) ?? { data: 0, others: 0 };
    const data = sizes.data + pcm.length;
    if (data > MAX_DATA_BYTES) {
      await this.discard(runId);
      throw new UserError('bad-request', `A recording is kept for at most ${MAX_RECORDING_SECONDS / 3600} hours.`);
    }
    if (sizes.others + HEADER_BYTES + data > MAX_TOTAL_BYTES) {
      await this.discard(runId);
      throw new UserError(
        'bad-request',
        `The kept recordings already hold ${MAX_TOTAL_SECONDS / 3600} hours of audio, so this one was not kept. Delete old runs to keep new ones.`,
        { reason: 'recordings-full' },
      );
    }
    if (index === 0) await writeFile(part, Buffer.concat([wavHeader(0), pcm]));
    else await appendFile(part, pcm);
    this.next.set(runId, index + 1);
    this.written.set(runId, { ...sizes, data });
    const dataBytes = (await stat(part)).size - HEADER_BYTES;
    if (!final) return null;
    const handle = await open(part, 'r+');
    try {
      await handle.write(wavHeader(dataBytes), 0, HEADER_BYTES, 0);
      await handle.sync();
    } finally {
      await handle.close();
    }
    const wav = this.pathOf(runId, '.wav');
    await rename(part, wav);
    this.next.delete(runId);
    this.written.delete(runId);
    return `${runId}.wav`;
  }

  /** The file name of a run's kept recording, or null when it has none. */
  fileOf(runId: string): string | null {
    return RUN_ID.test(runId) && existsSync(this.pathOf(runId, '.wav')) ? `${runId}.wav` : null;
  }

  /** The full path of a run's kept recording, or null when it has none (for showing it in its folder). */
  pathFor(runId: string): string | null {
    return this.fileOf(runId) ? this.pathOf(runId, '.wav') : null;
  }

  /**
   * At start-up: deletes what a crash or quit left half-written (`.part` files). Whole recordings
   * stay, even of runs the store no longer lists: a store set aside as unreadable may come back.
   */
  tidy(): number {
    if (!existsSync(this.folder)) return 0;
    const stale = readdirSync(this.folder).filter((name) => name.endsWith('.wav.part'));
    for (const name of stale) rmSync(join(this.folder, name), { force: true });
    return stale.length;
  }

  /** Deletes a run's recording, whole or partial; nothing happens when it has none. */
  async remove(runId: string): Promise<void> {
    if (!RUN_ID.test(runId)) return;
    await rm(this.pathOf(runId, '.wav'), { force: true });
    await this.discard(runId);
  }

  /** The bytes of every recording in the folder but this run's, whole or partial. */
  private async keptBytes(runId: string): Promise<number> {
    const names = (await readdir(this.folder)).filter((name) => name.endsWith('.wav') || name.endsWith('.wav.part'));
    const own = new Set([`${runId}.wav`, `${runId}.wav.part`]);
    let total = 0;
    for (const name of names)
      if (!own.has(name))
        total += await stat(join(this.folder, name)).then(
          (info) => info.size,
          () => 0,
        );
    return total;
  }

  private async discard(runId: string): Promise<void> {
    this.next.delete(runId);
    this.written.delete(runId);
    await rm(this.pathOf(runId, '.wav.part'), { force: true });
  }
}
