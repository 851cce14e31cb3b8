import { join } from 'node:path';
import { expect, SAMPLES_DIR, test } from './harness';

// The narrow window (one column), the tests' usual one and a large one (the text beside its notes
// and radar, the explanation right under the text).
for (const size of [
  { width: 1280, height: 860 },
  { width: 1024, height: 640 },
  { width: 1440, height: 900 },
]) {
  test(`a word's explanation shows in view, in words, at ${size.width}x${size.height}`, async ({ sticky }) => {
    const { page } = sticky;
    await page.setViewportSize(size);
    await sticky.start({ settings: { firstRunDone: true } });
    await sticky.talks.open(join(SAMPLES_DIR, 'lead-your-leaders.md'));
    await page.getByTestId('tab-coach').click({ timeout: 15_000 });
    // j from the summary opens the first section; the opened section is scrolled into view.
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await expect(page.locator('#detail-title')).toHaveText("The Valentine's email");
    await expect(page.locator('#detail-title')).toBeInViewport();
    // The last highlighted word of a long section: the inspector is in the window beside it.
    const marks = page.getByTestId('section-text').locator('button.mark');
    const last = marks.last();
    await last.focus();
    const inspector = page.getByTestId('inspector');
    await expect(inspector).not.toContainText('Point at');
    await expect(inspector).toBeInViewport({ ratio: 0.9 });
    await expect(last).toBeInViewport();
    // Names, not the engine's ids: no "concrete+", no "rare-words".
    const head = (await inspector.locator('.inspector-target').first().textContent()) ?? '';
    expect(head).toMatch(/^(Strengthens|Weakens|Risk:|Guards against) /);
    expect(head).not.toMatch(/[a-z]-[a-z]|[+−-]\s*·|\b(too[A-Z]|score:)/);

    // Put away, the explanation leaves the window to the text again.
    await inspector.getByRole('button', { name: 'Put the explanation away' }).click();
    await expect(inspector).toContainText('Point at');

    // "All" starts with the strongest few; every finding is one click away, and back.
    const before = await marks.count();
    const more = page.getByTestId('show-every');
    await more.click();
    expect(await marks.count()).toBeGreaterThan(before);
    await page.getByTestId('show-every').click();
    await expect(marks).toHaveCount(before);
  });
}
