import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from 'vitest';
import { MAX_SLIDES } from '../../src/main/services/office/limits';
import { overLimit } from '../../src/main/services/office/officeErrors';
import { en } from '../../src/renderer/src/lib/messages/en';

const SERVICES = resolve(__dirname, '../../src/main/services');

/** Every reason the main process gives a file error: `reason: 'x'` and the office reader's `bad(name, 'x', …)`. */
function reasonsSent(): string[] {
  const files = ['talkFiles.ts', 'talkService.ts', ...readdirSync(join(SERVICES, 'office')).map((name) => join('office', name))];
  const reasons = new Set<string>();
  for (const file of files) {
    const source = readFileSync(join(SERVICES, file), 'utf8');
    for (const match of source.matchAll(/reason: (?:[^'\n]*\? )?'([a-z-]+)'(?: : '([a-z-]+)')?/g))
      for (const reason of match.slice(1)) if (reason) reasons.add(reason);
    for (const match of source.matchAll(/bad\(\s*name,\s*'([a-z-]+)'/g)) reasons.add(match[1]!);
  }
  return [...reasons].sort();
}

test('every reason a Word, PowerPoint or OpenDocument file is refused has the interface’s own words', () => {
  const reasons = reasonsSent();
  expect(reasons).toEqual(expect.arrayContaining(['old-presentation', 'empty-deck', 'too-large-presentation', 'too-complex', 'corrupt']));
  for (const reason of reasons) expect(Object.keys(en), reason).toContain(`error.${reason}`);
});

test('a deck over the slide cap sends the cap as digits; its English is the interface’s, word for word', () => {
  const error = overLimit('groot.pptx', 'slides');
  expect(error.params).toEqual({ name: 'groot.pptx', reason: 'too-many-slides', max: String(MAX_SLIDES) });
  expect(error.message).toBe(
    en['error.too-many-slides'].replace('{name}', 'groot.pptx').replaceAll('{max}', MAX_SLIDES.toLocaleString('en-GB')),
  );
  expect(error.message).toContain('more than 1,000 slides');
});
