import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseTalk } from '../../src/main/engine/talk/parseTalk';
import { planVariant } from '../../src/main/engine/timing/plan';
import { syllablesPerWord } from '../../src/renderer/src/lib/voice/syllables';
import { expectNoSeriousA11yViolations } from './a11y';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/chromium';
import { expect, SAMPLES_DIR, SCREENSHOTS, test } from './harness';

/**
 * Rehearsing out loud in the app: Chromium's fake microphone plays speech made by espeak-ng and
 * sox into a real rehearsal of the bundled sample; the live line and the report's voice figures
 * come from the analysis running in the page.
 */

const hasTools = ['espeak-ng', 'sox'].every((tool) => spawnSync(tool, ['--version'], { stdio: 'ignore' }).status === 0);
const TEXT =
  'Customers remember how a company made them feel long after they forget the price they paid. So every story we tell should start with one real customer and the moment that changed their mind.';
// The silence sox appends; the fake microphone loops the file, so a long pause falls after every reading.
const PAUSE_SECONDS = 2.5;
const COMMENT = /<!--[\s\S]*?-->/g;

const sampleText = readFileSync(join(SAMPLES_DIR, 'lead-your-leaders.md'), 'utf8');
const talk = parseTalk(sampleText);
const plan = planVariant(talk, 10);
const sections = plan.sections.map((timing) => talk.sections.find((section) => section.id === timing.id)!);

/** espeak-ng says TEXT at 130 words a minute; sox makes it 16 kHz mono and appends the pause. */
function makeSpeechWav(): { path: string; seconds: number } {
  const dir = mkdtempSync(join(tmpdir(), 'sticky-voice-rehearsal-'));
  const spoken = join(dir, 'spoken.wav');
  const path = join(dir, 'speech.wav');
  execFileSync('espeak-ng', ['-v', 'en', '-s', '130', '-w', spoken, TEXT]);
  execFileSync('sox', ['-V1', spoken, '-r', '16000', '-c', '1', '-b', '16', path, 'pad', '0', String(PAUSE_SECONDS)]);
  return { path, seconds: Number(execFileSync('soxi', ['-D', path]).toString()) };
}

const speech = hasTools ? makeSpeechWav() : { path: '', seconds: 0 };

// The app's usual Chromium arguments (playwright.config.ts) and the fake microphone playing the speech.
test.use({
  launchOptions: {
    executablePath: CHROMIUM_PATH,
    args: [
      ...CHROMIUM_ARGS,
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-audio-capture=${speech.path}`,
      '--autoplay-policy=no-user-gesture-required',
    ],
  },
});
test.describe('rehearse out loud with the fake microphone', () => {
  test.skip(!hasTools && process.env['CI'] !== 'true', 'espeak-ng and sox make the fake microphone’s speech');

  test('the live pace line, off and on mid-run, and the report’s voice figures', async ({ sticky }) => {
    test.setTimeout(120_000);
    await sticky.start({ settings: { microphone: true } });
    const { page } = sticky;
    await expect(page.getByTestId('verdict')).toBeVisible({ timeout: 15_000 });
    await page.getByTestId('rehearse').click();
    await expect(page.getByTestId('voice-switch')).toBeChecked();
    await page.keyboard.press('Space');

    // The estimate divides the syllables heard by the section's own syllables per word.
    const first = sections[0]!;
    const sectionRatio = syllablesPerWord(sampleText.slice(first.start.offset, first.end.offset).replace(COMMENT, ' '), 'en');
    const spokenPace = TEXT.split(/\s+/).length / (speech.seconds / 60);
    const expected = (spokenPace * syllablesPerWord(TEXT, 'en')) / sectionRatio;
    const budget = plan.sections[0]!;
    const planWpm = Math.round(first.words / budget.budget);

    await expect(page.getByTestId('voice-state')).toHaveText('Speaking', { timeout: 10_000 });
    await expect(page.getByTestId('voice-pace')).toHaveText(/^About \d+ words\/min · plan \d+$/, { timeout: 15_000 });
    const livePace = async (): Promise<{ wpm: number; plan: number }> => {
      const [, wpm, shown] = /About (\d+) words\/min · plan (\d+)/.exec((await page.getByTestId('voice-pace').textContent())!)!;
      return { wpm: Number(wpm), plan: Number(shown) };
    };
    const early = await livePace();
    expect(Math.abs(early.plan - planWpm)).toBeLessThanOrEqual(1);
    // The first seconds hold no pause yet, so the pace so far runs above the whole reading's (a
    // pace shows from 1.5 s of listening: the first phrase alone, 1.6 to 1.85 times the reading's
    // depending on when the fake microphone's loop starts; CI saw 1.83). Below twice is the bound.
    expect(early.wpm / expected).toBeGreaterThan(0.8);
    expect(early.wpm / expected).toBeLessThan(2);
    await page.screenshot({ path: join(SCREENSHOTS, 'rehearsal-voice-live.png') });
    await expectNoSeriousA11yViolations(page, 'rehearsal with the microphone');

    // Past one loop of the file, the inserted pause included: the pace so far nears the reading's.
    await page.waitForTimeout(Math.ceil(speech.seconds * 1000 * 1.6));
    const live = await livePace();
    expect(Math.abs(live.wpm / expected - 1)).toBeLessThan(0.2);
    // Off for a moment and on again: what was measured stays.
    await page.getByTestId('voice-switch').uncheck();
    await expect(page.getByTestId('voice-line')).toBeHidden();
    await page.waitForTimeout(1500);
    await page.getByTestId('voice-switch').check();
    await expect(page.getByTestId('voice-line')).toBeVisible({ timeout: 10_000 });
    await page.keyboard.press('PageDown');
    await expect(page.getByTestId('current-section')).toHaveText(sections[1]!.title);
    await page.waitForTimeout(Math.ceil(speech.seconds * 1000));
    await page.keyboard.press('Escape');
    await page.keyboard.press('Enter');

    const report = page.getByTestId('voice-report');
    await expect(report).toBeVisible();
    const firstRow = report.locator(`tr[data-section="${first.id}"]`);
    const measured = Number(await firstRow.getByTestId('voice-wpm').textContent());
    test.info().annotations.push({ type: 'measured', description: JSON.stringify({ expected: Math.round(expected), measured, live }) });
    // Pace is tuned on human speech now (docs/user-guide.md, "Rehearse out loud"): on espeak-ng's voice it reads
    // within 20% (the unit tests' bar, tests/unit/voice/speech.test.ts); CI saw 16.6% here.
    expect(Math.abs(measured / expected - 1)).toBeLessThan(0.2);
    // The 2.5 s silence after the reading is a long pause, told with its length and when it fell.
    await expect(firstRow).toContainText(/\b[23](\.\d)? s at \d+:\d\d/);
    await expect(firstRow).toContainText(/\d(\.\d)? st/);
    await expect(firstRow).not.toContainText('flat');
    // Fluent espeak-ng reading: no filled pause, told per minute of speaking.
    await expect(firstRow.getByTestId('voice-filled')).toHaveText('0 (0/min)');
    await expect(report.locator(`tr[data-section="${sections[1]!.id}"]`).getByTestId('voice-wpm')).toHaveText(/^\d+$/);
    await expect(report.locator(`tr[data-section="${sections[2]!.id}"]`)).toHaveCount(0);
    await expect(report.getByTestId('pace-chart')).toBeVisible();
    await expect(report.getByTestId('voice-measured')).toHaveText(/about \d+ words\/min/);
    // Tall enough for the timing table and the voice card together (the header sticks to the top).
    await page.setViewportSize({ width: 1280, height: 1100 });
    await page.screenshot({ path: join(SCREENSHOTS, 'rehearsal-voice-report.png') });
    await expectNoSeriousA11yViolations(page, 'report with voice figures');

    // The measured pace plans the talk, as the history's pace does.
    await report.getByTestId('use-voice-pace').click();
    await expect(page.getByTestId('notice')).toContainText('The talk is now planned at');
    expect(sticky.talks.current?.pace).toBeGreaterThan(0);

    // The same switch in Settings: on, as saved; off again from there.
    await page.getByRole('button', { name: 'Settings' }).click();
    await expect(page.getByTestId('microphone-setting')).toBeChecked();
    await page.getByTestId('microphone-setting').uncheck();
    await page.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('button', { name: 'Settings' }).click();
    await expect(page.getByTestId('microphone-setting')).not.toBeChecked();
    await page.getByRole('button', { name: 'Done' }).click();

    // The history lists the run with the pace the microphone measured.
    await page.getByRole('button', { name: 'History' }).click();
    await expect(page.getByTestId('run-voice-pace')).toHaveText(/^\d+$/);
  });
});

// getUserMedia refuses in the page, as it does when the system or the speaker refuses the microphone.
test.describe('keep the recording', () => {
  test.skip(!hasTools && process.env['CI'] !== 'true', 'espeak-ng and sox make the fake microphone’s speech');

  test('with the setting on, the report names the WAV file main kept for the run', async ({ sticky }) => {
    await sticky.start({ settings: { microphone: true, keepRecording: true } });
    const { page } = sticky;
    await expect(page.getByTestId('verdict')).toBeVisible({ timeout: 15_000 });
    await page.getByTestId('rehearse').click();
    await page.keyboard.press('Space');
    await expect(page.getByTestId('voice-state')).toHaveText('Speaking', { timeout: 10_000 });
    await page.keyboard.press('Escape');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('kept-recording')).toContainText(/Recording kept: run-[a-z0-9-]+\.wav/, { timeout: 15_000 });
  });
});

test('a refused microphone says so, and the run goes on by key presses', async ({ sticky }) => {
  const { page } = sticky;
  await page.addInitScript(() => {
    navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('Permission denied', 'NotAllowedError'));
  });
  await sticky.start({ settings: { microphone: true } });
  await expect(page.getByTestId('verdict')).toBeVisible({ timeout: 15_000 });
  await page.getByTestId('rehearse').click();
  await page.keyboard.press('Space');
  await expect(page.getByTestId('rehearsal').getByTestId('notice')).toHaveText(/may not use the microphone.*goes on by key presses/);
  await expect(page.getByTestId('voice-switch')).not.toBeChecked();
  await expect(page.getByTestId('voice-line')).toHaveCount(0);
  await page.screenshot({ path: join(SCREENSHOTS, 'rehearsal-voice-denied.png') });
  await page.keyboard.press('PageDown');
  await expect(page.getByTestId('current-section')).toHaveText(sections[1]!.title);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('report')).toBeVisible();
  await expect(page.getByTestId('voice-report')).toHaveCount(0);
});
