import { join } from 'node:path';
import { expect, SAMPLES_DIR, test } from './harness';

test('the heatmap: horizontal names under two explained groups, and no risk for a section too short to judge', async ({ sticky }) => {
  const { page } = sticky;
  await page.setViewportSize({ width: 1024, height: 640 });
  await sticky.start({ settings: { firstRunDone: true } });
  await sticky.talks.open(join(SAMPLES_DIR, 'lead-your-leaders.md'));
  await page.getByTestId('variant-60').click({ timeout: 15_000 });
  await page.getByTestId('tab-coach').click();
  const heatmap = page.getByTestId('heatmap');
  await expect(heatmap).toBeVisible();
  await expect(heatmap.locator('thead tr').first()).toHaveText(/Principles: higher sticks better\s*Blind spots: too …, higher is riskier/);
  // Issue 26: the column names were rotated. Each is now written across, at most two short lines.
  const heads = heatmap.locator('th.hm-head');
  await expect(heads).toHaveCount(12);
  for (const head of await heads.all()) {
    const box = await head.evaluate((element) => {
      const style = getComputedStyle(element);
      const span = element.querySelector('span');
      return {
        mode: style.writingMode,
        rotated: span ? getComputedStyle(span).writingMode : 'horizontal-tb',
        height: element.getBoundingClientRect().height,
      };
    });
    expect(box.mode).toBe('horizontal-tb');
    expect(box.rotated).toBe('horizontal-tb');
    expect(box.height).toBeLessThan(48);
  }
  await expect(heads.nth(10)).toHaveText('unpersonal');
  await expect(heads.nth(10)).toHaveAttribute('aria-label', 'too unpersonal');

  // The 29-word video intro: its risks are too short to judge, so no number and no risk shade.
  const video = heatmap.locator('tr[data-section="video-one-night-in-the-call-centre"]');
  await expect(video.locator('td.too-short')).toHaveCount(6);
  await expect(video.locator('td[class*="risk-"]')).toHaveCount(0);
  await expect(video.locator('td.too-short').first()).toHaveAttribute('title', 'Too short to judge: under 60 spoken words');
  // A section long enough keeps its numbers.
  await expect(heatmap.locator('tr[data-section="opening"] td[class*="risk-"]')).toHaveCount(6);

  // Opened, the section says so instead of six empty bars.
  await video.getByRole('button').click();
  await expect(page.getByTestId('spots-too-short')).toHaveText('Too short to judge: under 60 spoken words');
});
