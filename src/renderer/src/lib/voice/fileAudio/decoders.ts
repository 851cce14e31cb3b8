import type { AudioFormat } from './formats';
import { WavDecoder } from './wav';

/** Samples decoded from the bytes given so far: one array per channel. */
export interface Decoded {
  channelData: Float32Array[];
  samplesDecoded: number;
  sampleRate: number;
  errors?: unknown[];
}

/** A decoder fed a file's bytes in order, giving back the samples they complete. */
export interface StreamDecoder {
  decode(chunk: Uint8Array): Decoded | Promise<Decoded>;
  flush?(): Decoded | Promise<Decoded>;
  free(): void;
}

/**
 * A streaming decoder for a format: our own for WAV, the wasm-audio-decoders family (MIT; mpg123,
 * libFLAC, libvorbis and libopus compiled to WebAssembly) for the rest, loaded only when needed.
 * Each decodes frame by frame, so a long file never sits in memory whole.
 */
export async function decoderFor(format: AudioFormat): Promise<StreamDecoder> {
  let decoder: StreamDecoder & { ready?: Promise<void> };
  switch (format) {
    case 'wav':
      return new WavDecoder();
    case 'mp3':
      decoder = new (await import('mpg123-decoder')).MPEGDecoder();
      break;
    case 'flac':
      decoder = new (await import('@wasm-audio-decoders/flac')).FLACDecoder();
      break;
    case 'ogg-vorbis':
      decoder = new (await import('@wasm-audio-decoders/ogg-vorbis')).OggVorbisDecoder();
      break;
    case 'ogg-opus':
      decoder = new (await import('ogg-opus-decoder')).OggOpusDecoder();
      break;
  }
  await decoder.ready;
  return decoder;
}
