import { afterEach, describe, expect, test } from 'vitest';
import { locale } from '../../../src/renderer/src/lib/i18n.svelte';
import { signalName } from '../../../src/renderer/src/lib/names';
import { ENGAGING, engagingPrinciple, scorePrinciple } from '../../../src/renderer/src/lib/signalEvidence';

afterEach(() => {
  locale.current = 'en';
});

describe('too boring builds on what engages most (score:engaging)', () => {
  test('it is named in words in both languages, never by its id', () => {
    expect(signalName(ENGAGING)).toBe('strongest of Unexpected, Emotional and Stories');
    locale.current = 'nl';
    expect(signalName(ENGAGING)).toBe('sterkste van Onverwacht, Emotioneel en Verhalen');
  });

  test('it stands for the strongest of the three, which the window links to', () => {
    const scores = { simple: 90, unexpected: 30, concrete: 95, credible: 20, emotional: 84, stories: 60 };
    expect(engagingPrinciple(scores)).toBe('emotional');
    expect(scorePrinciple(ENGAGING)).toBeNull();
    expect(scorePrinciple('score:stories')).toBe('stories');
  });
});
