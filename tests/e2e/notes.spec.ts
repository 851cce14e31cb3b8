import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './a11y';
import { expect, SAMPLES_DIR, SCREENSHOTS, test, type StickyHarness } from './harness';

const EN = join(SAMPLES_DIR, 'lead-your-leaders.md');
const NL = join(SAMPLES_DIR, 'de-klant-aan-tafel.nl.md');
const XSS = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>';

/** A copy of a sample in a fresh folder: the notes are written beside it, never beside the sample. */
function copyOf(sample: string): { folder: string; path: string } {
  const folder = mkdtempSync(join(tmpdir(), 'sticky-e2e-notes-'));
  const path = join(folder, 'talk.md');
  copyFileSync(sample, path);
  return { folder, path };
}

/** Selects `words` in the section text as a reader would with the mouse (they may span highlights). */
async function selectWords(page: Page, words: string): Promise<void> {
  await page.getByTestId('section-text').evaluate((box, wanted) => {
    const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    while (walker.nextNode()) nodes.push(walker.currentNode as Text);
    const all = nodes.map((node) => node.data).join('');
    const at = all.indexOf(wanted);
    if (at < 0) throw new Error(`"${wanted}" is not shown`);
    const place = (offset: number): [Text, number] => {
      for (const node of nodes) {
        if (offset <= node.data.length) return [node, offset];
        offset -= node.data.length;
      }
      throw new Error('past the end');
    };
    const range = document.createRange();
    range.setStart(...place(at));
    range.setEnd(...place(at + wanted.length));
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
  }, words);
}

/** Selects `words` by dragging the mouse over them, as a reader does (across the highlights in them). */
async function dragOverWords(page: Page, words: string): Promise<void> {
  await selectWords(page, words);
  const box = await page.evaluate(() => {
    const range = document.getSelection()!.getRangeAt(0);
    const rects = range.getClientRects();
    const first = rects[0]!;
    const last = rects[rects.length - 1]!;
    document.getSelection()!.removeAllRanges();
    return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
  });
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move(box.x2, box.y2, { steps: 8 });
  await page.mouse.up();
}

async function addNote(page: Page, words: string, tag: string, text: string, select = selectWords): Promise<void> {
  await select(page, words);
  await expect(page.getByTestId('add-note')).toBeEnabled();
  await page.getByTestId('section-text').press('n');
  const composer = page.getByTestId('note-composer');
  await expect(composer).toBeVisible();
  await composer.getByRole('combobox').selectOption({ label: tag });
  await composer.getByRole('textbox').fill(text);
  await composer.getByRole('button', { name: /Save|Bewaren/ }).click();
  await expect(composer).toBeHidden();
}

/** Opens the coaching view and steps (j) to the section with this title. */
async function openSection(sticky: StickyHarness, title: string): Promise<void> {
  await sticky.page.getByTestId('tab-coach').click({ timeout: 15_000 });
  await expect(sticky.page.getByTestId('heatmap')).toBeVisible();
  // The sample's sections are few; stepping through them all is at most a dozen key presses.
  for (let step = 0; step < 12; step++) {
    await sticky.page.keyboard.press('j');
    if ((await sticky.page.locator('#detail-title').textContent()) === title) break;
  }
  await expect(sticky.page.locator('#detail-title')).toHaveText(title);
  await expect(sticky.page.getByTestId('section-text')).not.toHaveAttribute('aria-busy', 'true');
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}-light.png`), fullPage: true });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}-dark.png`), fullPage: true });
  await expectNoSeriousA11yViolations(page, `${name}, dark`);
  await page.emulateMedia({ colorScheme: 'light' });
}

/** Exports the report as HTML through the panel (the save dialog answers `path`) and opens it in Chromium. */
async function exportAndOpen(sticky: StickyHarness, path: string, saved: string): Promise<Page> {
  sticky.pickNext(path);
  await sticky.page.getByTestId('export-report').click();
  await expect(sticky.page.getByText(`${saved}: ${path}`)).toBeVisible();
  const reportPage = await sticky.page.context().newPage();
  await reportPage.goto(pathToFileURL(path).href);
  return reportPage;
}

/** Screenshots of the report as printed on screen, light and dark, then closes it. */
async function shootReport(reportPage: Page, name: string): Promise<void> {
  await reportPage.screenshot({ path: join(SCREENSHOTS, `${name}-light.png`), fullPage: true });
  const background = () => reportPage.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(await background()).toBe('rgb(255, 255, 255)');
  await reportPage.emulateMedia({ colorScheme: 'dark' });
  expect(await background()).toBe('rgb(23, 23, 26)');
  await reportPage.screenshot({ path: join(SCREENSHOTS, `${name}-dark.png`), fullPage: true });
  // On paper the report stays light, whatever the screen's scheme.
  await reportPage.emulateMedia({ media: 'print', colorScheme: 'dark' });
  expect(await background()).toBe('rgb(255, 255, 255)');
  await reportPage.close();
}

/** Compares the open talk with `older` through the panel's "Compare with…". */
async function compareWith(sticky: StickyHarness, older: string, title: string): Promise<void> {
  sticky.pickNext(older);
  await sticky.page.getByTestId('compare-with').click();
  await expect(sticky.page.getByTestId('compare-view')).toContainText(title);
}

/** Starts Sticky on a copy of a sample, signed in Settings as `author`, showing one section. */
async function startOnCopy(sticky: StickyHarness, sample: string, author: string, uiLanguage: 'en' | 'nl', section: string) {
  const { folder, path } = copyOf(sample);
  const original = readFileSync(path, 'utf8');
  await sticky.start({ settings: { firstRunDone: true, lastFile: path, author, uiLanguage } });
  await openSection(sticky, section);
  return { folder, path, original, page: sticky.page };
}

/** Dismisses the sample's "2013" finding from the inspector, with a reason. */
async function dismissYear(page: Page): Promise<void> {
  await page
    .getByTestId('section-text')
    .getByRole('button', { name: /^2013:/ })
    .focus();
  await page.getByTestId('inspector').getByRole('button', { name: 'Dismiss…' }).click();
  await page.getByTestId('dismiss-form').getByRole('textbox').fill('The year is in the client brief.');
  await page.getByTestId('dismiss-form').getByRole('button', { name: 'Dismiss' }).click();
}

test("the coach's loop: annotate, reply, resolve, dismiss, follow an edit, compare, export", async ({ sticky }) => {
  // A long flow of many screens (axe runs on several): more than the default 30 s on a busy machine.
  test.setTimeout(90_000);
  const { folder, path, original, page } = await startOnCopy(sticky, EN, 'Coach Kim', 'en', "The Valentine's email");

  // Annotate: select words, press n, tag and text; the note sits beside the text on marked words.
  // Dragged with the mouse, ending on highlighted words (buttons) inside the selection.
  await addNote(page, "a week before Valentine's Day", 'Emotional', 'Start with Margaret, not the campaign.', dragOverWords);
  const margin = page.getByTestId('notes-margin');
  await expect(margin.getByTestId('note-text')).toHaveText('Start with Margaret, not the campaign.');
  // The marked words run across the highlights inside them.
  await expect(page.getByTestId('note-mark').first()).toBeVisible();
  expect((await page.getByTestId('note-mark').allTextContents()).join('')).toBe("a week before Valentine's Day");
  // A note that is markup stays text: nothing runs, no element is made.
  await addNote(page, 'For the first time, the campaign had a face.', 'General', XSS);
  await expect(margin.getByTestId('note-text').filter({ hasText: '<img' })).toHaveText(XSS);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  await expect(margin.locator('img')).toHaveCount(0);

  // Reply and resolve.
  const first = margin.getByTestId('note').first();
  await first.getByRole('button', { name: 'Reply' }).click();
  await first.getByRole('textbox').fill('Agreed, moving her to the first line.');
  await first.getByRole('button', { name: 'Send' }).click();
  await expect(first.getByTestId('note-reply')).toContainText('Coach Kim Agreed, moving her');
  // Edit one's own reply, and change one's own note's tag and text.
  await first.getByRole('button', { name: 'Edit your reply' }).click();
  await first.getByRole('textbox', { name: 'Your reply' }).fill('Agreed, she opens the talk now.');
  await first.getByRole('button', { name: 'Save' }).click();
  await expect(first.getByTestId('note-reply')).toContainText('Coach Kim Agreed, she opens the talk now. (edited)');
  await first.getByRole('button', { name: 'Edit', exact: true }).click();
  await first.getByTestId('note-edit').getByRole('combobox', { name: 'About' }).selectOption({ label: 'Stories' });
  await first.getByRole('textbox', { name: 'Edit your note' }).fill('Start with Margaret.');
  await first.getByRole('button', { name: 'Save' }).click();
  await expect(first.getByTestId('note-text')).toHaveText('Start with Margaret.');
  await expect(first.getByRole('button', { name: 'Stories' })).toBeVisible();
  await first.getByRole('button', { name: 'Resolve' }).click();
  await expect(first.getByTestId('note-resolved')).toHaveText('Resolved by Coach Kim');
  // ] and [ step through the notes, their words marked in turn.
  const focusedNote = margin.locator('[data-note-id].focused');
  await page.keyboard.press(']');
  await expect(focusedNote).toContainText('Start with Margaret');
  await page.keyboard.press(']');
  await expect(focusedNote).toContainText('<img');
  expect((await page.locator('mark.note-mark.focused').allTextContents()).join('')).toBe('For the first time, the campaign had a face.');
  await page.keyboard.press('[');
  await expect(focusedNote).toContainText('Start with Margaret');
  await expectNoSeriousA11yViolations(page, 'section with notes');
  await shoot(page, 'notes-section-en');

  // Dismiss a finding with a reason: it leaves the evidence, the score says it was adjusted and by whom.
  await dismissYear(page);
  await expect(page.getByTestId('score-adjusted')).toContainText('dismissed by Coach Kim');
  await expect(page.getByTestId('talk-adjusted')).toHaveText('Scores adjusted: 1 dismissed by Coach Kim.');
  await expect(page.getByTestId('section-text').getByRole('button', { name: /^2013:/ })).toHaveCount(0);
  await expect(page.getByTestId('dismissed-list')).toContainText('The year is in the client brief.');
  const sidecar = JSON.parse(readFileSync(join(folder, 'talk.sticky.json'), 'utf8'));
  expect(sidecar.dismissals[0]).toMatchObject({ author: 'Coach Kim', reason: 'The year is in the client brief.' });
  expect(readFileSync(path, 'utf8')).toBe(original);

  // Undo is one click; dismiss again for the report.
  await page.getByTestId('dismissed-list').getByRole('button', { name: /Undo/ }).click();
  await expect(page.getByTestId('section-text').getByRole('button', { name: /^2013:/ })).toBeVisible();
  await dismissYear(page);
  await expect(page.getByTestId('score-adjusted')).toBeVisible();

  // The coach's panel: both notes, filters, the dismissed finding.
  await page.getByTestId('tab-notes').click();
  const panel = page.getByTestId('coach-panel');
  await expect(panel.getByTestId('note')).toHaveCount(2);
  await panel.getByRole('combobox', { name: 'Status' }).selectOption('open');
  await expect(panel.getByTestId('note')).toHaveCount(1);
  await panel.getByRole('combobox', { name: 'Status' }).selectOption('all');
  await expect(panel.getByTestId('dismissed-list')).toContainText('2013');
  await expectNoSeriousA11yViolations(page, "coach's panel");
  await shoot(page, 'notes-panel-en');

  // The talk changes on disk: the first note follows its words, the second loses them (an orphan).
  writeFileSync(
    path,
    original
      .replace('I was afraid to tell my boss.', 'I was scared to tell my boss.')
      .replace(/ The room\nwent quiet\. For the first time, the campaign had a face\./, ''),
  );
  await expect(panel.getByTestId('orphans')).toContainText('Notes whose words are gone (1)', { timeout: 15_000 });
  await expect(panel.getByTestId('orphans')).toContainText("Was in “The Valentine's email”");
  await expect(panel.getByTestId('note')).toHaveCount(2);

  // Re-attach the orphan: show a note's words in the text, select new words, attach it from the panel.
  await panel.getByRole('button', { name: "“a week before Valentine's Day”" }).click();
  await expect(page.locator('#detail-title')).toHaveText("The Valentine's email");
  await expect(page.getByTestId('notes-margin').locator('[data-note-id]').first()).toHaveClass(/focused/);
  await expect(page.getByTestId('note-mark').first()).toHaveClass(/focused/);
  await selectWords(page, 'I was even more afraid that nobody would care.');
  await page.getByTestId('tab-notes').click();
  await panel.getByTestId('orphans').getByRole('button', { name: 'Attach to the selected words' }).click();
  await expect(panel.getByTestId('orphans')).toHaveCount(0);
  await expect(panel.getByTestId('note').filter({ hasText: '<img' })).toContainText('“I was even more afraid that nobody would care.”');
  // Orphaned again for the screenshots and the report: the words go, in the next draft.
  writeFileSync(path, readFileSync(path, 'utf8').replace(' I was even more afraid that nobody would care.', ''));
  await expect(panel.getByTestId('orphans')).toContainText('Notes whose words are gone (1)', { timeout: 15_000 });

  // Compare with the draft as it was.
  const older = join(folder, 'older.md');
  writeFileSync(older, original);
  await compareWith(sticky, older, 'older.md → talk.md');
  const compare = page.getByTestId('compare-view');
  await expect(compare.getByTestId('compare-section').first()).toContainText("The Valentine's email");
  await expect(compare.getByTestId('compare-variant')).toHaveCount(3);
  await expectNoSeriousA11yViolations(page, 'compare view');
  await compare.scrollIntoViewIfNeeded();
  await shoot(page, 'notes-compare-en');

  // Export the report as HTML, open it in Chromium, and read it.
  const reportPage = await exportAndOpen(sticky, join(folder, 'talk-report.html'), 'Report saved');
  await expect(reportPage.locator('body')).toContainText('Start with Margaret.');
  await expect(reportPage.locator('body')).toContainText('The year is in the client brief.');
  await expect(reportPage.locator('body')).toContainText(XSS);
  expect(await reportPage.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  await shootReport(reportPage, 'notes-report-en');
  expect(readFileSync(path, 'utf8')).not.toBe(original); // our own edit above, not Sticky's
  expect(existsSync(join(folder, 'talk.sticky.json'))).toBe(true);
});

test("Dutch: the coach's panel, the comparison and the report in Dutch", async ({ sticky }) => {
  const { folder, original, page } = await startOnCopy(sticky, NL, 'Coach Anouk', 'nl', 'De brief van mevrouw Bakker');
  await addNote(page, 'Handgeschreven, drie kantjes.', 'Concreet', 'Laat de brief zien: lees één zin voor.', dragOverWords);
  await expect(page.getByTestId('notes-margin').getByTestId('note')).toContainText('Handgeschreven, drie kantjes');
  await expect(page.getByTestId('notes-margin')).toContainText('Laat de brief zien');
  await page.getByTestId('tab-notes').click();
  const panel = page.getByTestId('coach-panel');
  await expect(panel.getByTestId('note')).toHaveCount(1);
  await expectNoSeriousA11yViolations(page, 'Dutch panel');
  await shoot(page, 'notes-panel-nl');

  const older = join(folder, 'vorige.md');
  writeFileSync(older, original.replace('Handgeschreven, drie kantjes.', 'Een lange brief.'));
  await compareWith(sticky, older, 'vorige.md → talk.md');
  await shoot(page, 'notes-compare-nl');

  const reportPage = await exportAndOpen(sticky, join(folder, 'rapport.html'), 'Rapport bewaard');
  await expect(reportPage.locator('body')).toContainText('Laat de brief zien: lees één zin voor.');
  await shootReport(reportPage, 'notes-report-nl');
});

const TURNED_CORRUPT = [
  { lang: 'en', sample: EN, section: "The Valentine's email", words: "a week before Valentine's Day", refused: /Nothing was saved/ },
  {
    lang: 'nl',
    sample: NL,
    section: 'De brief van mevrouw Bakker',
    words: 'Handgeschreven, drie kantjes.',
    refused: /Er is niets bewaard/,
  },
] as const;

for (const { lang, sample, section, words, refused } of TURNED_CORRUPT)
  test(`${lang}: a note saved after its notes file turned corrupt stays in the open form, and the window says nothing was saved`, async ({
    sticky,
  }) => {
    const { folder, page } = await startOnCopy(sticky, sample, 'Coach Kim', lang, section);
    await selectWords(page, words);
    await page.getByTestId('section-text').press('n');
    const composer = page.getByTestId('note-composer');
    await composer.getByRole('textbox').fill('A thought worth keeping.');
    // Meanwhile a sync tool (or a bad merge) leaves the notes file cut off.
    const sidecar = join(folder, 'talk.sticky.json');
    writeFileSync(sidecar, '{ "format": "sticky-notes", "cut off');
    await composer.getByRole('button', { name: /Save|Bewaren/ }).click();
    await expect(page.getByText(refused)).toBeVisible();
    await expect(composer).toBeVisible();
    await expect(composer.getByRole('textbox')).toHaveValue('A thought worth keeping.');
    await expect(page.getByTestId('notes-margin').getByRole('alert')).toBeVisible(); // why, in the panel
    expect(readFileSync(sidecar, 'utf8')).toBe('{ "format": "sticky-notes", "cut off');
  });

const NOT_A_FILE = [
  { name: 'a named pipe', make: (path: string) => execFileSync('mkfifo', [path]), what: 'is a named pipe' },
  { name: 'a link to /dev/zero', make: (path: string) => symlinkSync('/dev/zero', path), what: 'is a device' },
] as const;

for (const { name, make, what } of NOT_A_FILE)
  test(`a notes file that is ${name}: the talk opens, the window stays responsive, and the panel says what it is`, async ({ sticky }) => {
    const { folder, path } = copyOf(EN);
    make(join(folder, 'talk.sticky.json'));
    await sticky.start({ settings: { firstRunDone: true, lastFile: path, author: 'Coach Kim', uiLanguage: 'en' } });
    await openSection(sticky, "The Valentine's email");
    await expect(sticky.page.getByTestId('notes-margin').getByRole('alert')).toContainText(what);
    await expect(sticky.page.getByTestId('add-note')).toHaveCount(0); // read-only: nothing offers to write there
  });

// Issue 22: a note whose words changed says so, with the words it was written on and the words there now.
const WORDS_CHANGED = [
  {
    lang: 'en',
    sample: EN,
    section: "The Valentine's email",
    words: 'I was afraid to tell my boss.',
    now: 'I was scared to tell my boss.',
    tag: 'General',
    shown: 'Words changed: “I was afraid to tell my boss.” is now “I was scared to tell my boss.”',
  },
  {
    lang: 'nl',
    sample: NL,
    section: 'De brief van mevrouw Bakker',
    words: 'Onze systemen waren in orde.',
    now: 'Onze systemen waren wel in orde.',
    tag: 'Algemeen',
    shown: 'Woorden veranderd: “Onze systemen waren in orde.” is nu “Onze systemen waren wel in orde.”',
  },
] as const;

for (const { lang, sample, section, words, now, tag, shown } of WORDS_CHANGED) {
  test(`${lang}: a note whose words changed shows the old and the new words`, async ({ sticky }) => {
    const { path, original, page } = await startOnCopy(sticky, sample, 'Coach Kim', lang, section);
    await addNote(page, words, tag, 'Say it plainly.');
    const margin = page.getByTestId('notes-margin');
    await expect(margin.getByTestId('note-words-changed')).toHaveCount(0);
    writeFileSync(path, original.replace(words, now));
    await expect(margin.getByTestId('note-words-changed')).toHaveText(shown, { timeout: 15_000 });
  });
}
