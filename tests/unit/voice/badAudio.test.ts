import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyseRecording } from '../../../src/renderer/src/lib/voice/fileAudio/analyseRecording';
import { AudioProblem, type AudioProblemCode } from '../../../src/renderer/src/lib/voice/fileAudio/problems';
import { analyseBytes, oneSection, soxConvert, wav16 } from './audioFiles';
import { HAS_SPEECH_TOOLS, speak, SPEECH_RATE } from './speech';
import { noise } from './synthetic';

const TOOLS = HAS_SPEECH_TOOLS || process.env['CI'] === 'true';
const FIXTURES = join(__dirname, '../../fixtures/audio');
const TEXT = 'Every story we tell should start with one real customer, and the moment that changed her mind.';

/** The problem an analysis of the bytes refuses with. */
async function refusal(bytes: Uint8Array, options = {}): Promise<AudioProblemCode | 'none'> {
  try {
    await analyseBytes(bytes, oneSection(17), undefined, options);
    return 'none';
  } catch (error) {
    if (error instanceof AudioProblem) return error.code;
    throw error;
  }
}

const text = (value: string) => new Uint8Array(Buffer.from(value, 'latin1'));

describe('recordings that cannot be analysed get a reason, and nothing hangs', () => {
  test('silence, digital or a quiet room: no speech found', async () => {
    expect(await refusal(wav16(new Float32Array(SPEECH_RATE * 5), SPEECH_RATE))).toBe('silent');
    expect(await refusal(wav16(noise(5, SPEECH_RATE, 10 ** (-70 / 20)), SPEECH_RATE))).toBe('silent');
  });

  test('not audio: a text, a picture, a few bytes', async () => {
    expect(await refusal(text('Hello, this is a note and not a recording at all.\n'))).toBe('not-audio');
    expect(await refusal(text('\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10'))).toBe('not-audio');
    expect(await refusal(text('RI'))).toBe('not-audio');
  });

  test('a codec Sticky cannot decode is named', async () => {
    const m4a = text('\0\0\0\x20ftypM4A \0\0\0\0M4A mp42isom\0\0\0\x08free');
    await expect(analyseBytes(m4a, oneSection(1))).rejects.toMatchObject({
      code: 'unsupported',
      message: expect.stringContaining('M4A/AAC'),
    });
  });

  test.runIf(TOOLS)('a compressed WAV (ADPCM) is named as such', async () => {
    const adpcm = soxConvert(noise(1, SPEECH_RATE, 0.1), SPEECH_RATE, 'wav', '-e', 'ms-adpcm');
    await expect(analyseBytes(adpcm, oneSection(1))).rejects.toMatchObject({
      code: 'unsupported',
      message: expect.stringContaining('WAV with codec 2'),
    });
  });

  test('empty: no bytes, a header without samples, a header cut short', async () => {
    expect(await refusal(new Uint8Array(0))).toBe('empty');
    expect(await refusal(wav16(new Float32Array(0), SPEECH_RATE))).toBe('empty');
    expect(await refusal(wav16(new Float32Array(100), SPEECH_RATE).subarray(0, 30))).toBe('empty');
  });

  test('over three hours, by its header: refused before anything is decoded', async () => {
    const started = Date.now();
    const claims181Minutes = wav16(new Float32Array(SPEECH_RATE), SPEECH_RATE, 181 * 60 * SPEECH_RATE * 2);
    await expect(analyseBytes(claims181Minutes, oneSection(1))).rejects.toMatchObject({
      code: 'too-long',
      message: expect.stringContaining('181 minutes'),
    });
    // A WAV whose size is left open is as long as the file: a source of 3 h 1 min of bytes, never read.
    const open = wav16(new Float32Array(0), SPEECH_RATE, 0xffffffff);
    const size = 44 + 181 * 60 * SPEECH_RATE * 2;
    const source = {
      size,
      head: open,
      tail: new Uint8Array(0),
      chunks: () => {
        throw new Error('read');
      },
    };
    await expect(analyseRecording(source, oneSection(1))).rejects.toMatchObject({ code: 'too-long' });
    expect(Date.now() - started).toBeLessThan(1000);
  });

  test('damaged MP3: its frames hold noise, not sound', async () => {
    const mp3 = new Uint8Array(readFileSync(join(FIXTURES, 'speech.mp3')));
    const damaged = Uint8Array.from(mp3);
    for (let i = 1200; i < damaged.length; i++) damaged[i] = (i * 7919) % 251;
    expect(['damaged', 'silent']).toContain(await refusal(damaged));
  });

  test('a cancel and the time limit stop the analysis', async () => {
    const long = wav16(noise(20, SPEECH_RATE, 0.1), SPEECH_RATE);
    const controller = new AbortController();
    const options = { signal: controller.signal, onProgress: () => controller.abort() };
    expect(await refusal(long, options)).toBe('cancelled');
    expect(await refusal(long, { timeoutMs: -1 })).toBe('timeout');
  });
});

describe.runIf(TOOLS)('recordings analysed with a warning', () => {
  const spoken = speak({ text: TEXT, voice: 'en', speed: 150 });

  test('clipped: said, and still analysed', async () => {
    const loud = spoken.map((sample) => Math.max(-1, Math.min(1, sample * 20)));
    const result = await analyseBytes(wav16(loud, SPEECH_RATE), oneSection(17));
    expect(result.warnings).toEqual(['clipped']);
    expect(result.voice.sections['s']!.wpm).toBeGreaterThan(0);
    expect((await analyseBytes(wav16(spoken, SPEECH_RATE), oneSection(17))).warnings).toEqual([]);
  });

  test('cut off: a WAV that ends before its header says, and an MP3 shorter than its frame count', async () => {
    const whole = wav16(spoken, SPEECH_RATE);
    const cut = await analyseBytes(whole.subarray(0, 44 + Math.floor(spoken.length * 0.7) * 2), oneSection(17));
    expect(cut.warnings).toEqual(['truncated']);
    expect(cut.seconds).toBeCloseTo((spoken.length * 0.7) / SPEECH_RATE, 1);
    const mp3 = new Uint8Array(readFileSync(join(FIXTURES, 'speech.mp3')));
    expect((await analyseBytes(mp3.subarray(0, Math.floor(mp3.length * 0.6)), oneSection(17))).warnings).toEqual(['truncated']);
  });
});

test('memory stays bounded: six minutes of 48 kHz stereo (69 MB) streamed, never held whole', async () => {
  const rate = 48_000;
  const seconds = 360;
  const header = wav16(new Float32Array(0), rate, seconds * rate * 4);
  // Stereo: patch the header's channel count, byte rate and block size.
  const view = new DataView(header.buffer, header.byteOffset);
  view.setUint16(22, 2, true);
  view.setUint32(28, rate * 4, true);
  view.setUint16(32, 4, true);
  const second = new Uint8Array(rate * 4);
  const tone = new DataView(second.buffer);
  for (let i = 0; i < rate; i++) {
    // A buzz that comes and goes four times a second: voiced, with syllables.
    const value = Math.round(8000 * Math.sin((2 * Math.PI * 140 * i) / rate) * (Math.sin((2 * Math.PI * 4 * i) / rate) > 0 ? 1 : 0.02));
    tone.setInt16(i * 4, value, true);
    tone.setInt16(i * 4 + 2, value, true);
  }
  const before = process.memoryUsage();
  let peak = 0;
  const source = {
    size: header.length + seconds * second.length,
    head: header,
    tail: second,
    async *chunks() {
      yield header;
      for (let i = 0; i < seconds; i++) yield second;
    },
  };
  const result = await analyseRecording(source, oneSection(100), {
    onProgress: () => {
      const now = process.memoryUsage();
      peak = Math.max(peak, now.heapUsed + now.arrayBuffers - before.heapUsed - before.arrayBuffers);
    },
  });
  expect(result.seconds).toBeCloseTo(seconds, 0);
  expect(peak).toBeLessThan(40 * 1024 * 1024);
}, 60_000);
