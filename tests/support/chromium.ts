/** Debian's Chromium (apt-get install chromium); Playwright's own browser download is not used. */
export const CHROMIUM_PATH = process.env['STICKY_CHROMIUM'] ?? '/usr/bin/chromium';

/** The arguments every browser test's Chromium starts with: no sandbox, GPU or background traffic. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
