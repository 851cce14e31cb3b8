import fc from 'fast-check';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { describe, expect, test } from 'vitest';
import { APP_URL, chooseRendererUrl, resolveAppFile } from '../../../src/main/shell/appUrl';

const ROOT = join('/opt', 'Sticky', 'out', 'renderer');

describe('which URL the window loads', () => {
  test.each([
    ['packaged, dev server set', true, 'http://localhost:5173', APP_URL],
    ['packaged, nothing set', true, undefined, APP_URL],
    ['from source, dev server set', false, 'http://localhost:5173', 'http://localhost:5173'],
    ['from source, nothing set', false, undefined, APP_URL],
    ['from source, a file:// URL', false, 'file:///tmp/evil.html', APP_URL],
    ['from source, not a URL', false, 'localhost:5173', APP_URL],
  ])('%s', (_name, isPackaged, devServerUrl, expected) => {
    expect(chooseRendererUrl({ isPackaged, devServerUrl })).toBe(expected);
  });
});

describe('app:// file resolution', () => {
  test.each([
    ['app://sticky/', 'index.html'],
    ['app://sticky/index.html', 'index.html'],
    ['app://sticky/index.html?v=1#top', 'index.html'],
    ['app://sticky/assets/index-BS7Y83Li.js', join('assets', 'index-BS7Y83Li.js')],
    // The URL parser folds dot segments (also %2e%2e) before Sticky sees them: they stay inside.
    ['app://sticky/../../etc/passwd', join('etc', 'passwd')],
    ['app://sticky/%2e%2e/%2E%2E/etc/passwd', join('etc', 'passwd')],
  ])('%s serves %s under the root', (url, file) => {
    expect(resolveAppFile(url, ROOT)).toBe(join(ROOT, file));
  });

  test.each([
    ['an encoded slash climbing out', 'app://sticky/assets%2f..%2f..%2fsecret'],
    ['an encoded slash and encoded dots', 'app://sticky/%2e%2e%2f%2e%2e%2fsecret'],
    ['encoded backslashes', 'app://sticky/..%5c..%5csecret'],
    ['a NUL', 'app://sticky/index.html%00.js'],
    ['a colon (a drive or a stream)', 'app://sticky/C:%5cWindows'],
    ['a bad escape', 'app://sticky/%E0%A4%A'],
    ['a folder', 'app://sticky/assets/'],
    ['another host', 'app://evil/index.html'],
    ['a port', 'app://sticky:1/index.html'],
    ['another scheme', 'file:///opt/Sticky/out/renderer/index.html'],
    ['not a URL', 'index.html'],
  ])('%s is refused', (_name, url) => {
    expect(resolveAppFile(url, ROOT)).toBeNull();
  });

  test('whatever follows app://sticky/, the file is under the root or refused', () => {
    const piece = fc.constantFrom('..', '.', '%2e', '%2E%2e', '%2f', '%5c', '/', '\\', '%00', 'a', 'index.html', '%', ':', '~');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const file = resolveAppFile(`app://sticky/${pieces.join('')}`, ROOT);
        return file === null || file.startsWith(ROOT + sep);
      }),
      { numRuns: 5_000 },
    );
  });
});

describe('the built renderer over app://', () => {
  const built = resolve(__dirname, '../../../out/renderer');

  test('every built file is served at its own URL, and every file index.html names exists', () => {
    if (!existsSync(built)) throw new Error('Build first: npm run build (npm test does this for you).');
    const files = readdirSync(built, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name));
    for (const file of files) {
      const url = new URL(relative(built, file).split(sep).map(encodeURIComponent).join('/'), APP_URL).href;
      expect(resolveAppFile(url, built)).toBe(file);
    }
    const html = readFileSync(join(built, 'index.html'), 'utf8');
    const named = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]!);
    expect(named.length).toBeGreaterThan(0);
    for (const reference of named) expect(files).toContain(resolveAppFile(new URL(reference, APP_URL).href, built));
  });
});
