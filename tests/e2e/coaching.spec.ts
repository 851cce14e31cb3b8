import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyseTalk } from '../../src/main/engine/analyze';
import { expect, SAMPLES_DIR, SCREENSHOTS, test, type StickyHarness } from './harness';

const EN = join(SAMPLES_DIR, 'lead-your-leaders.md');
const NL = join(SAMPLES_DIR, 'de-klant-aan-tafel.nl.md');

async function expectNoSeriousA11yViolations(page: StickyHarness['page'], screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  expect(serious.map((violation) => `${screen}: ${violation.id} (${violation.nodes.length}) ${violation.help}`)).toEqual([]);
}

async function openCoaching(sticky: StickyHarness): Promise<void> {
  await sticky.page.getByTestId('tab-coach').click({ timeout: 15_000 });
  await expect(sticky.page.getByTestId('heatmap')).toBeVisible();
}

test('the coaching screens: heatmap, checklist, a section with highlighted evidence, filters and keys', async ({ sticky }) => {
  await sticky.start();
  const { page } = sticky;
  await expect(page.getByTestId('verdict')).toBeVisible({ timeout: 15_000 });
  await expectNoSeriousA11yViolations(page, 'plan');
  await openCoaching(sticky);
  const { analysis, plans } = analyseTalk(readFileSync(EN, 'utf8'));

  // The heatmap: the 10-minute version's sections, values as text, equal to the engine's.
  const rows = page.getByTestId('heatmap').locator('tbody tr');
  await expect(rows).toHaveCount(plans[10].sections.length);
  const valentine = analysis.sections.find((section) => section.id === 'the-valentine-s-email')!;
  await expect(page.locator('tr[data-section="the-valentine-s-email"] td').first()).toHaveText(String(valentine.scores.simple));
  await expect(page.getByTestId('checklist').locator('li')).toHaveCount(4);
  await expect(page.getByTestId('checklist')).not.toContainText('missing');
  await expect(page.getByTestId('mantra-card')).toContainText('Judge or join, never stand aside.');
  await page.screenshot({ path: join(SCREENSHOTS, 'coaching-overview-light.png'), fullPage: true });
  await expectNoSeriousA11yViolations(page, 'coaching overview');

  // Follow the checklist's personal story to its section, and a highlight to its finding.
  await page.getByTestId('checklist').getByRole('button', { name: "The Valentine's email" }).click();
  await expect(page.getByTestId('section-detail')).toBeVisible();
  await expect(page.getByTestId('section-text')).toContainText('It was 2013, a week before Valentine');
  const year = page.getByTestId('section-text').getByRole('button', { name: /^2013:/ });
  await year.focus();
  await expect(page.getByTestId('inspector')).toContainText('anchors the story in time');
  await expect(page.getByTestId('why')).toContainText(`Stories ${valentine.scores.stories}`);
  await page.screenshot({ path: join(SCREENSHOTS, 'coaching-section-light.png'), fullPage: true });
  await expectNoSeriousA11yViolations(page, 'section detail');

  // Filter with a key: 3 = Concrete. Only concrete evidence stays highlighted.
  await page.keyboard.press('3');
  await expect(page.getByRole('button', { name: 'Concrete', pressed: true })).toBeVisible();
  const highlighted = page.getByTestId('section-text').locator('button.mark');
  const labels = await highlighted.evaluateAll((marks) => marks.map((mark) => mark.getAttribute('aria-label') ?? ''));
  expect(labels.length).toBeGreaterThan(3);
  // j moves to the next section; Esc goes back to the summary.
  await page.keyboard.press('j');
  await expect(page.locator('#detail-title')).toHaveText('Where we are now');
  await page.keyboard.press('0');
  const jargon = page.getByTestId('section-text').getByRole('button', { name: /^leveraged/ }).first();
  await jargon.hover();
  await expect(page.getByTestId('inspector')).toContainText('corporate speak');
  await expect(page.getByTestId('inspector')).toContainText('Try: use');
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await page.getByRole('button', { name: 'Close' }).click();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('story-summary')).toBeVisible();

  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: join(SCREENSHOTS, 'coaching-overview-dark.png'), fullPage: true });
  await expectNoSeriousA11yViolations(page, 'coaching overview, dark');
});

test('switching versions changes the checklist: the Dutch talk', async ({ sticky }) => {
  await sticky.start({ settings: { firstRunDone: true } });
  await sticky.talks.open(NL);
  const { page } = sticky;
  await openCoaching(sticky);
  const { analysis } = analyseTalk(readFileSync(NL, 'utf8'));
  await expect(page.getByTestId('story-summary')).toContainText(analysis.variants[10].verdict);
  await page.getByTestId('variant-60').click();
  await expect(page.getByTestId('story-summary')).toContainText(analysis.variants[60].verdict);
  await expect(page.getByTestId('heatmap').locator('tbody tr')).toHaveCount(analysis.variants[60].sections.length);
  await page.screenshot({ path: join(SCREENSHOTS, 'coaching-dutch-60.png'), fullPage: true });
});

test('a talk full of scripts, javascript: links, handlers and iframes shows as inert text and runs nothing', async ({ sticky }) => {
  const dialogs: string[] = [];
  sticky.page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await sticky.start({ settings: { firstRunDone: true } });
  await sticky.talks.open(resolve(__dirname, '../fixtures/talks/xss.md'));
  const { page } = sticky;
  await openCoaching(sticky);
  await page.locator('tr[data-section="scripts-everywhere"] .row-button').click();
  await expect(page.getByTestId('section-text')).toContainText('Our NPS');
  await page.getByTestId('section-text').hover();
  expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
  expect(await page.locator('iframe, object, script:not([src]), img[src="x"]').count()).toBe(0);
  expect(dialogs).toEqual([]);
  await page.screenshot({ path: join(SCREENSHOTS, 'coaching-hostile-talk.png'), fullPage: true });
});
