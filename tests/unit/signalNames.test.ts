import { expect, test } from 'vitest';
import { en } from '../../src/renderer/src/lib/messages/en';
import { nl } from '../../src/renderer/src/lib/messages/nl';
import { MEASURES, SIGNALS } from '../../src/shared/signals';

const catalogues = { en: en as Record<string, string>, nl: nl as Record<string, string> };

test('every rule and every measure has a name in both interface languages, and the Dutch one is Dutch', () => {
  for (const id of [...SIGNALS, ...MEASURES]) {
    for (const [lang, messages] of Object.entries(catalogues)) {
      const name = messages[`signal.${id}`];
      expect(name?.trim(), `${lang}: signal.${id}`).toBeTruthy();
      // A name is words for people, not the id with its hyphens ("past-tense").
      if (id.includes('-')) expect(name, `${lang}: signal.${id}`).not.toBe(id);
    }
  }
  const same = [...SIGNALS, ...MEASURES].filter((id) => catalogues.nl[`signal.${id}`] === catalogues.en[`signal.${id}`]);
  // Only words that are the same in both languages may repeat ("percentages").
  expect(same).toEqual(['percentages']);
  expect(nl['signal.past-tense']).toBe('verleden tijd');
  expect(nl['signal.first-singular']).toBe('ik-vorm');
});

test('a measure needs its explanation in both languages, since it has no findings to show', () => {
  for (const id of MEASURES) {
    expect(en[`about.${id}`], `en: about.${id}`).toBeTruthy();
    expect(nl[`about.${id}`], `nl: about.${id}`).toBeTruthy();
  }
});
