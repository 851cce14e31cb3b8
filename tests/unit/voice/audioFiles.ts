import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyseRecording, type RecordingSection } from '../../../src/renderer/src/lib/voice/fileAudio/analyseRecording';
import { wasmDecoderFor } from '../../../src/main/cli/voiceDecoders';
import { wav16 } from '../../support/wav';

export { wav16 };

const dir = mkdtempSync(join(tmpdir(), 'sticky-audio-'));

/** The bytes sox writes when it converts a 16-bit WAV of the samples with these output options (e.g. `-b 24`, `-t flac`). */
export function soxConvert(samples: Float32Array, rate: number, ext: string, ...options: string[]): Uint8Array {
  const input = join(dir, 'in.wav');
  const output = join(dir, `out.${ext}`);
  writeFileSync(input, wav16(samples, rate));
  execFileSync('sox', ['-V1', input, ...options, output]);
  return new Uint8Array(readFileSync(output));
}

/** One section holding the whole recording. */
export const oneSection = (words: number, syllablesPerWord = 1.5): RecordingSection[] => [{ id: 's', title: 'S', words, syllablesPerWord }];

/** Analyses bytes in memory, in chunks of the given size. */
export const analyseBytes = (bytes: Uint8Array, sections: RecordingSection[], chunk?: number, options = {}) =>
  analyseRecording(bytesSource(bytes, chunk), sections, { decoderFor: wasmDecoderFor, ...options });

// Chunks of 256 KB: a few seconds of compressed audio, so progress and a cancel come often.
const MEMORY_CHUNK_BYTES = 256 * 1024;

/** A recording already in memory as a source, handed out in chunks. */
function bytesSource(
  bytes: Uint8Array,
  chunkBytes = MEMORY_CHUNK_BYTES,
): { size: number; head: Uint8Array; tail: Uint8Array; chunks(): AsyncIterable<Uint8Array> } {
  const END = 64 * 1024;
  return {
    size: bytes.length,
    head: bytes.subarray(0, END),
    tail: bytes.subarray(Math.max(0, bytes.length - END)),
    async *chunks() {
      for (let at = 0; at < bytes.length; at += chunkBytes) yield bytes.subarray(at, at + chunkBytes);
    },
  };
}
