import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// The stress script's builders (typed in office.d.mts beside it), so the app meets the same files.
import { docx as makeDocx, pptx as makePptx } from '../../scripts/stress-cases/office.mjs';
import { expect, SCREENSHOTS, test } from './harness';

const range = (count: number): number[] => Array.from({ length: count }, (_, index) => index + 1);

/** Writes a file in a folder of its own and returns its path. */
function hostile(name: string, content: string | Buffer): string {
  const path = join(mkdtempSync(join(tmpdir(), 'sticky-hostile-')), name);
  writeFileSync(path, content);
  return path;
}

// The worst of issue 21, opened as a user would, with the engine (and Office conversion) in its
// worker thread as in the app: the window keeps answering, each file is answered with words, and
// the talk that was open stays open when a file is refused.
const CASES: { name: string; make: () => string; answer: RegExp | 'opens' }[] = [
  {
    name: 'a 71 KB Word file of 8 million empty paragraphs',
    make: () => hostile('empty-paragraphs.docx', makeDocx('<w:p/>'.repeat(8_000_000))),
    answer: /far more XML elements than any document or deck/,
  },
  {
    name: 'a deck listing one 2 MB slide 5,000 times',
    make: () =>
      hostile(
        'one-slide.pptx',
        makePptx({
          listed: range(5000).map(() => 1),
          slides: { 1: `<p:sld><p:cSld><p:spTree>${'<a:p/>'.repeat(200_000)}</p:spTree></p:cSld></p:sld>` },
        }),
      ),
    answer: /more than 1,000 slides/,
  },
  {
    name: 'pasted HTML of 120,000 unclosed comments',
    make: () => hostile('pasted.md', `## Pasted\n\n${'<!-- x '.repeat(120_000)}`),
    answer: 'opens',
  },
];

for (const { name, make, answer } of CASES) {
  test(`${name}: the window answers throughout, and says what happened`, async ({ sticky }) => {
    test.setTimeout(90_000);
    await sticky.start({ workerEngine: true });
    const { page } = sticky;
    await expect(page.getByRole('heading', { level: 1, name: 'Lead your leaders' })).toBeVisible({ timeout: 15_000 });
    sticky.pickNext(make());
    await page.getByRole('button', { name: 'Open talk…' }).first().click();
    // While the file is read, a key press is answered in the window and a call by the main side.
    await page.getByTestId('variant-30').click();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('radio', { name: /60 minutes/ })).toHaveAttribute('aria-checked', 'true');
    const state = await page.evaluate(() =>
      (window as unknown as { sticky: { getState(): Promise<{ current: unknown }> } }).sticky.getState().then(() => 'answered'),
    );
    expect(state).toBe('answered');
    if (answer === 'opens') {
      await expect(page.getByRole('heading', { level: 1, name: 'pasted' })).toBeVisible({ timeout: 30_000 });
    } else {
      await expect(page.getByRole('alert')).toContainText(answer, { timeout: 30_000 });
      await expect(page.getByRole('heading', { level: 1, name: 'Lead your leaders' })).toBeVisible();
    }
    await page.screenshot({ path: join(SCREENSHOTS, `hostile-${name.split(' ').slice(0, 4).join('-')}.png`) });
  });
}
