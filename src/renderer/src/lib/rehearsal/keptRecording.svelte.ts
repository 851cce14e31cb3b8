import { MAX_RECORDING_CHUNK_BYTES, RECORDING_BYTES_PER_SAMPLE } from '../../../../shared/recording';
import { api, errorMessage } from '../api';
import { t } from '../i18n.svelte';
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

/**
 * The runs' kept recordings as the rehearsal screens see them: the buffer while a run goes, then
 * the file main wrote, and why not when it could not.
 */
export class KeptRecordings {
  #recording: RecordingBuffer | null = null;
  #kept = $state.raw<{ runId: string; name: string } | null>(null);

  /** `setting` is the saved switch; `say` shows news (a cap, a failure) to the speaker. */
  constructor(
    private readonly setting: RecordingSwitch,
    private readonly say: (message: string) => void,
  ) {}

  /** A run starts: its buffer when recordings are kept, else null (nothing is collected). */
  startRun(): RecordingBuffer | null {
    this.#recording = recordingFor(this.setting);
    return this.#recording;
  }

  /** The run was cut off: its audio is dropped, never stored. */
  drop(): void {
    this.#recording = null;
  }

  /** The run ended: its audio goes to main, which saves it beside the run. */
  async ended(runId: string): Promise<void> {
    const recording = this.#recording;
    this.#recording = null;
    try {
      const name = await sendRecording(runId, recording);
      if (name) this.#kept = { runId, name };
      if (name && recording?.full) this.say(t('voice.recordingCapped'));
    } catch (error) {
      this.say(t('voice.recordingFailed', { message: errorMessage(error) }));
    }
  }

  /** The file name of a run's kept recording as last heard of, or null. */
  nameFor(runId: string | undefined): string | null {
    return this.#kept && this.#kept.runId === runId ? this.#kept.name : null;
  }

  /** Asks main whether a run from the history kept a recording. */
  async lookUp(runId: string): Promise<void> {
    try {
      const name = await api().recordingOf(runId);
      if (name) this.#kept = { runId, name };
    } catch {
      // the report shows without the recording's name
    }
  }

  /** Shows a run's kept recording in the system's file manager. */
  async show(runId: string): Promise<void> {
    try {
      await api().showRecording(runId);
    } catch (error) {
      this.say(errorMessage(error));
    }
  }
}
