import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { WavDecoder } from '../../../src/renderer/src/lib/voice/fileAudio/wav';
import { mp4Seconds, probeSeconds, sniff } from '../../../src/renderer/src/lib/voice/fileAudio/formats';
import { placeSections } from '../../../src/renderer/src/lib/voice/fileAudio/recordingParts';
import { syllablesPerWord } from '../../../src/renderer/src/lib/voice/syllables';
import { analyseBytes, oneSection, soxConvert, wav16 } from './audioFiles';
import { HAS_SPEECH_TOOLS, speak, SPEECH_RATE, wordCount } from './speech';
import { tone } from './synthetic';

// Without espeak-ng and sox a developer's run skips these (CI installs both and must run them).
const TOOLS = HAS_SPEECH_TOOLS || process.env['CI'] === 'true';
const withTools = describe.runIf(TOOLS);
const FIXTURES = join(__dirname, '../../fixtures/audio');
// The sentence of the committed MP3 and Opus files (tests/fixtures/audio/README.md), spoken again here.
const TEXT = 'Every story we tell should start with one real customer, and the moment that changed her mind.';
const sections = () => oneSection(wordCount(TEXT), syllablesPerWord(TEXT, 'en'));

describe('telling formats from their first bytes', () => {
  test('each container and codec, and what is not audio', () => {
    const bytes = (text: string, ...rest: number[]) => new Uint8Array([...Buffer.from(text, 'latin1'), ...rest]);
    expect(sniff(wav16(new Float32Array(10), 16_000))).toEqual({ format: 'wav' });
    expect(sniff(bytes('fLaC\0\0\0\x22'))).toEqual({ format: 'flac' });
    expect(sniff(bytes('OggS\0\x02' + '\0'.repeat(22) + '\x01vorbis'))).toEqual({ format: 'ogg-vorbis' });
    expect(sniff(bytes('OggS\0\x02' + '\0'.repeat(22) + 'OpusHead'))).toEqual({ format: 'ogg-opus' });
    expect(sniff(bytes('OggS\0\x02' + '\0'.repeat(22) + 'Speex   '))).toEqual({ unsupported: 'Ogg Speex' });
    expect(sniff(bytes('\0\0\0\x20ftypM4A \0\0\0\0'))).toEqual({ unsupported: 'M4A/AAC (MP4)' });
    expect(sniff(bytes('\x1aE\xdf\xa3\0\0\0\0'))).toEqual({ unsupported: 'WebM/Matroska' });
    expect(sniff(bytes('Hello, this is a text file and not a recording.'))).toEqual({ notAudio: true });
    expect(sniff(bytes('\x89PNG\r\n\x1a\n\0\0\0\rIHDR'))).toEqual({ notAudio: true });
    // A lone frame sync in other data is not an MP3: two frames in a row are.
    expect(sniff(bytes('', 0xff, 0xfb, 0x90, 0x64, 1, 2, 3))).toEqual({ notAudio: true });
    expect(sniff(new Uint8Array(readFileSync(join(FIXTURES, 'speech.mp3'))))).toEqual({ format: 'mp3' });
  });

  test('lengths from headers: FLAC sample count, Ogg granule, MP3 Xing frames', () => {
    const mp3 = new Uint8Array(readFileSync(join(FIXTURES, 'speech.mp3')));
    expect(probeSeconds('mp3', mp3.subarray(0, 65536), mp3.subarray(-65536), mp3.length)!.seconds).toBeCloseTo(6.2, 0);
    const opus = new Uint8Array(readFileSync(join(FIXTURES, 'speech.opus')));
    expect(probeSeconds('ogg-opus', opus.subarray(0, 65536), opus.subarray(-65536), opus.length)).toEqual({
      seconds: expect.closeTo(6.15, 1),
      exact: true,
    });
  });
});

test("an M4A's length from its movie header, version 0 or 1, at its start or its end", () => {
  const mvhd = (version: 0 | 1, timescale: number, duration: number): Uint8Array => {
    const box = Buffer.alloc(version === 1 ? 120 : 108);
    box.writeUInt32BE(box.length, 0);
    box.write('mvhd', 4, 'latin1');
    box.writeUInt8(version, 8);
    if (version === 1) {
      box.writeUInt32BE(timescale, 28);
      box.writeBigUInt64BE(BigInt(duration), 32);
    } else {
      box.writeUInt32BE(timescale, 20);
      box.writeUInt32BE(duration, 24);
    }
    return new Uint8Array(Buffer.concat([Buffer.from('\0\0\0\x08moov', 'latin1'), box]));
  };
  expect(mp4Seconds(mvhd(0, 44_100, 44_100 * 95), new Uint8Array(0))).toBe(95);
  expect(mp4Seconds(new Uint8Array(100), mvhd(1, 1000, 5_400_000))).toBe(5400);
  expect(mp4Seconds(new Uint8Array(100), new Uint8Array(100))).toBeNull();
});

describe('the WAV reader', () => {
  test.runIf(TOOLS).each([
    ['16-bit', ['-b', '16']],
    ['8-bit unsigned', ['-b', '8', '-e', 'unsigned-integer']],
    ['24-bit', ['-b', '24']],
    ['32-bit', ['-b', '32', '-e', 'signed-integer']],
    ['32-bit float', ['-b', '32', '-e', 'floating-point']],
    ['64-bit float', ['-b', '64', '-e', 'floating-point']],
  ] as const)('%s PCM reads back the samples, in chunks of any size', (_name, options) => {
    const samples = tone(220, 0.5, 16_000, 0.5);
    const bytes = soxConvert(samples, 16_000, 'wav', ...options);
    const decoder = new WavDecoder();
    const got: number[] = [];
    // Odd chunk sizes cut samples and the header in two.
    for (let at = 0; at < bytes.length; at += 37) got.push(...(decoder.decode(bytes.subarray(at, at + 37)).channelData[0] ?? []));
    expect(got.length).toBe(samples.length);
    // 8-bit keeps 1/128 of full scale; the rest far finer.
    const step = options[1] === '8' ? 1 / 64 : 1 / 16_000;
    expect(Math.max(...got.map((value, i) => Math.abs(value - samples[i]!)))).toBeLessThan(step);
    expect(decoder.wav).toMatchObject({ channels: 1, sampleRate: 16_000 });
  });
});

test('sections are laid along the recording by their share of the words; wordless ones get no time', () => {
  const placed = placeSections(
    [
      { id: 'a', title: 'A', words: 100, syllablesPerWord: 1.5 },
      { id: 'video', title: 'Video', words: 0, syllablesPerWord: 1.5 },
      { id: 'b', title: 'B', words: 300, syllablesPerWord: 1.4 },
    ],
    80,
  );
  expect(placed.map(({ id, start, end }) => [id, start, end])).toEqual([
    ['a', 0, 20],
    ['b', 20, 80],
  ]);
});

withTools('speech in every format the CLI reads', () => {
  const spoken = speak({ text: TEXT, voice: 'en', speed: 150 });
  const reference = () => analyseBytes(wav16(spoken, SPEECH_RATE), sections());

  test('WAV: the pace is the rehearsal analysis of the same samples, whatever the chunk size', async () => {
    const whole = await reference();
    const small = await analyseBytes(wav16(spoken, SPEECH_RATE), sections(), 1001);
    expect(small.voice).toEqual(whole.voice);
    const known = wordCount(TEXT) / (spoken.length / SPEECH_RATE / 60);
    expect(Math.abs(whole.voice.sections['s']!.wpm! / known - 1)).toBeLessThan(0.2);
    expect(whole).toMatchObject({ format: 'wav', sampleRate: 16_000, channels: 1, warnings: [] });
  });

  test.each([
    ['FLAC', 'flac', 'flac', []],
    ['Ogg Vorbis', 'ogg', 'ogg-vorbis', []],
    ['stereo 48 kHz WAV', 'wav', 'wav', ['-c', '2', '-r', '48000']],
  ] as const)('%s (made by sox): the same length and pace as the WAV within 10%%', async (_name, ext, format, options) => {
    const ref = await reference();
    const got = await analyseBytes(soxConvert(spoken, SPEECH_RATE, ext, ...options), sections());
    expect(got.format).toBe(format);
    // libFLAC's decoder here drops a last partial block (up to 4096 samples, 0.26 s at 16 kHz).
    expect(Math.abs(got.seconds - ref.seconds)).toBeLessThan(0.3);
    expect(Math.abs(got.voice.sections['s']!.wpm! / ref.voice.sections['s']!.wpm! - 1)).toBeLessThan(0.1);
  });

  test.each([
    ['MP3', 'speech.mp3', 'mp3'],
    ['Ogg Opus', 'speech.opus', 'ogg-opus'],
  ] as const)(
    '%s (committed, made by lame and opusenc): its length, and the pace of the same sentence within 15%%',
    async (_name, file, format) => {
      const ref = await reference();
      const got = await analyseBytes(new Uint8Array(readFileSync(join(FIXTURES, file))), sections());
      expect(got.format).toBe(format);
      expect(Math.abs(got.seconds - 6.15)).toBeLessThan(0.15);
      expect(Math.abs(got.voice.sections['s']!.wpm! / ref.voice.sections['s']!.wpm! - 1)).toBeLessThan(0.15);
    },
  );
});
