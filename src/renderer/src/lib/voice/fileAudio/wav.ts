import { AudioProblem } from './problems';
import type { Decoded, StreamDecoder } from './streamDecoder';

/** A WAV file's sample layout, from its `fmt ` chunk. */
export interface WavFormat {
  channels: number;
  sampleRate: number;
  bitsPerSample: number;
  float: boolean;
  /** Bytes of sample data the `data` chunk says it holds. */
  dataBytes: number;
}

const PCM = 1;
const IEEE_FLOAT = 3;
const EXTENSIBLE = 0xfffe;
// A header with its chunks before `data` (LIST, bext, fact) fits in far less; one that does not
// within 1 MB is not a WAV Sticky reads.
const MAX_HEADER_BYTES = 1024 * 1024;

/** The `fmt ` fields and where the samples start, once `head` holds them; null while more is needed. */
export function parseWavHeader(head: Uint8Array): { format: WavFormat; dataAt: number } | null {
  const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
  let fmt: Omit<WavFormat, 'dataBytes'> | null = null;
  let at = 12;
  while (at + 8 <= head.length) {
    const id = String.fromCharCode(...head.subarray(at, at + 4));
    const size = view.getUint32(at + 4, true);
    if (id === 'data') {
      if (!fmt) throw new AudioProblem('damaged');
      return { format: { ...fmt, dataBytes: size }, dataAt: at + 8 };
    }
    if (id === 'fmt ') {
      if (at + 24 > head.length) return null;
      let tag = view.getUint16(at + 8, true);
      if (tag === EXTENSIBLE && size >= 40) {
        if (at + 34 > head.length) return null;
        tag = view.getUint16(at + 32, true);
      }
      const channels = view.getUint16(at + 10, true);
      const sampleRate = view.getUint32(at + 12, true);
      const bitsPerSample = view.getUint16(at + 22, true);
      const float = tag === IEEE_FLOAT;
      if (tag !== PCM && !float) throw new AudioProblem('unsupported', `WAV with codec ${tag} (compressed)`);
      const bits = float ? [32, 64] : [8, 16, 24, 32];
      if (!bits.includes(bitsPerSample) || channels === 0 || sampleRate < 8000 || sampleRate > 384_000)
        throw new AudioProblem('unsupported', `WAV with ${bitsPerSample}-bit samples at ${sampleRate} Hz`);
      fmt = { channels, sampleRate, bitsPerSample, float };
    }
    at += 8 + size + (size % 2);
  }
  if (head.length > MAX_HEADER_BYTES) throw new AudioProblem('damaged');
  return null;
}

/** Decodes a WAV file's PCM or float samples as its bytes arrive, channel by channel. */
export class WavDecoder implements StreamDecoder {
  private head = new Uint8Array(0);
  private format: WavFormat | null = null;
  private left = 0;
  private carry = new Uint8Array(0);

  /** The layout, once the header was read. */
  get wav(): WavFormat | null {
    return this.format;
  }

  decode(chunk: Uint8Array): Decoded {
    if (!this.format) {
      const joined = new Uint8Array(this.head.length + chunk.length);
      joined.set(this.head);
      joined.set(chunk, this.head.length);
      const parsed = parseWavHeader(joined);
      if (!parsed) {
        this.head = joined;
        return { channelData: [], samplesDecoded: 0, sampleRate: 0 };
      }
      this.format = parsed.format;
      // Streaming writers leave the size 0 or all ones: the samples then run to the end of the file.
      const unknown = parsed.format.dataBytes === 0 || parsed.format.dataBytes === 0xffffffff;
      this.left = unknown ? Infinity : parsed.format.dataBytes;
      this.head = new Uint8Array(0);
      return this.samples(joined.subarray(parsed.dataAt));
    }
    return this.samples(chunk);
  }

  /** Whether the file ended before its header was complete. */
  get headerMissing(): boolean {
    return this.format === null;
  }

  private samples(bytes: Uint8Array): Decoded {
    const format = this.format!;
    const taken = bytes.subarray(0, Math.min(bytes.length, this.left));
    this.left -= taken.length;
    const all = new Uint8Array(this.carry.length + taken.length);
    all.set(this.carry);
    all.set(taken, this.carry.length);
    const width = format.bitsPerSample / 8;
    const frame = width * format.channels;
    const frames = Math.floor(all.length / frame);
    this.carry = all.slice(frames * frame);
    const view = new DataView(all.buffer, all.byteOffset, frames * frame);
    const channelData = Array.from({ length: format.channels }, () => new Float32Array(frames));
    for (let i = 0; i < frames; i++) {
      for (let c = 0; c < format.channels; c++) channelData[c]![i] = sampleAt(view, i * frame + c * width, format);
    }
    return { channelData, samplesDecoded: frames, sampleRate: format.sampleRate };
  }

  flush(): Decoded {
    return { channelData: [], samplesDecoded: 0, sampleRate: this.format?.sampleRate ?? 0 };
  }

  /** Bytes the header promised that never came (0 when its size was left open). */
  get missingBytes(): number {
    return Number.isFinite(this.left) ? this.left : 0;
  }

  free(): void {}
}

/** One sample as a float in -1..1. */
function sampleAt(view: DataView, at: number, format: WavFormat): number {
  if (format.float) return format.bitsPerSample === 32 ? view.getFloat32(at, true) : view.getFloat64(at, true);
  switch (format.bitsPerSample) {
    case 8:
      return (view.getUint8(at) - 128) / 128;
    case 16:
      return view.getInt16(at, true) / 32_768;
    case 24:
      return (view.getUint8(at) | (view.getUint8(at + 1) << 8) | (view.getInt8(at + 2) << 16)) / 8_388_608;
    default:
      return view.getInt32(at, true) / 2_147_483_648;
  }
}
