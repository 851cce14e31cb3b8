import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseTalk } from '../../src/main/engine/talk/parseTalk';
import { planVariant } from '../../src/main/engine/timing/plan';
import { expectNoSeriousA11yViolations } from './a11y';
import { expect, SAMPLES_DIR, SCREENSHOTS, test } from './harness';

const sample = join(SAMPLES_DIR, 'lead-your-leaders.md');
const talk = parseTalk(readFileSync(sample, 'utf8'));
const plan = planVariant(talk, 10);
const budgets = plan.sections.map((timing) => Math.round(timing.budget * 60));
const titles = plan.sections.map((timing) => talk.sections.find((section) => section.id === timing.id)!.title);
const mmss = (seconds: number): string =>
  `${Math.floor(Math.abs(seconds) / 60)}:${String(Math.round(Math.abs(seconds)) % 60).padStart(2, '0')}`;

/** Pauses the page's fake clock: from then on its time moves only when the test moves it. */
async function pauseClock(page: Page): Promise<void> {
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
}

/** axe waits on real timers: let the clock run while it checks (the rehearsal is paused or over then), then pause it again. */
async function axeWithClockRunning(page: Page, name: string): Promise<void> {
  await page.clock.resume();
  await expectNoSeriousA11yViolations(page, name);
  await pauseClock(page);
}

test('rehearse the ten-minute version: pacing, pause, a back step, the report, the cut list and the history', async ({ sticky }) => {
  test.setTimeout(60_000);
  await sticky.start({ clock: true });
  const { page } = sticky;
  await expect(page.getByTestId('verdict')).toBeVisible({ timeout: 15_000 });
  // From here the page's time moves only when the test moves it (the clock no longer also runs in
  // real time, which made the elapsed time off by a second now and then).
  await pauseClock(page);
  await page.getByTestId('rehearse').click();
  await expect(page.getByTestId('rehearsal')).toBeVisible();
  await page.keyboard.press('Space');

  // Section 1: on track, then tight at 80% of its budget, then over.
  await expect(page.getByTestId('current-section')).toHaveText(titles[0]!);
  await page.clock.fastForward(Math.round(budgets[0]! * 0.5) * 1000);
  await expect(page.getByTestId('cue')).toHaveText('On track');
  await expect(page.getByTestId('section-countdown')).toHaveText(mmss(budgets[0]! - Math.round(budgets[0]! * 0.5)));
  await expect(page.getByTestId('next')).toHaveText(`Next: ${titles[1]}`);
  await expect(page.getByTestId('prompt')).toHaveText(talk.sections[0]!.prompt);
  await page.screenshot({ path: join(SCREENSHOTS, 'rehearsal-on-track.png') });
  // axe takes real seconds, and the page's clock still runs: check while paused, which does not count.
  await page.keyboard.press('p');
  await axeWithClockRunning(page, 'rehearsal');
  await page.keyboard.press('p');
  await page.clock.fastForward((Math.ceil(budgets[0]! * 0.85) - Math.round(budgets[0]! * 0.5)) * 1000);
  await expect(page.getByTestId('cue')).toHaveText('Tight');
  await page.screenshot({ path: join(SCREENSHOTS, 'rehearsal-tight.png') });
  await page.clock.fastForward((budgets[0]! + 20 - Math.ceil(budgets[0]! * 0.85)) * 1000);
  await expect(page.getByTestId('cue')).toHaveText('Over');
  await expect(page.getByTestId('behind')).toHaveText('20 s behind');
  await expect(page.getByTestId('section-countdown')).toHaveText('+0:20');
  await page.screenshot({ path: join(SCREENSHOTS, 'rehearsal-over.png') });
  await page.keyboard.press('p');
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: join(SCREENSHOTS, 'rehearsal-paused-dark.png') });
  await axeWithClockRunning(page, 'rehearsal, dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await page.keyboard.press('p');

  // A clicker sends PageDown. Section 2, then a pause for questions that does not count.
  await page.keyboard.press('PageDown');
  await expect(page.getByTestId('current-section')).toHaveText(titles[1]!);
  await expect(page.getByTestId('elapsed')).toHaveText(mmss(budgets[0]! + 20));
  await page.keyboard.press('p');
  await expect(page.getByTestId('cue')).toHaveText('Paused');
  await page.clock.fastForward(90_000);
  await expect(page.getByTestId('elapsed')).toHaveText(mmss(budgets[0]! + 20));
  await page.keyboard.press('p');

  // A back step: the time goes to the first section again.
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByTestId('current-section')).toHaveText(titles[0]!);
  await page.clock.fastForward(10_000);
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('current-section')).toHaveText(titles[1]!);

  // The rest, each 30 s over its budget; "Where we are now" (flagged too corporate) 60 s over.
  const over = (index: number): number => (index === 2 ? 60 : 30);
  for (let index = 1; index < budgets.length; index++) {
    await page.clock.fastForward((budgets[index]! + over(index)) * 1000);
    if (index < budgets.length - 1) await page.keyboard.press('Space');
  }
  await expect(page.getByTestId('next')).toHaveText('Last section');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('alertdialog', { name: 'End this rehearsal?' })).toBeVisible();
  await page.keyboard.press('Enter');

  // The report: every section, the total, the worst overruns linked to flags, and a cut list.
  const total = budgets.reduce((sum, budget) => sum + budget, 0) + 20 + 10 + 30 * (budgets.length - 1) + 30;
  await expect(page.getByTestId('report')).toBeVisible();
  await expect(page.getByTestId('report-total')).toContainText(`${mmss(total)} of 10:00`);
  await expect(page.getByTestId('report-table').locator('tbody tr')).toHaveCount(budgets.length);
  await expect(page.getByTestId('overruns').locator('li')).toHaveCount(3);
  await expect(page.getByTestId('overruns').locator('li').first()).toHaveText(
    /^Where we are now ran 1:00 over; also flagged (.+ and )?too corporate/,
  );
  await expect(page.getByTestId('overruns')).toContainText('ran 30 s over');
  await expect(page.getByTestId('cuts').locator('li').first()).toContainText(/Move|Drop|Cut about/);
  await page.screenshot({ path: join(SCREENSHOTS, 'rehearsal-report.png'), fullPage: true });
  await axeWithClockRunning(page, 'report');
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: join(SCREENSHOTS, 'rehearsal-report-dark.png'), fullPage: true });
  await page.emulateMedia({ colorScheme: 'light' });

  // The run was saved as it happened; after a reload it is in the history.
  expect(sticky.talks.current?.key).toBe(sample);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Lead your leaders' })).toBeVisible();
  await page.getByRole('button', { name: /History \(1\)/ }).click();
  await expect(page.getByTestId('history')).toBeVisible();
  await expect(page.getByTestId('run-list').locator('tbody tr')).toHaveCount(1);
  await expect(page.getByTestId('history-chart').locator('circle')).toHaveCount(1);
  await expect(page.getByTestId('delta-grid')).toContainText('+30');
  await expect(page.getByTestId('pace')).toContainText('Your pace:');
  // One run: its pace is shown as one run's, and not yet offered for the estimates.
  await expect(page.getByTestId('pace')).toContainText('from your one run that spoke a minute or more');
  await expect(page.getByTestId('use-pace')).toHaveCount(0);
  await page.screenshot({ path: join(SCREENSHOTS, 'rehearsal-history.png'), fullPage: true });
  await axeWithClockRunning(page, 'history');
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: join(SCREENSHOTS, 'rehearsal-history-dark.png'), fullPage: true });
  await axeWithClockRunning(page, 'history, dark');
});
