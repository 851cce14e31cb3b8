import { MAX_RECORDING_CHUNK_BYTES, RECORDING_BYTES_PER_SAMPLE } from '../../../../shared/recording';
import { api } from '../api';
import { RecordingBuffer } from '../voice/recording';

/** The saved 'keep the recording' setting. */
export interface RecordingSwitch {
  readonly keepRecording: boolean;
}

/** A new run's recording buffer when the speaker keeps recordings, else null: nothing is collected. */
export function recordingFor(setting: RecordingSwitch): RecordingBuffer | null {
  return setting.keepRecording ? new RecordingBuffer() : null;
}

// btoa takes a string of byte-sized characters; building it 32 KB at a time keeps the
// spread argument list far under every engine's limit.
const SPREAD_BYTES = 0x8000;

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let start = 0; start < bytes.length; start += SPREAD_BYTES)
    binary += String.fromCharCode(...bytes.subarray(start, start + SPREAD_BYTES));
  return btoa(binary);
}

/**
 * Sends a run's kept audio to main in chunks (main writes the WAV file after the last one).
 * Resolves to the file's name, or null when there is nothing to keep.
 */
export async function sendRecording(runId: string, recording: RecordingBuffer | null): Promise<string | null> {
  if (!recording || recording.length === 0) return null;
  // One chunk at a time, so a long recording is never held twice in memory.
  const count = Math.ceil((recording.length * RECORDING_BYTES_PER_SAMPLE) / MAX_RECORDING_CHUNK_BYTES);
  let name: string | null = null;
  let index = 0;
  for (const chunk of recording.chunks(MAX_RECORDING_CHUNK_BYTES)) {
    name = await api().appendRecording(runId, index, toBase64(chunk), index === count - 1);
    index++;
  }
  return name;
}
