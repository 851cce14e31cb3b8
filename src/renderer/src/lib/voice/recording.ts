import { MAX_RECORDING_SECONDS, RECORDING_BYTES_PER_SAMPLE, RECORDING_RATE } from '../../../../shared/recording';

const MAX_SAMPLES = MAX_RECORDING_SECONDS * RECORDING_RATE;
// Blocks of 10 seconds at 16 kHz: few enough arrays for three hours (1,080), small enough to grow in steps.
const BLOCK_SAMPLES = 10 * RECORDING_RATE;

/**
 * The audio of one run, kept in memory only while 'keep the recording' is on: the microphone's
 * mono samples brought down to 16 kHz 16-bit (each output sample is the mean of the input samples
 * it spans, which also filters out most of what 16 kHz cannot hold). Stops at three hours.
 */
export class RecordingBuffer {
  private readonly blocks: Int16Array[] = [];
  private filled = 0;
  // Where the next output sample starts, in input samples from the start of the next block.
  private phase = 0;
  private rate = 0;
  #full = false;

  /** Adds a block of samples (-1..1) at the capture's sample rate. */
  push(samples: Float32Array, sampleRate: number): void {
    if (sampleRate !== this.rate) {
      this.rate = sampleRate;
      this.phase = 0;
    }
    const step = sampleRate / RECORDING_RATE;
    let at = this.phase;
    while (at < samples.length) {
      if (this.length >= MAX_SAMPLES) {
        this.#full = true;
        return;
      }
      const from = Math.floor(at);
      const to = Math.min(samples.length, Math.max(from + 1, Math.floor(at + step)));
      let sum = 0;
      for (let index = from; index < to; index++) sum += samples[index]!;
      this.add(sum / (to - from));
      at += step;
    }
    this.phase = at - samples.length;
  }

  /** How many 16 kHz samples are kept. */
  get length(): number {
    return this.blocks.length === 0 ? 0 : (this.blocks.length - 1) * BLOCK_SAMPLES + this.filled;
  }

  /** Whether the three-hour limit cut the recording short. */
  get full(): boolean {
    return this.#full;
  }

  /** The kept samples as little-endian 16-bit PCM, in pieces of at most `maxBytes` bytes. */
  *chunks(maxBytes: number): Generator<Uint8Array> {
    const perChunk = Math.floor(maxBytes / RECORDING_BYTES_PER_SAMPLE);
    const total = this.length;
    for (let start = 0; start < total; start += perChunk) {
      const count = Math.min(perChunk, total - start);
      const bytes = new Uint8Array(count * RECORDING_BYTES_PER_SAMPLE);
      const view = new DataView(bytes.buffer);
      for (let offset = 0; offset < count; offset++) {
        const index = start + offset;
        view.setInt16(offset * RECORDING_BYTES_PER_SAMPLE, this.blocks[Math.floor(index / BLOCK_SAMPLES)]![index % BLOCK_SAMPLES]!, true);
      }
      yield bytes;
    }
  }

  private add(value: number): void {
    if (this.blocks.length === 0 || this.filled === BLOCK_SAMPLES) {
      this.blocks.push(new Int16Array(BLOCK_SAMPLES));
      this.filled = 0;
    }
    const clamped = Math.max(-1, Math.min(1, value));
    this.blocks[this.blocks.length - 1]![this.filled++] = Math.round(clamped * 32767);
  }
}
