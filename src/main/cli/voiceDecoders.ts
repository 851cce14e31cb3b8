import type { StreamDecoder } from '../../renderer/src/lib/voice/fileAudio/streamDecoder';
import type { AudioFormat } from '../../renderer/src/lib/voice/fileAudio/formats';
import { WavDecoder } from '../../renderer/src/lib/voice/fileAudio/wav';

/**
 * A streaming decoder for every format `sticky voice` reads: our own for WAV, the
 * wasm-audio-decoders family (MIT; mpg123, libFLAC, libvorbis and libopus compiled to
 * WebAssembly) for the rest, loaded only when needed. Each decodes frame by frame, so a long file
 * never sits in memory whole. Node only: the app's page may not compile WebAssembly (its
 * Content-Security-Policy), so it decodes these formats with Web Audio instead.
 */
export async function wasmDecoderFor(format: AudioFormat): Promise<StreamDecoder> {
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
