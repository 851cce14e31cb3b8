import { _electron as electron, expect, test } from '@playwright/test';
import { copyFileSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');
// Electron downloads its binary on first run; where it has not (no internet), path.txt is
// missing or points at nothing. Never require('electron') to find out: that starts the download.
const pathFile = join(ROOT, 'node_modules/electron/path.txt');
const binary = existsSync(pathFile) ? join(ROOT, 'node_modules/electron/dist', readFileSync(pathFile, 'utf8').trim()) : null;
const reason = binary
  ? `Electron binary missing at ${binary}`
  : 'Electron binary not downloaded (node_modules/electron/path.txt is missing)';

test.describe('the real Electron app', () => {
  test.skip(!binary || !existsSync(binary), reason);

  const launch = () =>
    electron.launch({
      args: [ROOT, '--no-sandbox'],
      env: { ...process.env, XDG_CONFIG_HOME: mkdtempSync(join(tmpdir(), 'sticky-electron-')) },
    });

  test('starts on the bundled sample, sandboxed, with window.sticky and no Node', async () => {
    const app = await launch();
    const page = await app.firstWindow();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 15_000 });
    expect(await page.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
    expect(await page.evaluate(() => typeof window.sticky.getState)).toBe('function');
    await page.screenshot({ path: join(ROOT, 'artifacts/screenshots/electron-first-screen.png') });
    await app.close();
  });

  test('the page comes from app://sticky, gets no permission and opens no path it was not given', async () => {
    const app = await launch();
    const page = await app.firstWindow();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 15_000 });
    expect(page.url()).toBe('app://sticky/index.html');
    expect(await page.evaluate(() => Notification.requestPermission())).toBe('denied');
    const opened = await page.evaluate(() =>
      window.sticky.openFile('/etc/hostname.md').then(
        () => 'opened',
        (error: { code: string }) => error.code,
      ),
    );
    expect(opened).toBe('forbidden');
    const climbed = await page.evaluate(() => fetch('app://sticky/..%2f..%2fpackage.json').then((response) => response.status));
    expect(climbed).toBe(404);
    await app.close();
  });

  test('Export report as PDF prints the report with Electron (printToPDF)', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'sticky-electron-pdf-'));
    const talk = join(folder, 'talk.md');
    copyFileSync(join(ROOT, 'resources/samples/lead-your-leaders.md'), talk);
    const pdf = join(folder, 'talk-report.pdf');
    const app = await launch();
    // The system dialogs answer for the user: open the copy, save the report beside it.
    await app.evaluate(
      ({ dialog }, paths) => {
        dialog.showOpenDialog = (async () => ({ canceled: false, filePaths: [paths.talk] })) as never;
        dialog.showSaveDialog = (async () => ({ canceled: false, filePath: paths.pdf })) as never;
      },
      { talk, pdf },
    );
    const page = await app.firstWindow();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 15_000 });
    await page.evaluate(() => window.sticky.openDialog());
    expect(await page.evaluate(() => window.sticky.exportReport('pdf'))).toBe(pdf);
    expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await app.close();
  });
});

if (!binary || !existsSync(binary)) console.log(`Electron smoke test skipped: ${reason}.`);
