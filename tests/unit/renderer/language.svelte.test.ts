import { afterEach, describe, expect, test } from 'vitest';
import { count, timeOfDay } from '../../../src/renderer/src/lib/format';
import { dateTime, locale, number } from '../../../src/renderer/src/lib/i18n.svelte';
import { nl } from '../../../src/renderer/src/lib/messages/nl';

// Where Dutch messages may say "u": the names of the pronoun signals, which count both forms.
const PRONOUN_LISTS = new Set(['signal.second-person', 'signal.personal', 'about.personal']);

describe('one language per screen', () => {
  afterEach(() => {
    locale.current = 'en';
  });

  test('the Dutch interface addresses the user as "je" throughout, never "u" or "uw"', () => {
    const formal = Object.entries(nl).filter(([key, text]) => !PRONOUN_LISTS.has(key) && /(^|[^\p{L}])[Uu]w?(?![\p{L}])/u.test(text));
    expect(formal.map(([key]) => key)).toEqual([]);
  });

  test('every number, date and time is formatted by the interface language, by one formatter', () => {
    const at = Date.UTC(2026, 11, 6, 14, 5, 9);
    expect([number(3541), count(3541)]).toEqual(['3,541', '3,541']);
    const englishDate = dateTime(at);
    locale.current = 'nl';
    expect([number(3541), count(3541)]).toEqual(['3.541', '3.541']);
    expect(dateTime(at)).not.toBe(englishDate);
    expect(dateTime(at)).toMatch(/dec/);
    expect(timeOfDay(at)).toMatch(/^\d\d:\d\d:\d\d$/);
  });
});
