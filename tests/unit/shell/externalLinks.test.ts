import { describe, expect, test } from 'vitest';
import manifest from '../../../package.json';
import { ALLOWED_LINKS, createLinkOpener, linkDecision } from '../../../src/main/shell/externalLinks';

// Issue 21, item 8: an address from the page opens only when it is the project's own
// documentation, or once the user said yes to a question naming it; nothing but http(s) ever opens.
function opener(answer: boolean | (() => Promise<boolean>)) {
  const opened: string[] = [];
  const asked: string[] = [];
  const open = createLinkOpener({
    openExternal: async (url) => void opened.push(url),
    confirm: async (url) => {
      asked.push(url);
      return typeof answer === 'boolean' ? answer : answer();
    },
  });
  return { open, opened, asked };
}

describe('links from the page', () => {
  test('the allow-list is the homepage in package.json', () => {
    expect(ALLOWED_LINKS).toEqual([manifest.homepage]);
  });

  test.each([
    [manifest.homepage, 'open'],
    [`${manifest.homepage}docs/security#sidecar`, 'open'],
    ['https://example.com/', 'ask'],
    [`${manifest.homepage.replace('https:', 'http:')}`, 'ask'],
    ['https://sticky.example.evil.com/', 'ask'],
    [`https://user:pass@${new URL(manifest.homepage).host}/`, 'ask'],
    ['file:///etc/passwd', 'refuse'],
    ['javascript:alert(1)', 'refuse'],
    ['mailto:a@b.c', 'refuse'],
    ['ms-settings:', 'refuse'],
    ['smb://server/share', 'refuse'],
    ['not a url', 'refuse'],
  ])('%s: %s', (url, decision) => {
    expect(linkDecision(url)).toBe(decision);
  });

  test('the documentation opens without a question', async () => {
    const { open, opened, asked } = opener(false);
    expect(await open(manifest.homepage)).toBe(true);
    expect(opened).toEqual([manifest.homepage]);
    expect(asked).toEqual([]);
  });

  test('another address is named in the question, and opens only on yes', async () => {
    const no = opener(false);
    expect(await no.open('https://example.com/a?b=c')).toBe(false);
    expect(no.asked).toEqual(['https://example.com/a?b=c']);
    expect(no.opened).toEqual([]);
    const yes = opener(true);
    expect(await yes.open('https://example.com/a?b=c')).toBe(true);
    expect(yes.opened).toEqual(['https://example.com/a?b=c']);
  });

  test('a refused scheme is neither asked about nor opened', async () => {
    const { open, opened, asked } = opener(true);
    expect(await open('file:///etc/passwd')).toBe(false);
    expect([opened, asked]).toEqual([[], []]);
  });

  test('a page opening links over and over gets one question at a time', async () => {
    let answer: (yes: boolean) => void = () => undefined;
    const { open, opened, asked } = opener(() => new Promise<boolean>((resolve) => (answer = resolve)));
    const first = open('https://example.com/1');
    expect(await open('https://example.com/2')).toBe(false);
    answer(true);
    expect(await first).toBe(true);
    expect([opened, asked]).toEqual([['https://example.com/1'], ['https://example.com/1']]);
  });
});
