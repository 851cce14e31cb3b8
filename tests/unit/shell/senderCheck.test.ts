import { describe, expect, test } from 'vitest';
import { APP_URL } from '../../../src/main/shell/appUrl';
import { isTrustedSender } from '../../../src/main/shell/senderCheck';

const DEV = 'http://localhost:5173';

describe('sender check', () => {
  test.each([
    ['the app page', APP_URL, APP_URL, true],
    ['the app page with a fragment', `${APP_URL}#section`, APP_URL, true],
    ['another file of the app', 'app://sticky/assets/evil.html', APP_URL, false],
    ['the app page with a query', `${APP_URL}?x=1`, APP_URL, false],
    ['another host of the scheme', 'app://evil/index.html', APP_URL, false],
    ['the app host with a port', 'app://sticky:8080/index.html', APP_URL, false],
    ['the app host with a user', 'app://me@sticky/index.html', APP_URL, false],
    ['a file:// page with the same path', 'file:///index.html', APP_URL, false],
    ['the old file:// renderer', 'file:///opt/Sticky/resources/app.asar/out/renderer/index.html', APP_URL, false],
    ['a web page', 'https://example.com/', APP_URL, false],
    ['the dev server', 'http://localhost:5173/', DEV, true],
    ['another port', 'http://localhost:5174/', DEV, false],
    ['another page of the dev server', 'http://localhost:5173/other.html', DEV, false],
    ['not a URL', 'not a url', APP_URL, false],
  ])('%s', (_name, url, appUrl, trusted) => {
    expect(isTrustedSender({ url, isMainFrame: true }, appUrl)).toBe(trusted);
  });

  test('only the main frame: an iframe on the very app URL, or a frame that is gone, is refused', () => {
    expect(isTrustedSender({ url: APP_URL, isMainFrame: false }, APP_URL)).toBe(false);
    expect(isTrustedSender(null, APP_URL)).toBe(false);
    expect(isTrustedSender(undefined, APP_URL)).toBe(false);
  });
});
