import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { RecordingFigures } from '../../src/renderer/src/lib/voice/fileAudio/recordingReport';
import { HAS_SPEECH_TOOLS } from './voice/speech';
import { wav16 } from '../support/wav';

const root = resolve(__dirname, '../..');
const launcher = resolve(root, 'bin/sticky.cjs');
const speech = resolve(root, 'tests/fixtures/speech');
const dir = mkdtempSync(join(tmpdir(), 'sticky-voice-cli-'));

function sticky(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [launcher, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

// The two English clips of tests/fixtures/speech as a talk of two sections, in its own words.
const FIRST = 'And it is worth mention in passing that, as an example of fine typography,';
const SECOND = 'Had he married a more a amiable woman, he might have been made still more respectable than he was;';
// Read by two readers (en_lj_0006 and en_ss_0920) at different levels: the first clip stands for the first section.
const talk = join(dir, 'talk.md');
writeFileSync(talk, `---\ntitle: Two readers\nlang: en\n---\n# Two readers\n\n## Typography\n\n${FIRST}\n\n## Marriage\n\n${SECOND}\n`);

beforeAll(() => {
  if (!existsSync(resolve(root, 'out/main/cli.js'))) throw new Error('Build first: npm run build (npm test does this for you).');
});

describe('sticky voice', () => {
  test("a real clip: pace within 20% of the words read (the real-speech tests' bar for one clip), the JSON shape", () => {
    const { code, stdout, stderr } = sticky('voice', talk, join(speech, 'en_lj_0006.wav'), '--json');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const figures = JSON.parse(stdout) as RecordingFigures;
    expect(Object.keys(figures)).toEqual(
      expect.arrayContaining([
        'seconds',
        'speakingSeconds',
        'wordsPerMinute',
        'pauses',
        'pitchSpreadSemitones',
        'flatVoice',
        'filledPauses',
        'sections',
      ]),
    );
    expect(figures).toMatchObject({ format: 'wav', sampleRate: 16_000, channels: 1, warnings: [], flatVoice: false, filledPauses: [] });
    // The clip holds the first section's 14 words over its whole length; the talk has 33.
    const spoken = 14 / (figures.seconds / 60);
    expect(Math.abs(figures.wordsPerMinute! / spoken - 1)).toBeLessThan(0.2);
    expect(figures.pitchSpreadSemitones).toBeGreaterThan(1);
    expect(figures.sections.map((section) => [section.id, section.words])).toEqual([
      ['typography', 14],
      ['marriage', 19],
    ]);
    expect(figures.sections[0]!.end).toBeCloseTo((figures.seconds * 14) / 33, 1);
  });

  test.runIf(HAS_SPEECH_TOOLS || process.env['CI'] === 'true')(
    'the clip twice with 1.5 s of silence between: the pause where it is, the sections placed, the words within 10%',
    () => {
      // One reader at one level: the real-speech tests' bar for the words heard in a talk is 10%.
      const twice = join(dir, 'twice.md');
      writeFileSync(twice, `---\ntitle: Twice\nlang: en\n---\n# Twice\n\n## Typography\n\n${FIRST}\n\n## Again\n\n${FIRST}\n`);
      const clip = join(speech, 'en_lj_0006.wav');
      const padded = join(dir, 'padded.wav');
      const joined = join(dir, 'joined.wav');
      execFileSync('sox', ['-V1', clip, padded, 'pad', '0', '1.5']);
      execFileSync('sox', ['-V1', padded, clip, joined]);
      const first = Number(execFileSync('soxi', ['-D', clip], { encoding: 'utf8' }));
      const { code, stdout } = sticky('voice', twice, joined, '--json');
      expect(code).toBe(0);
      const figures = JSON.parse(stdout) as RecordingFigures;
      expect(figures.seconds).toBeCloseTo(2 * first + 1.5, 1);
      // The pause: from the end of the reader's last word (the clip ends in a little quiet) to the second clip.
      expect(figures.pauses).toHaveLength(1);
      expect(figures.pauses[0]!.start).toBeGreaterThan(first - 0.5);
      expect(figures.pauses[0]!.start).toBeLessThan(first + 0.2);
      expect(figures.pauses[0]!.end).toBeCloseTo(first + 1.5, 0);
      // Equal words: the sections meet halfway; the pause starts in the first.
      expect(figures.sections.map((section) => [section.start, section.end])).toEqual([
        [0, expect.closeTo(figures.seconds / 2, 1)],
        [expect.closeTo(figures.seconds / 2, 1), figures.seconds],
      ]);
      expect(figures.sections[0]!.pauses).toEqual(figures.pauses);
      const heard = (figures.wordsPerMinute! * figures.seconds) / 60;
      expect(Math.abs(heard / 28 - 1)).toBeLessThan(0.1);
      const text = sticky('voice', twice, joined);
      expect(text.stdout).toMatch(/Pace: about \d+ words\/min/);
      expect(text.stdout).toMatch(/Speaking 0:11 · Pauses 1 \(0 over 2 seconds\)/);
      expect(text.stdout).toMatch(/0:00–0:06 {2}Typography: \d+ wpm, pauses 1/);
    },
  );

  test('bad audio: a plain sentence on stderr and exit 1', () => {
    const silent = join(dir, 'silent.wav');
    writeFileSync(silent, wav16(new Float32Array(80_000), 16_000));
    const notAudio = join(dir, 'notes.mp3');
    writeFileSync(notAudio, 'Remember to slow down in the second section.\n');
    const empty = join(dir, 'empty.wav');
    writeFileSync(empty, '');
    const m4a = join(dir, 'phone.m4a');
    writeFileSync(m4a, Buffer.from('\0\0\0\x20ftypM4A \0\0\0\0M4A mp42isom', 'latin1'));
    // Three hours and a minute of 16 kHz 16-bit mono, as a sparse file: refused before reading.
    const long = join(dir, 'long.wav');
    writeFileSync(long, wav16(new Float32Array(0), 16_000, 181 * 60 * 32_000));
    truncateSync(long, 44 + 181 * 60 * 32_000);
    const cases: [string, RegExp][] = [
      [silent, /no speech found in the recording/],
      [notAudio, /not an audio file Sticky can read \(it reads WAV .*MP3, Ogg Vorbis, Ogg Opus, FLAC\)/],
      [empty, /the recording holds no sound: the file is empty/],
      [m4a, /M4A\/AAC \(MP4\) cannot be decoded here; convert it to/],
      [long, /181 minutes long; Sticky analyses up to 180 minutes/],
      [join(dir, 'missing.wav'), /there is no such file/],
      [dir, /is a folder, not a file/],
    ];
    for (const [file, message] of cases) {
      const { code, stdout, stderr } = sticky('voice', talk, file);
      expect(stderr, file).toMatch(message);
      expect(stderr).not.toMatch(/internal error|at .*\.js/);
      expect(stdout).toBe('');
      expect(code).toBe(1);
    }
    expect(sticky('voice', talk).code).toBe(2);
    expect(sticky('--help').stdout).toContain('sticky voice TALK RECORDING [--json]');
  });
});
