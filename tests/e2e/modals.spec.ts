import { join } from 'node:path';
import { expect, SAMPLES_DIR, test } from './harness';

test('the shortcuts help: Esc closes it, keys do not reach the page, focus stays inside and comes back', async ({ sticky }) => {
  await sticky.start({ settings: { firstRunDone: true } });
  const { page } = sticky;
  await sticky.talks.open(join(SAMPLES_DIR, 'lead-your-leaders.md'));
  const tab = page.getByTestId('tab-coach');
  await tab.click({ timeout: 15_000 });
  await expect(page.getByTestId('heatmap')).toBeVisible();
  await tab.focus();
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toBeVisible();
  await expect(help.getByRole('button', { name: 'Close' })).toBeFocused();
  // j would open a section behind it; 0 would change the highlight: neither happens.
  await page.keyboard.press('j');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(help.getByRole('button', { name: 'Close' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(help).toHaveCount(0);
  await expect(page.getByTestId('section-detail')).toHaveCount(0);
  await expect(page.getByTestId('story-summary')).toBeVisible();
  await expect(tab).toBeFocused();
});

test('Settings: focus starts in the form, Tab cycles inside, Esc closes and gives focus back', async ({ sticky }) => {
  await sticky.start({ settings: { firstRunDone: true } });
  const { page } = sticky;
  await sticky.talks.open(join(SAMPLES_DIR, 'lead-your-leaders.md'));
  await page.getByTestId('open-settings').click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await expect(dialog.getByLabel('Speaking rate')).toBeFocused();
  // Shift+Tab from the first field goes round to the last button, not out to the page.
  await page.keyboard.press('Shift+Tab');
  await expect(dialog.getByRole('button', { name: 'Done' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(dialog.getByLabel('Speaking rate')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('open-settings')).toBeFocused();
});

test('ending a rehearsal: the question takes the keys, Tab stays in it, Esc carries on', async ({ sticky }) => {
  await sticky.start({ settings: { firstRunDone: true } });
  const { page } = sticky;
  await sticky.talks.open(join(SAMPLES_DIR, 'lead-your-leaders.md'));
  await page.getByTestId('rehearse').click({ timeout: 15_000 });
  await expect(page.getByTestId('rehearsal')).toBeVisible();
  await page.keyboard.press('Space');
  const current = await page.getByTestId('current-section').textContent();
  await page.keyboard.press('Escape');
  const question = page.getByRole('alertdialog', { name: 'End this rehearsal?' });
  await expect(question).toBeVisible();
  await expect(question.getByRole('button', { name: /End/ })).toBeFocused();
  // Space and the right arrow would move to the next section behind it: they do not.
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(question.getByRole('button', { name: /End/ })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(question).toHaveCount(0);
  await expect(page.getByTestId('current-section')).toHaveText(current ?? '');
  await expect(page.getByTestId('rehearsal')).toBeVisible();
});
