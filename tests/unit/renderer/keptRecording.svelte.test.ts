import { beforeEach, describe, expect, test } from 'vitest';
import { KeptRecordings, recordingFor, sendRecording } from '../../../src/renderer/src/lib/rehearsal/keptRecording.svelte';
import { Rehearsals } from '../../../src/renderer/src/lib/rehearsal/rehearsals.svelte';
import { Notices } from '../../../src/renderer/src/lib/state/notices.svelte';
import { SettingsState } from '../../../src/renderer/src/lib/state/settings.svelte';
import { RecordingBuffer } from '../../../src/renderer/src/lib/voice/recording';
import { VoiceSession } from '../../../src/renderer/src/lib/voice/captureSession';
import { MAX_RECORDING_CHUNK_BYTES, RECORDING_RATE } from '../../../src/shared/recording';
import { appState, installFakeApi, openedTalk, rehearsalPlan, settle, type FakeApi } from './fakes';

let api: FakeApi;

beforeEach(() => {
  api = installFakeApi();
});

/** A block of `count` samples at a constant level. */
const block = (count: number, level: number): Float32Array => new Float32Array(count).fill(level);

describe('RecordingBuffer', () => {
  test('brings 48 kHz down to 16 kHz 16-bit, averaging each window', () => {
    const buffer = new RecordingBuffer();
    buffer.push(block(2048, 0.5), 48_000);
    buffer.push(block(2048, 0.5), 48_000);
    expect(buffer.length).toBe(Math.floor((2 * 2048) / 3) + 1);
    const [bytes] = [...buffer.chunks(MAX_RECORDING_CHUNK_BYTES)];
    expect(new DataView(bytes!.buffer).getInt16(0, true)).toBe(Math.round(0.5 * 32767));
    expect(buffer.full).toBe(false);
  });

  test('hands the samples out in chunks no bigger than asked', () => {
    const buffer = new RecordingBuffer();
    buffer.push(block(RECORDING_RATE, -1), RECORDING_RATE);
    const chunks = [...buffer.chunks(10_000)];
    expect(chunks.map((chunk) => chunk.length)).toEqual([10_000, 10_000, 10_000, 2_000]);
    expect(new DataView(chunks[3]!.buffer).getInt16(1_998, true)).toBe(-32767);
  });
});

describe('keep the recording', () => {
  test('off: no buffer, so nothing is collected and nothing is sent', async () => {
    const settings = new SettingsState(new Notices());
    settings.adopt(appState({ microphone: true, keepRecording: false }));
    expect(recordingFor(settings)).toBeNull();
    expect(await sendRecording('run-1', recordingFor(settings))).toBeNull();
    // A whole run with the setting off never calls appendRecording.
    const rehearsals = new Rehearsals(() => openedTalk(), new Notices(), settings);
    api.rehearsalPlan.mockResolvedValue(rehearsalPlan());
    await rehearsals.start(10, null);
    rehearsals.session!.control('start');
    rehearsals.session!.control('end');
    await settle();
    expect(api.appendRecording).not.toHaveBeenCalled();
    expect(rehearsals.keptRecording).toBeNull();
  });

  test('on: the samples the microphone heard are sent in order, the last chunk marked final', async () => {
    const settings = new SettingsState(new Notices());
    settings.adopt(appState({ microphone: true, keepRecording: true }));
    const buffer = recordingFor(settings)!;
    buffer.push(block(RECORDING_RATE * 40, 0.25), RECORDING_RATE); // 40 s: 1.28 MB, two chunks
    api.appendRecording.mockResolvedValueOnce(null).mockResolvedValueOnce('run-1.wav');
    expect(await sendRecording('run-1', buffer)).toBe('run-1.wav');
    expect(api.appendRecording.mock.calls.map(([runId, index, , final]) => [runId, index, final])).toEqual([
      ['run-1', 0, false],
      ['run-1', 1, true],
    ]);
    const first = atob(api.appendRecording.mock.calls[0]![2] as string);
    expect(first.length).toBe(MAX_RECORDING_CHUNK_BYTES);
    const sample = new DataView(Uint8Array.from(first.slice(0, 2), (char) => char.charCodeAt(0)).buffer).getInt16(0, true);
    expect(sample).toBe(Math.round(0.25 * 32767));
  });

  test('a voice session keeps what the microphone hears in its buffer, and nothing while held', () => {
    const kept = new RecordingBuffer();
    const session = new VoiceSession(() => 0, kept);
    // The capture's callback, reached as MicCapture would: only while the microphone is on.
    const inside = session as unknown as { take: (samples: Float32Array, rate: number) => void; capture: object };
    inside.capture = {};
    inside.take(block(1600, 0.1), RECORDING_RATE);
    session.hold(true);
    inside.take(block(1600, 0.1), RECORDING_RATE);
    expect(kept.length).toBe(1600);
  });

  test('a run that ended names its file; one main refused says why, and keeps no name', async () => {
    const settings = new SettingsState(new Notices());
    settings.adopt(appState({ microphone: true, keepRecording: true }));
    const said: string[] = [];
    const kept = new KeptRecordings(settings, (message) => said.push(message));
    kept.startRun()!.push(block(1600, 0.1), RECORDING_RATE);
    api.appendRecording.mockResolvedValueOnce('run-1.wav');
    await kept.ended('run-1');
    expect(kept.nameFor('run-1')).toBe('run-1.wav');
    expect(kept.nameFor('run-2')).toBeNull();
    kept.startRun()!.push(block(1600, 0.1), RECORDING_RATE);
    api.appendRecording.mockRejectedValueOnce(new Error('There is no such rehearsal run to keep a recording of.'));
    await kept.ended('run-2');
    expect(kept.nameFor('run-2')).toBeNull();
    expect(said).toEqual(['The recording could not be kept: There is no such rehearsal run to keep a recording of.']);
  });
});
