import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, SAMPLES_DIR, test } from './harness';

/**
 * Issue 21, item 6: a sidecar whose notes cost more to place than the budget allows (long quotes
 * found nowhere, each searched for fuzzily). The window opens with the notes it placed, and the
 * rest are orphans that say they were not looked for, instead of a main process that hangs.
 */
test('notes past the placing budget are orphans that say so, and the window answers', async ({ sticky }) => {
  test.setTimeout(60_000);
  const folder = mkdtempSync(join(tmpdir(), 'sticky-e2e-hostile-notes-'));
  const path = join(folder, 'talk.md');
  copyFileSync(join(SAMPLES_DIR, 'lead-your-leaders.md'), path);
  const length = readFileSync(path, 'utf8').length;
  // 2,000 characters (the longest quote searched fuzzily) that appear nowhere in the sample.
  const quote = (index: number) => `${index} `.padEnd(2000, 'zqxj ');
  const notes = Array.from({ length: 300 }, (_, index) => ({
    id: `n${index}`,
    author: 'Coach',
    tag: 'general',
    created: '2026-01-01T00:00:00.000Z',
    edited: null,
    resolved: null,
    text: `Note ${index}`,
    anchor: {
      sectionId: 'x',
      sectionTitle: 'Gone',
      exact: quote(index),
      prefix: '',
      suffix: '',
      start: index % length,
      end: (index % length) + 2000,
    },
    replies: [],
    conflicts: [],
  }));
  writeFileSync(
    join(folder, 'talk.sticky.json'),
    JSON.stringify({ format: 'sticky-notes', version: 1, talk: 'talk.md', authors: ['Coach'], notes, dismissals: [] }),
  );
  await sticky.start({ settings: { firstRunDone: true, lastFile: path, author: 'Coach' } });
  const { page } = sticky;
  await page.getByTestId('tab-notes').click({ timeout: 15_000 });
  const orphans = page.getByTestId('orphans');
  await expect(orphans).toContainText('Notes whose words are gone (300)', { timeout: 15_000 });
  await expect(orphans.getByTestId('orphans-unplaced')).toContainText(/^\d+ of them were not looked for/);
  // The window still answers: another tab opens at once.
  await page.getByTestId('tab-plan').click();
  await expect(page.getByTestId('tab-plan')).toHaveAttribute('aria-selected', 'true');
});
