import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ARGUMENT_SCHEMAS } from '../../../src/main/api/schemas';
import { Recordings, wavHeader } from '../../../src/main/services/recordings';
import { envelope } from '../../../src/main/services/userError';
import { MAX_RECORDING_CHUNK_BASE64 } from '../../../src/shared/recording';
import type { RehearsalRun } from '../../../src/shared/rehearsal';
import { tempServices } from '../../support/settings';

const sample = resolve(__dirname, '../../../resources/samples/lead-your-leaders.md');

/** A saved run of the sample talk, to keep a recording of. */
const run = (id: string): RehearsalRun => ({
  id,
  plan: { talkKey: sample, talkTitle: 'T', variant: 10, target: 600, sections: [] },
  startedAt: Date.UTC(2026, 10, 22, 9),
  events: [{ type: 'start', at: 0 }],
  status: 'complete',
  total: 70,
  sections: [],
});

/** `count` 16-bit samples counting up from `from`, as little-endian bytes. */
function pcm(from: number, count: number): Uint8Array {
  const bytes = Buffer.alloc(count * 2);
  for (let index = 0; index < count; index++) bytes.writeInt16LE(from + index, index * 2);
  return bytes;
}

function recordings(known = ['run-a']): { store: Recordings; folder: string } {
  const folder = join(mkdtempSync(join(tmpdir(), 'sticky-rec-')), 'recordings');
  return { store: new Recordings(folder, (id) => known.includes(id)), folder };
}

describe('Recordings (the WAV writer)', () => {
  test('the header says mono 16-bit PCM at 16 kHz and the data size', () => {
    const header = wavHeader(32_000);
    expect(header.length).toBe(44);
    expect(header.toString('ascii', 0, 4)).toBe('RIFF');
    expect(header.readUInt32LE(4)).toBe(36 + 32_000);
    expect(header.toString('ascii', 8, 16)).toBe('WAVEfmt ');
    expect([header.readUInt16LE(20), header.readUInt16LE(22)]).toEqual([1, 1]);
    expect([header.readUInt32LE(24), header.readUInt32LE(28)]).toEqual([16_000, 32_000]);
    expect([header.readUInt16LE(32), header.readUInt16LE(34)]).toEqual([2, 16]);
    expect(header.toString('ascii', 36, 40)).toBe('data');
    expect(header.readUInt32LE(40)).toBe(32_000);
  });

  test('chunked appends make the same file as one write, and no .wav exists until the final chunk', async () => {
    const { store: chunked, folder } = recordings();
    expect(await chunked.append('run-a', 0, pcm(0, 100), false)).toBeNull();
    expect(await chunked.append('run-a', 1, pcm(100, 50), false)).toBeNull();
    expect(existsSync(join(folder, 'run-a.wav'))).toBe(false);
    expect(chunked.fileOf('run-a')).toBeNull();
    expect(await chunked.append('run-a', 2, pcm(150, 30), true)).toBe('run-a.wav');
    const { store: whole, folder: wholeFolder } = recordings();
    await whole.append('run-a', 0, pcm(0, 180), true);
    const file = readFileSync(join(folder, 'run-a.wav'));
    expect(file.equals(readFileSync(join(wholeFolder, 'run-a.wav')))).toBe(true);
    expect(file.readUInt32LE(40)).toBe(180 * 2);
    expect(file.length).toBe(44 + 180 * 2);
    expect(file.readInt16LE(44 + 179 * 2)).toBe(179);
    expect(readdirSync(folder)).toEqual(['run-a.wav']); // the temporary part is gone
    expect(chunked.fileOf('run-a')).toBe('run-a.wav');
  });

  test('refuses an unknown run, a path trick, half samples and chunks out of order', async () => {
    const { store, folder } = recordings(['run-a', '../run-a']);
    await expect(store.append('run-b', 0, pcm(0, 4), true)).rejects.toThrow('There is no such rehearsal run to keep a recording of.');
    await expect(store.append('../run-a', 0, pcm(0, 4), true)).rejects.toThrow('That is not a rehearsal run id.');
    await expect(store.append('run-a', 0, new Uint8Array(3), true)).rejects.toThrow('whole 16-bit samples');
    await store.append('run-a', 0, pcm(0, 4), false);
    await expect(store.append('run-a', 2, pcm(0, 4), true)).rejects.toThrow('out of order');
    expect(readdirSync(folder)).toEqual([]); // the broken recording is not kept
  });
});

test('tidy() deletes half-written recordings and keeps whole ones, even of runs no longer stored', async () => {
  const known = ['run-a', 'run-b'];
  const { store, folder } = recordings(known);
  expect(store.tidy()).toBe(0); // no folder yet
  await store.append('run-a', 0, pcm(0, 4), true);
  await store.append('run-b', 0, pcm(0, 4), true);
  await store.append('run-a', 0, pcm(0, 4), false); // a new take of run-a cut off midway
  known.splice(1, 1); // run-b is no longer listed (its store may have been set aside)
  expect(store.tidy()).toBe(1);
  expect(readdirSync(folder).sort()).toEqual(['run-a.wav', 'run-b.wav']);
});

describe('appendRecording schema', () => {
  test('caps a chunk at 1 MB of base64 and takes only base64', () => {
    expect(ARGUMENT_SCHEMAS.appendRecording(['run-a', 0, 'AAAA', true])).toEqual(['run-a', 0, 'AAAA', true]);
    const tooBig = 'A'.repeat(MAX_RECORDING_CHUNK_BASE64 + 4);
    expect(() => ARGUMENT_SCHEMAS.appendRecording(['run-a', 0, tooBig, true])).toThrow('at most 1 MB');
    expect(() => ARGUMENT_SCHEMAS.appendRecording(['run-a', 0, 'not base64!', true])).toThrow('base64');
    expect(() => ARGUMENT_SCHEMAS.appendRecording(['run-a', -1, 'AAAA', true])).toThrow('Expected a recording chunk number.');
    expect(() => ARGUMENT_SCHEMAS.appendRecording(['run-a', 0.5, 'AAAA', true])).toThrow('Expected a recording chunk number.');
    expect(() => ARGUMENT_SCHEMAS.appendRecording(['', 0, 'AAAA', true])).toThrow('Expected a run id.');
    expect(() => ARGUMENT_SCHEMAS.appendRecording(['run-a', 0, 'AAAA', 'yes'])).toThrow(/true or false/);
  });
});

describe('a kept recording through the API', () => {
  test('is written for a saved run, named by recordingOf, and deleted with removeRun', async () => {
    const shown: string[] = [];
    const { handlers: api, talks, recordingsDir, settings } = tempServices({ showInFolder: (path) => shown.push(path) });
    settings.set('microphone', true);
    settings.set('keepRecording', true);
    await talks.open(sample);
    await api.saveRun!(run('run-k1'));
    const chunk = Buffer.from(pcm(0, 16)).toString('base64');
    expect(await envelope(() => api.appendRecording('run-k1', 0, chunk, true))).toEqual({ ok: true, value: 'run-k1.wav' });
    expect(await api.recordingOf!('run-k1')).toBe('run-k1.wav');
    expect(existsSync(join(recordingsDir, 'run-k1.wav'))).toBe(true);
    expect(await api.showRecording!('run-k1')).toBe(true);
    expect(shown).toEqual([join(recordingsDir, 'run-k1.wav')]);
    expect(await envelope(() => api.appendRecording('run-zz', 0, chunk, true))).toMatchObject({
      ok: false,
      error: { code: 'bad-request' },
    });
    await api.removeRun!('run-k1');
    expect(existsSync(join(recordingsDir, 'run-k1.wav'))).toBe(false);
    expect(await api.recordingOf!('run-k1')).toBeNull();
    expect(await api.showRecording!('run-k1')).toBe(false);
    await talks.close();
  });
});

const chunk = Buffer.alloc(3200).toString('base64'); // 0.1 s of silence

describe('appendRecording', () => {
  test('is refused unless "keep the recording" (and the microphone) is on', async () => {
    const { handlers: api, talks, settings, recordingsDir } = tempServices();
    await talks.open(sample);
    await api.saveRun!(run('run-off'));
    settings.set('microphone', true);
    const refused = await envelope(() => api.appendRecording('run-off', 0, chunk, true));
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden', params: { reason: 'recording-off' } } });
    settings.set('keepRecording', true);
    settings.set('microphone', false);
    expect(await envelope(() => api.appendRecording('run-off', 0, chunk, true))).toMatchObject({ ok: false });
    settings.set('microphone', true);
    expect(await envelope(() => api.appendRecording('run-off', 0, chunk, true))).toEqual({ ok: true, value: 'run-off.wav' });
    expect(existsSync(join(recordingsDir, 'run-off.wav'))).toBe(true);
    await talks.close();
  });

  test('stops at 20 hours of kept audio in all, before writing, and keeps nothing of the refused run', async () => {
    const { handlers: api, talks, settings, recordingsDir } = tempServices();
    await talks.open(sample);
    settings.set('microphone', true);
    settings.set('keepRecording', true);
    await api.saveRun!(run('run-full'));
    // Older recordings filling the allowance all but 0.05 s: a sparse file, so nothing is written.
    mkdirSync(recordingsDir, { recursive: true });
    const old = join(recordingsDir, 'run-old.wav');
    writeFileSync(old, '');
    truncateSync(old, 20 * 3600 * 32_000 - 1600);
    const refused = await envelope(() => api.appendRecording('run-full', 0, chunk, true));
    expect(refused).toMatchObject({ ok: false, error: { params: { reason: 'recordings-full' } } });
    expect(await api.recordingOf!('run-full')).toBeNull();
    truncateSync(old, 20 * 3600 * 32_000 - 3200 - 44);
    expect(await envelope(() => api.appendRecording('run-full', 0, chunk, true))).toEqual({ ok: true, value: 'run-full.wav' });
    await talks.close();
  });
});
