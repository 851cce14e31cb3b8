import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { analyseTalk } from '../../src/main/engine/analyse';
import { planVariant } from '../../src/main/engine/timing/plan';
import { expect, SCREENSHOTS, test, type StickyHarness } from './harness';
import { rehearseSlides, SECONDS_PER_SLIDE } from './rehearseSlides';

const DECKS = resolve(__dirname, '../fixtures/decks');

/** Opens a copy of a deck fixture as the talk a returning user had open, and waits for its scores. */
async function openDeck(sticky: StickyHarness, name: string, clock = false): Promise<ReturnType<typeof analyseTalk>> {
  const path = join(mkdtempSync(join(tmpdir(), 'sticky-deck-')), name);
  copyFileSync(join(DECKS, name), path);
  await sticky.start({ settings: { firstRunDone: true, lastFile: path }, clock });
  await expect(sticky.page.getByTestId('verdict')).toBeVisible({ timeout: 15_000 });
  return analyseTalk(readFileSync(path, 'utf8'));
}

test('a Slidev deck: slides are sections, scored on their speaker notes', async ({ sticky }) => {
  const { talk, analysis } = await openDeck(sticky, 'slidev.md');
  const { page } = sticky;
  await expect(page.getByRole('heading', { level: 1, name: 'The night we lost four hundred customers' })).toBeVisible();
  await expect(page.getByTestId('deck-kind')).toHaveText('Slidev deck: slides are sections, speaker notes are spoken');
  const rows = page.getByTestId('section-table').locator('tbody tr');
  await expect(rows).toHaveCount(5);
  await expect(page.locator('tr[data-section="what-the-data-says"] th')).toContainText('What the data says');
  await expect(page.locator('tr[data-section="what-the-data-says"] th')).toContainText('slide 2 · line 17');
  // The scores on screen are the engine's, and the engine scores the notes: the opening slide's
  // story ("Anna", the quote) is only in its notes.
  const opening = analysis.sections.find((section) => section.id === talk.sections[0]!.id)!;
  expect(opening.scores.stories).toBeGreaterThan(50);
  await expect(page.locator(`tr[data-section="${opening.id}"] td.score`).last()).toHaveText(String(opening.scores.stories));
  await page.screenshot({ path: join(SCREENSHOTS, 'deck-slidev-plan.png'), fullPage: true });

  await page.getByTestId('tab-coach').click();
  await expect(page.getByTestId('heatmap')).toBeVisible();
  await page.getByTestId('heatmap').locator(`tr[data-section="${opening.id}"] button.row-button`).click();
  await expect(page.getByTestId('section-text')).toContainText('You sent them roses');
  await expect(page.getByTestId('section-text').locator('button.mark').first()).toBeVisible();
  // Where a highlight is: the slide, its notes and their line, and the file's own line.
  await page.getByTestId('section-text').locator('button.mark').first().click();
  await expect(page.getByTestId('inspector-where').first()).toHaveText('Slide 1, notes, line 1 · file line 13');
  await expect(page.getByTestId('detail-where')).toContainText('slide 1 · line');
  await expect(page.getByTestId('slide-shown')).toContainText('Customer experience, told from the inside');
  await expect(page.getByTestId('slide-shown')).not.toContainText('You sent them roses');
  await page.screenshot({ path: join(SCREENSHOTS, 'deck-slidev-notes.png'), fullPage: true });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: join(SCREENSHOTS, 'deck-slidev-notes-dark.png'), fullPage: true });
  await page.emulateMedia({ colorScheme: 'light' });
  // A slide without notes is spoken from its own text, shown once, and says so.
  await page.getByTestId('heatmap').locator('tr[data-section="three-things-you-can-do-on-monday"] button.row-button').click();
  await expect(page.getByTestId('no-notes')).toBeVisible();
  await expect(page.getByTestId('slide-shown')).toHaveCount(0);
  await expect(page.getByTestId('section-text')).toContainText('Call one customer who left.');
});

test('a Marp deck: directives are not notes; a slide without notes is spoken from its text', async ({ sticky }) => {
  const { analysis } = await openDeck(sticky, 'marp.md');
  const { page } = sticky;
  await expect(page.getByRole('heading', { level: 1, name: 'Lead your leaders' })).toBeVisible();
  await expect(page.getByTestId('deck-kind')).toContainText('Marp deck');
  await expect(page.getByTestId('section-table').locator('tbody tr')).toHaveCount(3);
  const seven = page.locator('tr[data-section="seven-calls"]');
  await expect(seven.locator('th')).toContainText('slide 2');
  await expect(seven.locator('td').first()).toHaveText('24'); // the two note comments, not the slide's bullets
  await expect(seven.locator('td.score').first()).toHaveText(
    String(analysis.sections.find((section) => section.id === 'seven-calls')!.scores.simple),
  );
  await expect(page.getByTestId('findings')).toContainText('Slide 3 has no speaker notes');
  await page.screenshot({ path: join(SCREENSHOTS, 'deck-marp-plan.png'), fullPage: true });
});

test('rehearsing a deck moves slide by slide, with the notes as the prompt', async ({ sticky }) => {
  const { talk } = await openDeck(sticky, 'slidev.md', true);
  const { page } = sticky;
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
  const plan = planVariant(talk, 10);
  const slides = plan.sections.map((timing) => talk.sections.find((section) => section.id === timing.id)!);
  expect(slides.map((slide) => slide.slide)).toEqual(['1', '3', '4', '5']); // slide 2 is in the 30 and 60 only
  await rehearseSlides(page, slides, 'deck-rehearsal.png');
  await expect(page.getByTestId('elapsed')).toHaveText(`1:${String(SECONDS_PER_SLIDE * slides.length - 60).padStart(2, '0')}`);
  // The report lists slides, each with its own number.
  await page.keyboard.press('Escape');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('report-table').locator('thead th').first()).toHaveText('Slide');
  await expect(page.getByTestId('report-table').locator('tbody tr[data-section="thank-you"] th')).toContainText('slide 5');
});

test('in Dutch, a deck is rehearsed per dia and its places say dia, notities, regel', async ({ sticky }) => {
  const path = join(mkdtempSync(join(tmpdir(), 'sticky-deck-')), 'slidev.md');
  copyFileSync(join(DECKS, 'slidev.md'), path);
  await sticky.start({ settings: { firstRunDone: true, lastFile: path, uiLanguage: 'nl' }, clock: true });
  const { page } = sticky;
  await expect(page.getByTestId('verdict')).toBeVisible({ timeout: 15_000 });
  await page.getByTestId('tab-coach').click();
  await page.getByTestId('heatmap').locator('tr[data-section="the-night-we-lost-four-hundred-customers"] button.row-button').click();
  await page.getByTestId('section-text').locator('button.mark').first().click();
  await expect(page.getByTestId('inspector-where').first()).toHaveText('Dia 1, notities, regel 1 · bestandsregel 13');
  await expect(page.getByTestId('slide-shown')).toContainText('Op de dia');
  await page.keyboard.press('Escape');
  await page.locator('#tab-plan').click();
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
  await page.getByTestId('rehearse').click();
  await expect(page.getByTestId('rehearsal')).toContainText("4 dia's");
  await page.keyboard.press('Space');
  await expect(page.getByTestId('section-count')).toHaveText('Dia 1 · 1 van 4');
  await page.screenshot({ path: join(SCREENSHOTS, 'deck-rehearsal-nl.png') });
});
