import { expect, test } from 'vitest';
import { en } from '../../src/renderer/src/lib/messages/en';
import { nl } from '../../src/renderer/src/lib/messages/nl';

const params = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!).sort();

test('the Dutch interface has every English string, with the same parameters', () => {
  expect(Object.keys(nl).sort()).toEqual(Object.keys(en).sort());
  for (const [key, text] of Object.entries(en)) {
    expect(params(nl[key as keyof typeof en]), key).toEqual(params(text));
    expect(nl[key as keyof typeof en].trim(), key).not.toBe('');
  }
});
