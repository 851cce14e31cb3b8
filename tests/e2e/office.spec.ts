import { mkdtempSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeDocx, type DocPart } from '../support/office';
import { expect, SCREENSHOTS, test } from './harness';

const TALK: DocPart[] = [
  { h: 1, text: 'Why our customers leave' },
  { p: 'Last winter I called a customer who had just cancelled. She told me she waited 41 minutes on hold, twice.' },
  { h: 2, text: 'Where we are now' },
  { p: 'variants: 10 30 60' },
  {
    p: 'Our churn rose from 8% to 12% in one year. Every point costs us two million euros. The customers who leave do not complain first. They simply go.',
  },
  { h: 2, text: 'What we will do' },
  { p: 'variants: 30 60' },
  { item: 'Answer every call within two minutes.' },
  { item: 'Call back every customer who cancels, the same day.' },
  { h: 2, text: 'What I ask of you' },
  { p: 'Listen to five calls this month. Then come and tell me what you heard. Start this week.' },
];

test('a Word document opens as a talk: its plan and coaching screens show its sections, and it reloads when saved', async ({ sticky }) => {
  const dir = mkdtempSync(join(tmpdir(), 'sticky-docx-'));
  const path = join(dir, 'board-talk.docx');
  writeFileSync(path, await makeDocx(TALK));
  await sticky.start({ settings: { firstRunDone: true, lastFile: path } });
  const { page } = sticky;
  await expect(page.getByRole('heading', { level: 1, name: 'Why our customers leave' })).toBeVisible();
  await expect(page.getByTestId('verdict')).toBeVisible({ timeout: 15_000 });
  // The 10-minute plan holds the sections tagged 10 in the document; "What we will do" is shown out of it.
  for (const id of ['where-we-are-now', 'what-i-ask-of-you']) await expect(page.locator(`tr[data-section="${id}"]`).first()).toBeVisible();
  await expect(page.locator('tr.out[data-section="what-we-will-do"]')).toBeVisible();
  await expect(page.locator('tr.out[data-section="where-we-are-now"]')).toHaveCount(0);
  await page.screenshot({ path: join(SCREENSHOTS, 'office-docx-plan.png'), fullPage: true });

  await page.getByTestId('tab-coach').click();
  await expect(page.getByTestId('heatmap').locator('tbody tr')).toHaveCount(3);
  await page.locator('tr[data-section="where-we-are-now"] .row-button').click();
  await expect(page.getByTestId('section-text')).toContainText('Our churn rose from 8% to 12% in one year.');
  // Where things are, in Word's terms: the heading, then the paragraph under it (the tag line is the first).
  await expect(page.getByTestId('detail-where')).toContainText("Heading 'Where we are now' · ");
  await expect(page.getByTestId('slide-shown')).toHaveCount(0);
  await page.getByTestId('section-text').locator('button.mark').first().click();
  await expect(page.getByTestId('inspector-where').first()).toHaveText("Heading 'Where we are now', paragraph 2");
  await page.screenshot({ path: join(SCREENSHOTS, 'office-docx-section.png'), fullPage: true });
  await page.keyboard.press('Escape');
  await page.screenshot({ path: join(SCREENSHOTS, 'office-docx-coaching.png'), fullPage: true });

  // Save a new version as Word does: a temporary file renamed over the document, a lock file beside it.
  await page.waitForTimeout(400); // let the file watcher settle
  writeFileSync(join(dir, '~$ard-talk.docx'), 'owner');
  const saved = join(dir, 'WRL0001.tmp');
  writeFileSync(
    saved,
    await makeDocx([...TALK, { h: 2, text: 'One more story' }, { p: 'variants: 10' }, { p: 'Anna called us in tears.' }]),
  );
  renameSync(saved, path);
  await expect(page.locator('tr[data-section="one-more-story"]')).not.toHaveCount(0, { timeout: 10_000 });
  await expect(page.getByTestId('heatmap').locator('tbody tr')).toHaveCount(4, { timeout: 10_000 });
  await page.screenshot({ path: join(SCREENSHOTS, 'office-docx-reloaded.png'), fullPage: true });
});

test('a Word 97-2003 file says how to convert it and keeps the open talk', async ({ sticky }) => {
  await sticky.start();
  const { page } = sticky;
  const old = join(mkdtempSync(join(tmpdir(), 'sticky-doc-')), 'old-talk.doc');
  writeFileSync(old, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
  sticky.pickNext(old);
  await page.getByRole('button', { name: 'Open talk…' }).first().click();
  await expect(page.getByRole('alert')).toContainText('"old-talk.doc" is a Word 97-2003 document (.doc)');
  await expect(page.getByRole('alert')).toContainText('Save As > Word Document (.docx)');
  await expect(page.getByRole('heading', { level: 1, name: 'Lead your leaders' })).toBeVisible();
  await page.screenshot({ path: join(SCREENSHOTS, 'office-old-doc-error.png') });
});
