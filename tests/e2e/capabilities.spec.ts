import { expect, test } from './harness';

/**
 * Issue 21, item 8: the page cannot turn the microphone or keeping recordings on by itself. Main
 * asks the user (a native dialog in the app; here the harness answers for them) and a no leaves
 * the setting off, with the window saying so.
 */
test.describe('capabilities come from the user', () => {
  test('yes: the microphone turns on', async ({ sticky }) => {
    await sticky.start({ settings: { firstRunDone: true } });
    const { page } = sticky;
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByTestId('microphone-setting').check();
    await expect(page.getByTestId('microphone-setting')).toBeChecked();
    await expect(page.getByTestId('capability-declined')).toHaveCount(0);
  });

  test('no: the microphone and keeping recordings stay off, and the window says so', async ({ sticky }) => {
    await sticky.start({ settings: { firstRunDone: true }, confirm: false });
    const { page } = sticky;
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByTestId('microphone-setting').click();
    await expect(page.getByTestId('capability-declined')).toHaveText('The microphone stays off: turning it on was not confirmed.');
    await expect(page.getByTestId('microphone-setting')).not.toBeChecked();
    expect(
      await page.evaluate(() => (window as unknown as { sticky: { getState(): Promise<{ microphone: boolean }> } }).sticky.getState()),
    ).toMatchObject({
      microphone: false,
    });
  });

  test('no to keeping recordings, with the microphone already on', async ({ sticky }) => {
    await sticky.start({ settings: { firstRunDone: true, microphone: true }, confirm: false });
    const { page } = sticky;
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByTestId('keep-recording-setting').click();
    await expect(page.getByTestId('capability-declined')).toHaveText('Recordings are not kept: keeping them was not confirmed.');
    await expect(page.getByTestId('keep-recording-setting')).not.toBeChecked();
    await expect(page.getByTestId('microphone-setting')).toBeChecked();
  });
});
