import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyseRecording, type RecordingSection } from '../../../src/renderer/src/lib/voice/fileAudio/analyseRecording';
import { bytesSource } from '../../../src/renderer/src/lib/voice/fileAudio/recordingParts';

/** A 16-bit PCM WAV of the samples (mono), with the data size the header claims (default: the real one). */
export function wav16(samples: Float32Array, rate: number, claimedDataBytes = samples.length * 2): Uint8Array {
  const out = Buffer.alloc(44 + samples.length * 2);
  out.write('RIFF', 0, 'ascii');
  out.writeUInt32LE(36 + samples.length * 2, 4);
  out.write('WAVEfmt ', 8, 'ascii');
  out.writeUInt32LE(16, 16);
  out.writeUInt16LE(1, 20);
  out.writeUInt16LE(1, 22);
  out.writeUInt32LE(rate, 24);
  out.writeUInt32LE(rate * 2, 28);
  out.writeUInt16LE(2, 32);
  out.writeUInt16LE(16, 34);
  out.write('data', 36, 'ascii');
  out.writeUInt32LE(claimedDataBytes, 40);
  for (let i = 0; i < samples.length; i++) out.writeInt16LE(Math.max(-32768, Math.min(32767, Math.round(samples[i]! * 32768))), 44 + i * 2);
  return new Uint8Array(out.buffer, out.byteOffset, out.length);
}

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
  analyseRecording(bytesSource(bytes, chunk), sections, options);
