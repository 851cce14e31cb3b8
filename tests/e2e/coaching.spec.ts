import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { buildLongTalk } from '../../scripts/long-talk.cjs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { analyseTalk } from '../../src/main/engine/analyse';
import { expectNoSeriousA11yViolations } from './a11y';
import { expect, SAMPLES_DIR, SCREENSHOTS, test, type StickyHarness } from './harness';

const EN = join(SAMPLES_DIR, 'lead-your-leaders.md');
const NL = join(SAMPLES_DIR, 'de-klant-aan-tafel.nl.md');

async function openCoaching(sticky: StickyHarness): Promise<void> {
  await sticky.page.getByTestId('tab-coach').click({ timeout: 15_000 });
  await expect(sticky.page.getByTestId('heatmap')).toBeVisible();
}

test('the coaching screens: heatmap, checklist, a section with highlighted evidence, filters and keys', async ({ sticky }) => {
  // A long flow of many screens (axe runs on several): more than the default 30 s on a busy machine.
  test.setTimeout(90_000);
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
  await page.getByTestId('checklist').getByRole('button', { name: 'What I ask of you' }).click();
  // The call to action's own words are highlighted.
  await expect(page.getByTestId('section-text').getByRole('button', { name: /^This week, find one customer story/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await page.getByTestId('checklist').getByRole('button', { name: "The Valentine's email" }).click();
  await expect(page.getByTestId('section-detail')).toBeVisible();
  await page.keyboard.press('0');
  await expect(page.getByTestId('section-text')).toContainText('It was 2013, a week before Valentine');
  const year = page.getByTestId('section-text').getByRole('button', { name: /^2013:/ });
  await year.focus();
  await expect(page.getByTestId('inspector')).toContainText('anchors the story in time');
  await expect(page.getByTestId('why')).toContainText(`Stories ${valentine.scores.stories}`);
  await page.screenshot({ path: join(SCREENSHOTS, 'coaching-section-light.png'), fullPage: true });
  await expectNoSeriousA11yViolations(page, 'section detail');
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: join(SCREENSHOTS, 'coaching-section-dark.png'), fullPage: true });
  await expectNoSeriousA11yViolations(page, 'section detail, dark');
  await page.emulateMedia({ colorScheme: 'light' });

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
  const jargon = page
    .getByTestId('section-text')
    .getByRole('button', { name: /^leveraged/ })
    .first();
  await jargon.hover();
  await expect(page.getByTestId('inspector')).toContainText('corporate speak');
  await expect(page.getByTestId('inspector')).toContainText('Try: use');
  await expect(page.getByTestId('inspector')).toContainText('Fix: Humanise it');
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

test('saving in an editor re-scores, keeps the place, marks what changed and draws the trend', async ({ sticky }) => {
  const dir = mkdtempSync(join(tmpdir(), 'sticky-rescore-'));
  const path = join(dir, 'talk.md');
  copyFileSync(EN, path);
  await sticky.start({ settings: { firstRunDone: true, lastFile: path } });
  const { page } = sticky;
  await openCoaching(sticky);
  await page.locator('tr[data-section="where-we-are-now"] .row-button').click();
  await page.keyboard.press('3');
  await page.waitForTimeout(400); // let the file watcher settle
  const story =
    'Last Tuesday in Leeds, a customer called Anna Berg waited 47 minutes on the phone. I heard her voice shake when she said: "I just wanted to pay my bill." She cried. I felt ashamed.';
  writeFileSync(
    path,
    readFileSync(EN, 'utf8').replace(
      'Let me be honest about where most of us stand.',
      `${story} Let me be honest about where most of us stand.`,
    ),
  );
  await expect(page.getByTestId('changes')).toHaveCount(0); // the detail stays open: no summary
  await expect(page.locator('tr[data-section="where-we-are-now"] sup.change').first()).toBeVisible({ timeout: 10_000 });
  await expect(page.locator('#detail-title')).toHaveText('Where we are now');
  await expect(page.getByRole('button', { name: 'Concrete', pressed: true })).toBeVisible();
  await expect(page.getByTestId('section-text')).toContainText('Anna Berg');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('changes')).toContainText(/Since the last save: .*(Concrete|Stories|Emotional) \+\d+/);
  await expect(page.getByTestId('trend')).toContainText('Across your last 2 saves');
  await page.screenshot({ path: join(SCREENSHOTS, 'coaching-after-save.png'), fullPage: true });
});

test('speed: a 60-minute talk shows its outline at once and its scored heatmap soon after', async ({ sticky }) => {
  const dir = mkdtempSync(join(tmpdir(), 'sticky-long-'));
  const path = join(dir, 'long-talk.md');
  const { text, words } = buildLongTalk(9000, 'A long talk');
  writeFileSync(path, text);
  await sticky.start({ settings: { firstRunDone: true } });
  const { page } = sticky;
  await page.evaluate(() => performance.mark('open'));
  await sticky.page.evaluate(() => undefined);
  const opening = sticky.talks.open(path);
  await expect(page.getByRole('heading', { level: 1, name: 'A long talk' })).toBeVisible();
  await page.evaluate(() => performance.mark('outline'));
  await opening;
  await page.getByTestId('tab-coach').click({ timeout: 15_000 });
  await expect(page.getByTestId('heatmap').locator('tbody tr').first()).toBeVisible();
  await page.evaluate(() => performance.mark('heatmap'));
  // Switching sections: time from a click to the section detail on screen.
  const switches = await page.evaluate(async () => {
    const times: number[] = [];
    const buttons = [...document.querySelectorAll<HTMLButtonElement>('.heatmap .row-button')].slice(0, 6);
    for (const button of buttons) {
      const start = performance.now();
      button.click();
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      times.push(performance.now() - start);
    }
    return times;
  });
  const measure = await page.evaluate(() => ({
    outline: performance.measure('outline', 'open', 'outline').duration,
    heatmap: performance.measure('heatmap', 'open', 'heatmap').duration,
  }));
  const result = {
    words,
    outlineMs: Math.round(measure.outline),
    heatmapMs: Math.round(measure.heatmap),
    sectionSwitchMs: Math.round(Math.max(...switches)),
  };
  mkdirSync(join(__dirname, '../../artifacts'), { recursive: true });
  writeFileSync(join(__dirname, '../../artifacts/ui-speed.json'), `${JSON.stringify(result, null, 2)}\n`);
  console.log(
    `UI speed (60-minute talk, ${words} words): outline ${result.outlineMs} ms, scored heatmap ${result.heatmapMs} ms, slowest section switch ${result.sectionSwitchMs} ms`,
  );
  expect(words).toBeGreaterThanOrEqual(9000);
});

test('settings: the interface in Dutch, and a default speaking rate that re-plans the talk', async ({ sticky }) => {
  await sticky.start({ settings: { firstRunDone: true } });
  await sticky.talks.open(NL);
  const { page } = sticky;
  await expect(page.getByTestId('verdict')).toBeVisible({ timeout: 15_000 });
  await page.getByTestId('open-settings').click();
  await expect(page.getByTestId('settings')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'settings');
  // Forcing a theme overrides the system's light mode.
  await page.getByLabel('Theme').selectOption('dark');
  await expect.poll(() => page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(22, 24, 28)');
  await page.getByLabel('Theme').selectOption('system');
  await expect.poll(() => page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(246, 245, 242)');
  await page.getByTestId('ui-language').selectOption('nl');
  await expect(page.getByRole('heading', { name: 'Instellingen' })).toBeVisible();
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: join(SCREENSHOTS, 'settings-dark.png') });
  await expectNoSeriousA11yViolations(page, 'settings, dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await page.getByLabel('Spreektempo').fill('100');
  await page.getByLabel('Spreektempo').blur();
  await page.getByRole('button', { name: 'Klaar' }).click();
  await expect(page.getByTestId('talk-meta')).toContainText('115 woorden/min'); // the talk sets wpm: 115 itself
  await expect(page.getByRole('tab', { name: 'Planning en tijd' })).toBeVisible();
  await page.getByRole('tab', { name: 'Coaching' }).click();
  await expect(page.getByRole('heading', { name: 'Checklist CX-verhaal' })).toBeVisible();
  await expect(page.getByTestId('story-summary')).toContainText('De versie van 10 minuten');
  await page.screenshot({ path: join(SCREENSHOTS, 'coaching-dutch-interface.png'), fullPage: true });
  await expectNoSeriousA11yViolations(page, 'Dutch interface');

  // File errors come in the interface language too.
  const binary = join(mkdtempSync(join(tmpdir(), 'sticky-nl-')), 'dia.md');
  writeFileSync(binary, Buffer.from([0x50, 0x4b, 0x00, 0x01]));
  sticky.pickNext(binary);
  await page.getByRole('button', { name: 'Talk openen…' }).click();
  await expect(page.getByRole('alert')).toContainText('"dia.md" bevat binaire gegevens en is dus geen Markdown-talk.');

  // A talk without wpm in its front matter takes the default rate from the settings.
  const dir = mkdtempSync(join(tmpdir(), 'sticky-rate-'));
  const plain = join(dir, 'plain.md');
  writeFileSync(plain, readFileSync(EN, 'utf8').replace('wpm: 120\n', ''));
  await sticky.talks.open(plain);
  await expect(page.getByTestId('talk-meta')).toContainText('100 woorden/min');
});
