import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { joinAt } from './synthetic';

/** The sample rate of the test speech: 16 kHz mono, as a microphone is often resampled to. */
export const SPEECH_RATE = 16_000;

/** Whether espeak-ng and sox are installed (.ci/run installs them; so does `apt-get install espeak-ng sox`). */
export const HAS_SPEECH_TOOLS = ['espeak-ng', 'sox'].every((tool) => spawnSync(tool, ['--version'], { stdio: 'ignore' }).status === 0);

/** What to make espeak-ng say. */
export interface SpeechRequest {
  text: string;
  /** espeak-ng voice: 'en', 'en-us', 'nl'. */
  voice: string;
  /** espeak-ng's -s: words per minute asked for. */
  speed: number;
  /** SSML prosody range (x-low … x-high), or none for the voice's own intonation. */
  range?: 'x-low' | 'low' | 'medium' | 'high' | 'x-high';
  /** SSML prosody rate in percent of the normal rate (drawn out below 100). */
  ratePercent?: number;
}

const CACHE = join(tmpdir(), 'sticky-voice-speech');

/** espeak-ng's speech for a request, resampled by sox to 16 kHz mono float samples; cached in the temp folder. */
export function speak(request: SpeechRequest): Float32Array {
  const key = createHash('sha256').update(JSON.stringify(request)).digest('hex').slice(0, 16);
  const raw = join(CACHE, `${key}.f32`);
  if (!existsSync(raw)) {
    mkdirSync(CACHE, { recursive: true });
    const wav = join(CACHE, `${key}.wav`);
    const ssml = request.range !== undefined || request.ratePercent !== undefined;
    const attributes = `${request.range ? ` range="${request.range}"` : ''}${request.ratePercent ? ` rate="${request.ratePercent}%"` : ''}`;
    const text = ssml ? `<speak><prosody${attributes}>${request.text}</prosody></speak>` : request.text;
    execFileSync('espeak-ng', ['-v', request.voice, '-s', String(request.speed), ...(ssml ? ['-m'] : []), '-w', wav, text]);
    execFileSync('sox', ['-V1', wav, '-r', String(SPEECH_RATE), '-c', '1', '-e', 'floating-point', '-b', '32', '-t', 'raw', raw]);
  }
  const bytes = readFileSync(raw);
  return new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
}

/** Samples joined in order at 16 kHz; a number stands for that many seconds of silence. */
export const join16k = (...parts: (Float32Array | number)[]): Float32Array => joinAt(SPEECH_RATE, ...parts);

// espeak-ng pads its speech with a little silence; a sample above 1/1000 of full scale is speech.
const AUDIBLE = 0.001;

/** The seconds from the first to the last audible sample. */
export function audibleSpan(samples: Float32Array): { start: number; end: number } {
  let first = 0;
  while (first < samples.length && Math.abs(samples[first]!) < AUDIBLE) first++;
  let last = samples.length - 1;
  while (last > first && Math.abs(samples[last]!) < AUDIBLE) last--;
  return { start: first / SPEECH_RATE, end: (last + 1) / SPEECH_RATE };
}

/** The words of a text, counted as espeak-ng was given them. */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Two sentences each of English and Dutch, in two sets: the rates were tuned on the first, checked on the second. */
export const TEXTS = {
  en: [
    'Customers remember how a company made them feel long after they forget the price they paid. So every story we tell should start with one real customer and the moment that changed their mind.',
    'When the call centre answered on the first ring, nobody cared. When they fixed the problem before she asked, she told twenty friends about it. That difference is the whole point of this talk.',
  ],
  nl: [
    'Klanten onthouden hoe een bedrijf hen liet voelen, lang nadat ze de prijs zijn vergeten. Daarom begint elk verhaal dat we vertellen bij een echte klant en het moment dat haar mening veranderde.',
    'Toen het callcenter meteen opnam, vond niemand dat bijzonder. Toen ze het probleem oplosten voordat zij erom vroeg, vertelde ze het aan twintig vrienden. Dat verschil is waar dit verhaal over gaat.',
  ],
} as const;
