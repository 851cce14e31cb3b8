import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const lexiconDir = resolve(__dirname, '../../../src/main/engine/lexicon');
const files = (lang: string): string[] =>
  readdirSync(join(lexiconDir, lang))
    .filter((name) => name.endsWith('.json'))
    .sort();
const load = (lang: string, name: string): Record<string, unknown> => JSON.parse(readFileSync(join(lexiconDir, lang, name), 'utf8'));

/** Every key path of a JSON object (not of arrays), to compare two languages' structure. */
function keyPaths(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keyPaths(child, prefix ? `${prefix}.${key}` : key));
}

describe('lexicon data', () => {
  test('English and Dutch have the same files', () => {
    expect(files('en')).toEqual(files('nl'));
  });

  for (const name of files('en')) {
    test(`${name}: sourced and licensed in both languages, same rule and keys`, () => {
      const en = load('en', name);
      const nl = load('nl', name);
      for (const data of [en, nl]) {
        expect(String(data['source']).length).toBeGreaterThan(10);
        expect(String(data['licence']).length).toBeGreaterThan(2);
      }
      if (en['rule']) {
        const { message: _en, ...enRule } = en['rule'] as Record<string, string>;
        const { message: _nl, ...nlRule } = nl['rule'] as Record<string, string>;
        expect(nlRule).toEqual(enRule);
        expect(_en).toContain('{actual}');
        expect(_nl).toContain('{actual}');
      }
      if (name === 'messages.json' || name === 'coach.json') expect(keyPaths(nl).sort()).toEqual(keyPaths(en).sort());
    });

    for (const lang of ['en', 'nl']) {
      test(`${lang}/${name}: no empty, untrimmed or duplicate entries`, () => {
        const entries = load(lang, name)['entries'];
        if (Array.isArray(entries)) {
          const phrases = entries.map((entry: { phrase: string; swap?: string[] }) => {
            expect(entry.phrase).toBe(entry.phrase.trim());
            expect(entry.phrase).not.toBe('');
            for (const swap of entry.swap ?? []) expect(swap.trim()).toBe(swap);
            return entry.phrase.toLowerCase();
          });
          expect(phrases.filter((phrase, index) => phrases.indexOf(phrase) !== index)).toEqual([]);
        } else if (entries !== undefined) {
          for (const [word, valence] of Object.entries(entries as Record<string, number>)) {
            expect(word).toBe(word.trim());
            expect(Math.abs(valence)).toBeLessThanOrEqual(4);
          }
        }
      });
    }
  }
});
