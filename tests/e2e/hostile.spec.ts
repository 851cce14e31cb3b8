import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pastedDocument } from '../support/pasted';
import { expect, test } from './harness';

test('a hostile file: the window answers a key press and the main side answers calls while it is analysed', async ({ sticky }) => {
  test.setTimeout(90_000);
  await sticky.start();
  const { page, talks } = sticky;
  await expect(page.getByTestId('verdict')).toBeVisible({ timeout: 15_000 });
  const file = join(mkdtempSync(join(tmpdir(), 'sticky-hostile-')), 'pasted.md');
  writeFileSync(file, pastedDocument(1024 * 1024));
  sticky.pickNext(file);
  await page.getByRole('button', { name: 'Open talk…' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'pasted' })).toBeVisible({ timeout: 15_000 });

  // The talk is open and still being scored: a key press is answered, and so is a call to the main side.
  expect(talks.current?.analysis).toBeNull();
  await page.getByTestId('variant-30').click();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: /60 minutes/ })).toHaveAttribute('aria-checked', 'true');
  const state = await page.evaluate(() =>
    (window as unknown as { sticky: { getState(): Promise<{ current: { path: string } | null }> } }).sticky.getState(),
  );
  expect(state.current?.path).toBe(file);
  expect(talks.current?.analysis).toBeNull();

  // Then the scores arrive, with the finding that says how much was analysed.
  await expect(page.getByTestId('verdict')).toBeVisible({ timeout: 60_000 });
  const findings = talks.current?.analysis?.sections.flatMap((section) => talks.evidence(section.id)?.findings ?? []) ?? [];
  expect(findings.map((finding) => finding.ruleId)).toContain('analysis-budget');
});
