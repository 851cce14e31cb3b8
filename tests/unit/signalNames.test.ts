import { expect, test } from 'vitest';
import { en } from '../../src/renderer/src/lib/messages/en';
import { nl } from '../../src/renderer/src/lib/messages/nl';
import { MEASURES, RULES, SIGNALS } from '../../src/shared/signals';

const catalogues = { en: en as Record<string, string>, nl: nl as Record<string, string> };
// A rule's name comes from its rule file (`label`), a measure's from the interface messages.
const nameOf = (lang: 'en' | 'nl', id: string): string | undefined =>
  Object.hasOwn(RULES, id) ? RULES[id as keyof typeof RULES].label[lang] : catalogues[lang][`signal.${id}`];

test('every rule and every measure has a name in both interface languages, and the Dutch one is Dutch', () => {
  for (const id of [...SIGNALS, ...MEASURES]) {
    for (const lang of ['en', 'nl'] as const) {
      const name = nameOf(lang, id);
      expect(name?.trim(), `${lang}: ${id}`).toBeTruthy();
      // A name is words for people, not the id with its hyphens ("past-tense").
      if (id.includes('-')) expect(name, `${lang}: ${id}`).not.toBe(id);
    }
  }
  const same = [...SIGNALS, ...MEASURES].filter((id) => nameOf('nl', id) === nameOf('en', id));
  // Only words that are the same in both languages may repeat ("percentages").
  expect(same).toEqual(['percentages']);
  expect(nameOf('nl', 'past-tense')).toBe('verleden tijd');
  expect(nameOf('nl', 'first-singular')).toBe('ik-vorm');
  for (const id of SIGNALS) expect(catalogues.en[`signal.${id}`], `signal.${id} belongs in its rule file`).toBeUndefined();
});

test('a measure needs its explanation in both languages, since it has no findings to show', () => {
  for (const id of MEASURES) {
    expect(en[`about.${id}`], `en: about.${id}`).toBeTruthy();
    expect(nl[`about.${id}`], `nl: about.${id}`).toBeTruthy();
  }
});
