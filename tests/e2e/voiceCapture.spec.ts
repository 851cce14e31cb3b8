import { chromium, expect, test, type Browser, type Page } from '@playwright/test';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import type { VoiceTestPage } from './voice/voiceTestPage';
import { serveStatic } from './staticServer';

/**
 * The microphone path of a rehearsal in a real Chromium: getUserMedia → AudioContext → the capture
 * worklet → the analysis, on a page of its own (tests/e2e/voice) under the app's own CSP, with
 * Chromium's fake microphone playing speech made by espeak-ng and sox.
 */

const ROOT = resolve(__dirname, '../..');
const PAGE_DIR = join(__dirname, 'voice');
const executablePath = process.env['STICKY_CHROMIUM'] ?? '/usr/bin/chromium';
const hasTools = ['espeak-ng', 'sox'].every((tool) => spawnSync(tool, ['--version'], { stdio: 'ignore' }).status === 0);
const TEXT =
  'Customers remember how a company made them feel long after they forget the price they paid. So every story we tell should start with one real customer and the moment that changed their mind.';
// The silence sox inserts after the sentences, and where the fake microphone's loop repeats them.
const PAUSE_SECONDS = 2.5;

const cspOf = (html: string) => /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];

/** espeak-ng says TEXT at 130 words a minute; sox makes it 16 kHz mono and appends the pause. */
function makeSpeechWav(dir: string): { path: string; seconds: number } {
  const spoken = join(dir, 'spoken.wav');
  const path = join(dir, 'speech.wav');
  execFileSync('espeak-ng', ['-v', 'en', '-s', '130', '-w', spoken, TEXT]);
  execFileSync('sox', ['-V1', spoken, '-r', '16000', '-c', '1', '-b', '16', path, 'pad', '0', String(PAUSE_SECONDS)]);
  return { path, seconds: Number(execFileSync('soxi', ['-D', path]).toString()) };
}

async function buildPage(outDir: string): Promise<void> {
  await build({ root: PAGE_DIR, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
}

async function openPage(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(url);
  await page.waitForFunction(() => 'voiceTest' in window);
  expect(errors).toEqual([]);
  return page;
}

const call = <T>(page: Page, run: (voice: VoiceTestPage) => T | Promise<T>): Promise<T> =>
  page.evaluate(`(${run.toString()})(window.voiceTest)`) as Promise<T>;

test.describe('the rehearsal microphone in Chromium', () => {
  test.skip(!hasTools && process.env['CI'] !== 'true', 'espeak-ng and sox make the fake microphone’s speech');
  test.setTimeout(120_000);

  let site: { url: string; close: () => Promise<void> };
  let work: string;

  test.beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'sticky-voice-e2e-'));
    await buildPage(join(work, 'site'));
    site = await serveStatic(join(work, 'site'));
  });
  test.afterAll(async () => site?.close());

  test('the test page runs under the app’s own CSP', () => {
    const app = cspOf(readFileSync(join(ROOT, 'src/renderer/index.html'), 'utf8'));
    expect(app).toBeTruthy();
    expect(cspOf(readFileSync(join(PAGE_DIR, 'index.html'), 'utf8'))).toBe(app);
  });

  test('speech from the fake microphone: live figures, a pace near the real one, the inserted pause, off and on again', async () => {
    mkdirSync(join(work, 'audio'), { recursive: true });
    const speech = makeSpeechWav(join(work, 'audio'));
    const browser = await chromium.launch({
      executablePath,
      args: [
        '--no-sandbox',
        '--use-fake-ui-for-media-stream',
        '--use-fake-device-for-media-stream',
        `--use-file-for-fake-audio-capture=${speech.path}`,
        '--autoplay-policy=no-user-gesture-required',
      ],
    });
    try {
      const page = await openPage(browser, site.url);
      await call(page, (voice) => voice.section('opening', 1.47));
      expect(await call(page, (voice) => voice.turnOn())).toBeNull();
      // Speaking within the first sentences, with the level meter moving.
      await expect.poll(() => call(page, (voice) => voice.live()), { timeout: 10_000 }).toMatchObject({ listening: true, speaking: true });
      expect((await call(page, (voice) => voice.live())).level).toBeGreaterThan(0.3);
      // Two loops of the file: speech, the 2.5 s pause, speech again.
      await page.waitForTimeout(Math.ceil(speech.seconds * 2 * 1000) + 500);
      const live = await call(page, (voice) => voice.live());
      await call(page, (voice) => voice.turnOff());
      const section = (await call(page, (voice) => voice.summary()))!.sections['opening']!;
      const words = TEXT.split(/\s+/).length;
      const realPace = words / (speech.seconds / 60);
      test.info().annotations.push({ type: 'measured', description: JSON.stringify({ realPace: Math.round(realPace), live, section }) });
      expect(live.sectionWpm).not.toBeNull();
      // Within 20% on espeak-ng's voice, the unit tests' bar since pace is tuned on human speech.
      expect(Math.abs(section.wpm! / realPace - 1)).toBeLessThan(0.2);
      expect(section.longPauses.length).toBeGreaterThanOrEqual(1);
      expect(section.longPauses[0]!.seconds).toBeGreaterThan(2);
      expect(section.longPauses[0]!.seconds).toBeLessThan(3.5);
      expect(section.flat).toBe(false);

      // Off for two seconds, then on again in the next section: nothing measured is lost, the
      // time off is not counted.
      await page.waitForTimeout(2_000);
      await call(page, (voice) => voice.section('story', 1.47));
      expect(await call(page, (voice) => voice.turnOn())).toBeNull();
      await page.waitForTimeout(Math.ceil(speech.seconds * 1000));
      await call(page, (voice) => voice.turnOff());
      const after = (await call(page, (voice) => voice.summary()))!;
      expect(after.sections['opening']).toEqual(section);
      expect(after.sections['story']!.listened).toBeGreaterThan(speech.seconds - 2);
      expect(after.sections['story']!.speaking).toBeGreaterThan(5);
      expect(after.pace.length).toBeGreaterThanOrEqual(4);
      expect(await call(page, (voice) => voice.live().listening)).toBe(false);
    } finally {
      await browser.close();
    }
  });

  test('a microphone refused by the browser gives "denied", and the page goes on', async () => {
    // No fake UI: headless Chromium answers the permission prompt with a refusal.
    const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--use-fake-device-for-media-stream'] });
    try {
      const page = await openPage(browser, site.url);
      expect(await call(page, (voice) => voice.turnOn())).toBe('denied');
      expect(await call(page, (voice) => voice.live().listening)).toBe(false);
      expect(await call(page, (voice) => voice.summary())).toBeNull();
    } finally {
      await browser.close();
    }
  });
});
