import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expectNoSeriousA11yViolations } from './a11y';
import { expect, ROOT, SCREENSHOTS, test } from './harness';
import { wav16 } from '../support/wav';

// A real reader (tests/fixtures/speech/README.md): 5.7 s of 16 kHz WAV.
const CLIP = join(ROOT, 'tests/fixtures/speech/en_lj_0006.wav');

test('"Analyse a recording…" turns a WAV made elsewhere into a run with the voice report, saved in the history', async ({ sticky }) => {
  test.setTimeout(60_000);
  await sticky.start({ pick: CLIP });
  const { page } = sticky;
  await expect(page.getByTestId('verdict')).toBeVisible({ timeout: 15_000 });
  await page.getByTestId('rehearse').click();
  await expect(page.getByTestId('rehearsal')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'rehearsal, ready with "Analyse a recording…"');
  // Keyboard: the button is reached with Tab and pressed with Enter (Space there does not start the clock).
  const analyse = page.getByTestId('analyse-recording');
  await analyse.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('report')).toBeVisible({ timeout: 20_000 });
  const report = page.getByTestId('voice-report');
  await expect(report).toBeVisible();
  // The clip's 14 words in 5.7 s, as far as the talk's sections' syllables per word allow: a pace is measured.
  await expect(report.getByTestId('voice-measured')).toHaveText(/about \d+ words\/min/);
  await expect(page.getByTestId('report-total')).toContainText('0:06');
  await page.screenshot({ path: join(SCREENSHOTS, 'analysed-recording-report.png') });
  // Saved as a run, like a live one.
  await page.getByTestId('report').getByRole('button', { name: 'History', exact: true }).click();
  await expect(page.getByTestId('run-list').locator('tbody tr')).toHaveCount(1);
  await expect(page.getByTestId('run-voice-pace')).toHaveText(/^\d+$/);
});

test('MP3 and Ogg Opus (committed, tests/fixtures/audio) are decoded by Web Audio in the page: the report shows', async ({ sticky }) => {
  test.setTimeout(60_000);
  await sticky.start({ pick: join(ROOT, 'tests/fixtures/audio/speech.mp3') });
  const { page } = sticky;
  await expect(page.getByTestId('verdict')).toBeVisible({ timeout: 15_000 });
  for (const file of ['speech.mp3', 'speech.opus']) {
    sticky.pickNext(join(ROOT, 'tests/fixtures/audio', file));
    await page.getByTestId('rehearse').click();
    await page.getByTestId('analyse-recording').click();
    await expect(page.getByTestId('voice-report').getByTestId('voice-measured')).toHaveText(/about \d+ words\/min/, { timeout: 20_000 });
    // The 6.15 s sentence.
    await expect(page.getByTestId('report-total')).toContainText('0:06');
    await page.getByRole('button', { name: 'Back to the talk' }).click();
  }
  expect(await page.evaluate(() => window.sticky.listRuns())).toHaveLength(2);
});

test('a file that is not audio, and silence: a clear message, in Dutch too, and the rehearsal can still start', async ({ sticky }) => {
  const dir = mkdtempSync(join(tmpdir(), 'sticky-e2e-audio-'));
  const notes = join(dir, 'notes.mp3');
  writeFileSync(notes, 'Remember to slow down in the second section.\n');
  await sticky.start({ pick: notes, settings: { uiLanguage: 'nl' } });
  const { page } = sticky;
  await expect(page.getByTestId('verdict')).toBeVisible({ timeout: 15_000 });
  await page.getByTestId('rehearse').click();
  await page.getByTestId('analyse-recording').click();
  await expect(page.getByTestId('recording-picker').getByRole('alert')).toHaveText(
    /notes\.mp3 kon niet worden geanalyseerd: het is geen geluidsbestand dat Sticky kan lezen/,
  );
  const silent = join(dir, 'silent.wav');
  writeFileSync(silent, wav16(new Float32Array(32_000), 16_000));
  sticky.pickNext(silent);
  await page.getByTestId('analyse-recording').click();
  await expect(page.getByTestId('recording-picker').getByRole('alert')).toHaveText(/er is geen spraak gevonden/);
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: join(SCREENSHOTS, 'analysed-recording-problem-dark.png') });
  await page.keyboard.press('Space');
  await expect(page.getByTestId('current-section')).toBeVisible();
});

test('a long recording shows its progress and Esc cancels it: nothing is saved', async ({ sticky }) => {
  test.setTimeout(60_000);
  const long = join(mkdtempSync(join(tmpdir(), 'sticky-e2e-audio-')), 'long.wav');
  // Ten minutes of a buzz that comes and goes: analysed in several seconds, read in 256 KB steps.
  const samples = new Float32Array(16_000 * 600);
  for (let i = 0; i < samples.length; i++)
    samples[i] = 0.2 * Math.sin((2 * Math.PI * 140 * i) / 16_000) * (Math.sin((2 * Math.PI * 4 * i) / 16_000) > 0 ? 1 : 0.02);
  writeFileSync(long, wav16(samples, 16_000));
  await sticky.start({ pick: long });
  const { page } = sticky;
  await expect(page.getByTestId('verdict')).toBeVisible({ timeout: 15_000 });
  await page.getByTestId('rehearse').click();
  await page.getByTestId('analyse-recording').click();
  const progress = page.getByTestId('recording-progress');
  await expect(progress).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /Analysing long\.wav… \d+%/ })).toBeVisible();
  // The run's keys rest meanwhile: Space does not start the clock.
  await page.keyboard.press('Space');
  await expect(page.getByTestId('current-section')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(progress).toHaveCount(0);
  await expect(page.getByTestId('analyse-recording')).toBeVisible();
  await expect(page.getByTestId('recording-picker').getByRole('alert')).toHaveCount(0);
  expect(await page.evaluate(() => window.sticky.listRuns())).toEqual([]);
});

test('a compressed recording over 90 minutes is refused from its header, before it is read', async ({ sticky }) => {
  // Two MPEG-1 Layer III frames at 128 kbit/s, 44.1 kHz (417 bytes each), then silence to 100
  // minutes' worth of bytes, as a sparse file: the length comes from the bitrate.
  const long = join(mkdtempSync(join(tmpdir(), 'sticky-e2e-audio-')), 'talk.mp3');
  const frame = Buffer.alloc(417);
  frame.set([0xff, 0xfb, 0x90, 0x00]);
  writeFileSync(long, Buffer.concat([frame, frame]));
  truncateSync(long, 100 * 60 * 16_000);
  await sticky.start({ pick: long });
  const { page } = sticky;
  await expect(page.getByTestId('verdict')).toBeVisible({ timeout: 15_000 });
  await page.getByTestId('rehearse').click();
  await page.getByTestId('analyse-recording').click();
  await expect(page.getByTestId('recording-picker').getByRole('alert').locator('p')).toHaveText(
    'talk.mp3 could not be analysed: it is 100 minutes long; compressed recordings are analysed up to 90 minutes here: convert a longer one to WAV, or use `sticky voice`.',
  );
});
