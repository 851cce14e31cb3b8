import { afterEach, expect, test } from 'vitest';
import { localizedError } from '../../../src/renderer/src/lib/api';
import { locale } from '../../../src/renderer/src/lib/i18n.svelte';

afterEach(() => {
  locale.current = 'en';
});

test('in Dutch, a PowerPoint 97-2003 file, an empty deck and a deck too large say so in Dutch', () => {
  locale.current = 'nl';
  expect(localizedError('bad-document', { name: 'oud.ppt', reason: 'old-presentation' })).toContain(
    'PowerPoint 97-2003-presentatie (.ppt)',
  );
  expect(localizedError('bad-document', { name: 'leeg.pptx', reason: 'empty-deck' })).toContain("geen dia's met tekst");
  expect(localizedError('too-large', { name: 'groot.pptx', reason: 'too-large-presentation' })).toContain('groter dan 100 MB');
  expect(localizedError('bad-document', { name: 'kapot.pptx', reason: 'corrupt' })).toContain('PowerPoint');
});
