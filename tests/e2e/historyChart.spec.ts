import type { Page } from '@playwright/test';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, ROOT, SAMPLES_DIR, test } from './harness';

// The sizes the screens are checked at (screens.spec.ts): the smallest laptop window and a large one.
const SIZES = [
  { width: 1024, height: 640 },
  { width: 1440, height: 900 },
] as const;
const THEMES = ['light', 'dark'] as const;
// Under test-results (ignored by git), next to screens.spec.ts's shots.
const SHOTS = join(ROOT, 'test-results/screens');

/** Rehearses once for `seconds` of the first section, ends the run and goes back to the talk. */
async function rehearseFor(page: Page, seconds: number, back = 'Back to the talk'): Promise<void> {
  await page.getByTestId('rehearse').click();
  await expect(page.getByTestId('rehearsal')).toBeVisible();
  await page.keyboard.press('Space');
  await page.clock.fastForward(seconds * 1000);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('alertdialog')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('report')).toBeVisible();
  await page.getByTestId('report').getByRole('button', { name: back }).click();
}

for (const theme of THEMES) {
  for (const size of SIZES) {
    test(`the history chart's target line spans the plot, ${theme} ${size.width}x${size.height}`, async ({ sticky }) => {
      test.setTimeout(60_000);
      const { page } = sticky;
      await page.setViewportSize(size);
      await page.emulateMedia({ colorScheme: theme });
      await sticky.start({ settings: { firstRunDone: true, theme }, clock: true });
      await sticky.talks.open(join(SAMPLES_DIR, 'lead-your-leaders.md'));
      await expect(page.getByTestId('verdict')).toBeVisible({ timeout: 15_000 });
      for (const seconds of [75, 140, 40]) await rehearseFor(page, seconds);
      await page.getByRole('button', { name: /History \(3\)/ }).click();
      const chart = page.getByTestId('history-chart');
      await expect(chart.locator('circle')).toHaveCount(3);
      // The card's content width: its heading is a block as wide as the card inside its padding.
      const card = (await chart.locator('xpath=ancestor::div[contains(@class,"card")][1]').locator('h2').boundingBox())!;
      const target = (await chart.locator('line.chart-target').boundingBox())!;
      const points = await chart.locator('circle').evaluateAll((circles) =>
        circles.map((circle) => {
          const box = circle.getBoundingClientRect();
          return box.x + box.width / 2;
        }),
      );
      // The dashed line runs from the first run to the last (a pixel of rounding either side)...
      expect(target.x).toBeLessThanOrEqual(points[0]! + 1);
      expect(target.x + target.width).toBeGreaterThanOrEqual(points.at(-1)! - 1);
      // ...and the plot spans the card: beside the line only HistoryChart's pad is left (44 units for
      // the axis labels, 12 on the right, drawn at its 640/560 scale), two pixels for rounding.
      expect(target.width).toBeGreaterThanOrEqual(card.width - ((44 + 12) * 640) / 560 - 2);
      expect(target.x - card.x).toBeLessThanOrEqual((44 * 640) / 560 + 1);
      await page.screenshot({ path: join(SHOTS, `history-chart-${theme}-${size.width}x${size.height}.png`) });
    });
  }
}

test('a removed section with a long name keeps its label inside the delta grid, in Dutch at 1024x640', async ({ sticky }) => {
  test.setTimeout(60_000);
  const { page } = sticky;
  await page.setViewportSize(SIZES[0]);
  await page.emulateMedia({ colorScheme: 'dark' });
  const path = join(mkdtempSync(join(tmpdir(), 'sticky-history-')), 'de-klant-aan-tafel.nl.md');
  copyFileSync(join(SAMPLES_DIR, 'de-klant-aan-tafel.nl.md'), path);
  await sticky.start({ settings: { firstRunDone: true, uiLanguage: 'nl', theme: 'dark' }, clock: true });
  await sticky.talks.open(path);
  await expect(page.getByTestId('verdict')).toBeVisible({ timeout: 15_000 });
  await rehearseFor(page, 30, 'Terug naar de talk');
  // The section is renamed since the run: the grid keeps its row, marked "(verwijderd)".
  writeFileSync(path, readFileSync(path, 'utf8').replace('## Drie stappen voor het komende jaar', '## Drie stappen'));
  await sticky.talks.reload();
  await page.getByRole('button', { name: /Geschiedenis \(1\)/ }).click();
  const grid = page.getByTestId('delta-grid');
  await expect(grid).toContainText('(verwijderd)');
  // Right-aligned labels grow to the left: none starts before the grid's own left edge.
  const starts = await grid.locator(':scope > text').evaluateAll((labels) => labels.map((label) => (label as SVGTextElement).getBBox().x));
  expect(Math.min(...starts)).toBeGreaterThanOrEqual(0);
  // Shortened to make room for the mark; the whole name is the label's tooltip.
  await expect(grid.locator(':scope > text', { hasText: 'Drie stappen voo… (verwijderd)' }).locator('title')).toHaveText(
    'Drie stappen voor het komende jaar (verwijderd)',
  );
  await page.screenshot({ path: join(SHOTS, 'history-removed-nl-dark-1024x640.png'), fullPage: true });
});
