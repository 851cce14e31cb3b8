import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { englishTags } from '../../../src/main/engine/text/english';
import { sentencesOf, wordsOf } from '../../../src/main/engine/text/segment';
// @ts-expect-error: a plain .mjs build script, read for its one function
import { compromiseTags } from '../../../scripts/lexicon/build-en-tags.mjs';

const TAGS_FILE = resolve(__dirname, '../../../src/main/engine/lexicon/compromise/en-tags.json');

describe('English tags come from compromise as data, not from loading compromise', () => {
  test('lexicon/compromise/en-tags.json is what the installed compromise knows (rebuild it after an upgrade)', () => {
    const shipped = JSON.parse(readFileSync(TAGS_FILE, 'utf8')) as unknown;
    expect(shipped).toEqual(compromiseTags());
  });

  test('a word gets its tags with their parents; unknown -ed words are past; names need a capital', () => {
    const text = 'Yesterday Maria walked to the bank and blorped twice. the maria we know.';
    const words = wordsOf(text);
    const starts = new Set(sentencesOf(text, 'en').map((sentence) => sentence.words[0]!.start));
    const tags = englishTags(words, starts);
    const of = (word: string, nth = 0): string[] => [...(tags.get(words.filter((w) => w.text === word)[nth]!.start) ?? [])].sort();
    expect(of('Maria')).toEqual(expect.arrayContaining(['FemaleName', 'FirstName', 'Person', 'ProperNoun', 'Noun']));
    expect(of('walked')).toContain('PastTense');
    expect(of('blorped')).toContain('PastTense');
    expect(of('bank')).toContain('Noun');
    expect(of('maria')).not.toContain('Person');
    // Inherited object keys are no words.
    expect(englishTags(wordsOf('constructor toString'), new Set([0])).size).toBe(0);
  });
});
