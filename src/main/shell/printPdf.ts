import { BrowserWindow } from 'electron';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Paper } from '../report/reportStyles';

/**
 * Prints a self-contained HTML report to PDF with Chromium's own printing (webContents.printToPDF)
 * in a hidden window that runs no script. The HTML goes through a temporary file (a long report
 * is beyond what a data: address may hold), removed afterwards.
 */
export async function printReportToPdf(html: string, paper: Paper = 'a4'): Promise<Buffer> {
  const folder = await mkdtemp(join(tmpdir(), 'sticky-report-'));
  const page = join(folder, 'report.html');
  const window = new BrowserWindow({ show: false, webPreferences: { javascript: false, sandbox: true } });
  try {
    await writeFile(page, html, 'utf8');
    await window.loadFile(page);
    return await window.webContents.printToPDF({ pageSize: paper === 'letter' ? 'Letter' : 'A4', printBackground: true });
  } finally {
    window.destroy();
    await rm(folder, { recursive: true, force: true });
  }
}
