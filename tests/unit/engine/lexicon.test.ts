import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const lexiconDir = resolve(__dirname, '../../../src/main/engine/lexicon');
const files = (lang: string): string[] =>
  readdirSync(join(lexiconDir, lang))
    .filter((name) => name.endsWith('.json'))
    .sort();
const load = (lang: string, name: string): { source: string; licence: string; words: string[] } =>
  JSON.parse(readFileSync(join(lexiconDir, lang, name), 'utf8'));

describe('lexicon data', () => {
  test('English and Dutch have the same lists', () => {
    expect(files('en')).toEqual(files('nl'));
  });

  for (const lang of ['en', 'nl']) {
    for (const name of files(lang)) {
      test(`${lang}/${name}: sourced, no empty, untrimmed or duplicate entries`, () => {
        const data = load(lang, name);
        expect(data.source.length).toBeGreaterThan(0);
        expect(data.licence.length).toBeGreaterThan(0);
        for (const word of data.words) expect(word).toBe(word.trim());
        expect(data.words.filter((word) => word === '')).toEqual([]);
        expect(data.words.length).toBe(new Set(data.words.map((word) => word.toLowerCase())).size);
      });
    }
  }
});
