import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { UserError } from '../services/userError';

// Where Chromium-family browsers install themselves on Linux, macOS and Windows.
const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe',
];

// A long report prints in a few seconds; a minute means the browser hangs.
const PRINT_TIMEOUT_MS = 60_000;

/** The Chromium to print with: $STICKY_CHROMIUM, else the first one installed in a usual place, else null. */
export function findChromium(env: NodeJS.ProcessEnv = process.env, exists: (path: string) => boolean = existsSync): string | null {
  const chosen = env['STICKY_CHROMIUM'];
  if (chosen) return exists(chosen) ? chosen : null;
  return CANDIDATES.find((path) => exists(path)) ?? null;
}

/** What to do when no Chromium is found. */
export const NO_CHROMIUM =
  'PDF needs Chromium or Google Chrome and none was found. Install one (Debian/Ubuntu: `sudo apt install chromium`; macOS: `brew install --cask chromium`; Windows: Google Chrome or Edge), or set STICKY_CHROMIUM to its path. Or write HTML (--format html) and print it from any browser.';

/** Prints an HTML page to a PDF file with headless Chromium (the page's own @page size and breaks apply). */
export async function printPdf(page: string, out: string, chromium = findChromium()): Promise<void> {
  if (!chromium) throw new UserError('bad-request', NO_CHROMIUM);
  const folder = await mkdtemp(join(tmpdir(), 'sticky-report-'));
  try {
    const source = join(folder, 'report.html');
    await writeFile(source, page, 'utf8');
    const args = [
      '--headless',
      '--disable-gpu',
      '--no-pdf-header-footer',
      `--user-data-dir=${join(folder, 'profile')}`,
      `--print-to-pdf=${out}`,
    ];
    // Chromium refuses to run as root with its sandbox on.
    if (process.getuid?.() === 0) args.push('--no-sandbox');
    await new Promise<void>((done, fail) =>
      execFile(chromium, [...args, pathToFileURL(source).href], { timeout: PRINT_TIMEOUT_MS }, (error) =>
        error ? fail(new UserError('bad-request', `Chromium (${chromium}) could not print the report: ${error.message}`)) : done(),
      ),
    );
    if (!existsSync(out)) throw new UserError('bad-request', `Chromium (${chromium}) ran but wrote no PDF at ${out}.`);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
