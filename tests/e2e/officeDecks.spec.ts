import { mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parseTalk } from '../../src/main/engine/talk/parseTalk';
import { planVariant } from '../../src/main/engine/timing/plan';
import { readTalkFile } from '../../src/main/services/talkFiles';
import { makePptx, type TestSlide } from '../support/pptx';
import { expectNoSeriousA11yViolations } from './a11y';
import { expect, ROOT, SCREENSHOTS, test } from './harness';
import { rehearseSlides } from './rehearseSlides';

const DECK: TestSlide[] = [
  {
    title: 'The night we lost Maria',
    shown: ['12 years', '4 calls'],
    notes: [
      'At midnight the phone rang. Maria, our oldest customer, told me she was leaving after twelve years.',
      'She had called us four times about the same invoice, and nobody called her back.',
    ],
    section: 'Story',
  },
  {
    title: 'Churn by region',
    shown: ['North 14%', 'South 9%'],
    notes: ['Only if the board asks: the north lost most, because its invoices were late.'],
    hidden: true,
    section: 'Story',
  },
  {
    title: 'What it costs us',
    shown: ['Every point of churn: two million euros'],
    notes: ['Every point of churn costs us two million euros a year. We lost four points last year.'],
    section: 'Why now',
  },
  { title: 'What I ask of you', shown: ['Call five customers who left'], section: 'Ask' },
];

test('a PowerPoint deck opens with its slides as sections, is coached on its notes, rehearsed slide by slide, and reloads when saved', async ({
  sticky,
}) => {
  const dir = mkdtempSync(join(tmpdir(), 'sticky-pptx-'));
  const path = join(dir, 'board-deck.pptx');
  writeFileSync(path, await makePptx(DECK));
  const talk = parseTalk((await readTalkFile(path)).text, { fileName: basename(path) });
  await sticky.start({ settings: { firstRunDone: true, lastFile: path }, clock: true });
  const { page } = sticky;
  await expect(page.getByRole('heading', { level: 1, name: 'The night we lost Maria' })).toBeVisible();
  await expect(page.getByTestId('verdict')).toBeVisible({ timeout: 15_000 });

  // The plan: one row per slide (and one per PowerPoint section above them); the hidden slide is out of the 10-minute version.
  const rows = page.getByTestId('section-table').locator('tbody tr[data-section]');
  await expect(rows).toHaveCount(4);
  await expect(page.locator('tr[data-section="what-it-costs-us"] th')).toContainText('slide 3');
  await expect(page.locator('tr.out[data-section="churn-by-region"]')).toBeVisible();
  // The opening slide is spoken from its notes (32 words), not its two shown lines (4 words).
  expect(talk.sections[0]!.words).toBe(32);
  await expect(page.locator('tr[data-section="the-night-we-lost-maria"] td').first()).toHaveText('32');
  await expect(page.getByTestId('findings')).toContainText('Slide 4 has no speaker notes');
  // Where things are, in PowerPoint's terms: slides, their parts and paragraphs, its own sections.
  await expect(page.getByTestId('deck-kind')).toHaveText('PowerPoint deck: slides are sections, speaker notes are spoken');
  await expect(page.getByTestId('findings').locator('.finding-where')).toContainText(['Slide 4, text, paragraph 1']);
  await expect(page.locator('tr[data-section="what-it-costs-us"] th .line-no')).toHaveText('slide 3');
  await expect(page.getByTestId('group-row')).toHaveText([
    'PowerPoint section: Story',
    'PowerPoint section: Why now',
    'PowerPoint section: Ask',
  ]);
  await page.screenshot({ path: join(SCREENSHOTS, 'office-pptx-plan.png'), fullPage: true });
  await page.screenshot({ path: join(ROOT, 'docs/deck-pptx.png'), fullPage: true });

  // Coaching: the notes are the section's text.
  await page.getByTestId('tab-coach').click();
  await expect(page.getByTestId('heatmap').locator('tbody tr')).toHaveCount(3); // the 10-minute version's slides
  await page.locator('tr[data-section="the-night-we-lost-maria"] .row-button').click();
  await expect(page.getByTestId('section-text')).toContainText('nobody called her back');
  await expect(page.getByTestId('detail-where')).toContainText('slide 1 · 32 words');
  // The slide's shown text, apart from the notes that are spoken.
  await expect(page.getByTestId('slide-shown')).toContainText('12 years');
  await expect(page.getByTestId('slide-shown')).toContainText('4 calls');
  await expect(page.getByTestId('slide-shown')).not.toContainText('nobody called her back');
  await page.getByTestId('section-text').locator('button.mark').first().click();
  await expect(page.getByTestId('inspector-where').first()).toHaveText('Slide 1, notes, paragraph 1');
  await page.screenshot({ path: join(SCREENSHOTS, 'office-pptx-coaching.png'), fullPage: true });
  await page.screenshot({ path: join(ROOT, 'docs/deck-pptx-slide.png'), fullPage: true });
  await expectNoSeriousA11yViolations(page, 'a slide with its shown text and notes');
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: join(SCREENSHOTS, 'office-pptx-coaching-dark.png'), fullPage: true });
  await expectNoSeriousA11yViolations(page, 'a slide with its shown text and notes, dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await page.keyboard.press('Escape');
  await page.locator('#tab-plan').click();

  // Saved as PowerPoint does: a lock file beside it, a temporary file renamed over the deck.
  await page.waitForTimeout(400); // let the file watcher settle
  writeFileSync(join(dir, '~$board-deck.pptx'), 'owner');
  const saved = join(dir, 'ppt1A2B.tmp');
  writeFileSync(saved, await makePptx([...DECK, { title: 'One more story', notes: ['Anna called us in tears.'], section: 'Ask' }]));
  renameSync(saved, path);
  await expect(page.locator('tr[data-section="one-more-story"]')).not.toHaveCount(0, { timeout: 10_000 });
  await expect(page.getByTestId('section-table').locator('tbody tr[data-section]')).toHaveCount(5, { timeout: 10_000 });
  expect(readFileSync(path).subarray(0, 2).toString('latin1')).toBe('PK'); // the deck itself is never written
  await page.screenshot({ path: join(SCREENSHOTS, 'office-pptx-reloaded.png'), fullPage: true });

  // Rehearsal, slide by slide through the 10-minute version, each prompt from the notes.
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
  const reloaded = parseTalk((await readTalkFile(path)).text, { fileName: basename(path) });
  const slides = planVariant(reloaded, 10).sections.map((timing) => reloaded.sections.find((section) => section.id === timing.id)!);
  expect(slides.map((slide) => slide.slide)).toEqual(['1', '3', '4', '5']); // slide 2 is hidden
  await rehearseSlides(page, slides, 'office-pptx-rehearsal.png');
});

test('a PowerPoint 97-2003 file says how to convert it and keeps the open talk', async ({ sticky }) => {
  await sticky.start();
  const { page } = sticky;
  const old = join(mkdtempSync(join(tmpdir(), 'sticky-ppt-')), 'old-deck.ppt');
  writeFileSync(old, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
  sticky.pickNext(old);
  await page.getByRole('button', { name: 'Open talk…' }).first().click();
  await expect(page.getByRole('alert')).toContainText('Save As > PowerPoint Presentation (.pptx)');
  await expect(page.getByRole('heading', { level: 1, name: 'Lead your leaders' })).toBeVisible();
});
