import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyseTalk } from '../../src/main/engine/analyse';
import { parseTalk } from '../../src/main/engine/talk/parseTalk';
import { planTalk } from '../../src/main/engine/timing/plan';
import { expectNoSeriousA11yViolations } from './a11y';
import { expect, SAMPLES_DIR, SCREENSHOTS, test } from './harness';

const EN_SAMPLE = join(SAMPLES_DIR, 'lead-your-leaders.md');
const NL_SAMPLE = join(SAMPLES_DIR, 'de-klant-aan-tafel.nl.md');
const clock = (minutes: number): string =>
  `${Math.floor(Math.round(minutes * 60) / 60)}:${String(Math.round(minutes * 60) % 60).padStart(2, '0')}`;

test('first start opens the English sample with its sections and the 10-minute plan', async ({ sticky }) => {
  await sticky.start();
  const { page } = sticky;
  const talk = parseTalk(readFileSync(EN_SAMPLE, 'utf8'));
  const plans = planTalk(talk);

  await expect(page.getByRole('heading', { level: 1, name: 'Lead your leaders' })).toBeVisible();
  await expect(page.getByTestId('talk-meta')).toContainText('English');
  await expect(page.getByTestId('talk-meta')).toContainText('120 words/min');
  const rows = page.getByTestId('section-table').locator('tbody tr');
  await expect(rows).toHaveCount(talk.sections.length);
  await expect(rows.nth(1)).toContainText("The Valentine's email");
  await expect(rows.nth(1)).toContainText('283');
  await expect(rows.nth(1)).toContainText('line 20');
  await expect(page.getByRole('radio', { name: /10 minutes/ })).toHaveAttribute('aria-checked', 'true');
  await expect(page.getByTestId('plan-estimate')).toHaveText(clock(plans[10].minutes));
  await expect(page.getByTestId('plan-status')).toHaveText('Fits');
  await expect(page.locator('tr.out')).toHaveCount(talk.sections.length - plans[10].sections.length);

  // The scores arrive from the main-side analysis and match the engine's.
  const { analysis } = analyseTalk(readFileSync(EN_SAMPLE, 'utf8'));
  const valentine = analysis.sections.find((section) => section.id === 'the-valentine-s-email')!;
  const cells = page.locator('tr[data-section="the-valentine-s-email"] td.score');
  await expect(cells).toHaveText(Object.values(valentine.scores).map(String));
  // One talk score, the one `sticky score` prints (the whole talk's), labelled; the version's beside it, named.
  await expect(page.getByTestId('verdict')).toContainText(`Talk score ${analysis.talk.score}/100`);
  await expect(page.getByTestId('verdict')).toContainText(analysis.talk.verdict);
  await expect(page.getByTestId('version-score')).toHaveText(`· the 10-minute version scores ${analysis.variants[10].score}/100`);
  // The flags on the section the sample writes in corporate speak are the engine's, in its order.
  const whereWeAre = analysis.sections.find((section) => section.id === 'where-we-are-now')!;
  const flagged = Object.values(whereWeAre.blindSpots).filter((spot) => spot.flagged);
  expect(flagged.map((spot) => spot.name)).toContain('Too corporate');
  const flags = page.locator('tr[data-section="where-we-are-now"] .flag');
  await expect(flags).toHaveText(flagged.map((spot) => spot.name.toLowerCase()));
  await page.screenshot({ path: join(SCREENSHOTS, 'first-screen-light.png'), fullPage: true });

  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: join(SCREENSHOTS, 'first-screen-dark.png'), fullPage: true });
  await expectNoSeriousA11yViolations(page, 'first screen, dark');
});

test('switching variants shows each plan, by mouse and by keyboard', async ({ sticky }) => {
  await sticky.start({ settings: { firstRunDone: true }, pick: null });
  const { page } = sticky;
  await sticky.talks.open(NL_SAMPLE);
  const plans = planTalk(parseTalk(readFileSync(NL_SAMPLE, 'utf8')));
  await expect(page.getByRole('heading', { level: 1, name: 'De klant aan tafel' })).toBeVisible();

  await expect(page.getByTestId('plan-status')).toHaveText(`${clock(-plans[10].deltaMinutes)} under`);
  await expect(page.getByTestId('plan-advice')).toContainText(`room for about ${plans[10].wordsToAdd} more words`);

  await page.getByTestId('variant-30').click();
  await expect(page.getByRole('heading', { name: '30-minute version' })).toBeVisible();
  await expect(page.getByTestId('plan-estimate')).toHaveText(clock(plans[30].minutes));
  await expect(page.locator('tr.out')).toHaveCount(parseTalk(readFileSync(NL_SAMPLE, 'utf8')).sections.length - plans[30].sections.length);

  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: /60 minutes/ })).toHaveAttribute('aria-checked', 'true');
  await expect(page.getByRole('radio', { name: /60 minutes/ })).toBeFocused();
  await expect(page.getByTestId('plan-estimate')).toHaveText(clock(plans[60].minutes));
  await expect(page.locator('tr.out')).toHaveCount(0);

  await page.getByTestId('variant-10').click();
  await page.getByLabel('Only the 10-minute version').check();
  await expect(page.getByTestId('section-table').locator('tbody tr')).toHaveCount(plans[10].sections.length);
  await page.screenshot({ path: join(SCREENSHOTS, 'dutch-sample-10-only.png'), fullPage: true });
});

test('an unreadable file shows a clear error and keeps the open talk', async ({ sticky }) => {
  await sticky.start();
  const { page } = sticky;
  const dir = mkdtempSync(join(tmpdir(), 'sticky-bad-'));
  const binary = join(dir, 'slides.md');
  writeFileSync(binary, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]));
  sticky.pickNext(binary);
  await page.getByRole('button', { name: 'Open talk…' }).click();
  await expect(page.getByRole('alert')).toContainText('"slides.md" contains binary data (NUL bytes), so it is not a Markdown talk.');
  await expect(page.getByRole('heading', { level: 1, name: 'Lead your leaders' })).toBeVisible();
  await page.screenshot({ path: join(SCREENSHOTS, 'error-binary-file.png') });

  const video = join(dir, 'keynote.mp4');
  writeFileSync(video, 'not a talk');
  sticky.pickNext(video);
  await page.getByRole('button', { name: 'Open talk…' }).first().click();
  await expect(page.getByRole('alert')).toContainText('"keynote.mp4" is not a Markdown talk.');
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a returning user without a talk sees the empty state, then opens a sample', async ({ sticky }) => {
  await sticky.start({ settings: { firstRunDone: true, recentFiles: ['/talks/gone.md'] } });
  const { page } = sticky;
  await expect(page.getByRole('heading', { name: 'Open a talk to get started' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'gone.md moved or deleted' })).toBeDisabled();
  await page.screenshot({ path: join(SCREENSHOTS, 'empty-state-light.png') });
  await expectNoSeriousA11yViolations(page, 'empty state');
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: join(SCREENSHOTS, 'empty-state-dark.png') });
  await expectNoSeriousA11yViolations(page, 'empty state, dark');
  await page.getByRole('button', { name: /De klant aan tafel/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'De klant aan tafel' })).toBeVisible();
  await expect(page.getByTestId('talk-meta')).toContainText('Dutch');
});

test('saving the talk in an editor re-plans it on screen', async ({ sticky }) => {
  const dir = mkdtempSync(join(tmpdir(), 'sticky-live-'));
  const path = join(dir, 'my-talk.md');
  copyFileSync(EN_SAMPLE, path);
  await sticky.start({ settings: { firstRunDone: true, lastFile: path } });
  const { page } = sticky;
  await expect(page.getByRole('heading', { level: 1, name: 'Lead your leaders' })).toBeVisible();
  await page.waitForTimeout(400); // let the watcher settle before the first save
  const longer = readFileSync(path, 'utf8').replace(
    '## What I ask of you',
    `## An extra story\n\n${'More words to say. '.repeat(150)}\n\n## What I ask of you`,
  );
  writeFileSync(path, longer);
  await expect(page.getByRole('status').filter({ hasText: 'Updated from disk' })).toBeVisible({ timeout: 10_000 });
  await expect(page.getByTestId('section-table')).toContainText('An extra story');
  await expect(page.getByTestId('plan-status')).toHaveText(/over/);
  await expect(page.getByTestId('plan-advice')).toContainText('Cut about');
  await page.screenshot({ path: join(SCREENSHOTS, 'reloaded-over-budget.png'), fullPage: true });
});

test('dropping a Markdown file opens it', async ({ sticky }) => {
  await sticky.start();
  const { page } = sticky;
  const text = '# Dropped talk\n\n## Only part\n\nA short talk that was dropped on the window.\n';
  const dataTransfer = await page.evaluateHandle((content) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([content], 'dropped.md', { type: 'text/markdown' }));
    return transfer;
  }, text);
  await page.dispatchEvent('body', 'dragenter', { dataTransfer });
  await expect(page.getByText('Drop your talk to open it')).toBeVisible();
  await page.dispatchEvent('body', 'drop', { dataTransfer });
  await expect(page.getByRole('heading', { level: 1, name: 'Dropped talk' })).toBeVisible();
  await expect(page.getByText('Drop your talk to open it')).toHaveCount(0);
});
