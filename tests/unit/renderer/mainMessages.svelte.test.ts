import { afterEach, expect, test } from 'vitest';
import { localizedError } from '../../../src/renderer/src/lib/api';
import { locale, number, t } from '../../../src/renderer/src/lib/i18n.svelte';
import { Notices } from '../../../src/renderer/src/lib/state/notices.svelte';
import type { ApiError } from '../../../src/shared/errors';

afterEach(() => {
  locale.current = 'en';
});

// What TalkService sends when the open talk's file is gone (its test checks the name and reason).
const MOVED: ApiError = {
  code: 'not-found',
  message: '"talk.md" was moved or deleted. Sticky shows the last version it read; open the file again where it is now.',
  params: { name: 'talk.md', reason: 'moved' },
};

test('the open talk moved or deleted: the notice is in the interface language', () => {
  const notices = new Notices();
  notices.showTalkError(MOVED, 'warning');
  expect(notices.talk).toEqual({ tone: 'warning', message: MOVED.message });
  // The interface's English is main's, word for word.
  expect(t('error.moved', MOVED.params)).toBe(MOVED.message);
  locale.current = 'nl';
  notices.showTalkError(MOVED, 'warning');
  expect(notices.talk).toEqual({
    tone: 'warning',
    message:
      '"talk.md" is verplaatst of verwijderd. Sticky toont de laatste versie die het las; open het bestand opnieuw waar het nu staat.',
  });
});

// What the Office reader sends for a deck over its slide cap (officeErrorMessages.test.ts checks it).
const SLIDES: ApiError = {
  code: 'bad-document',
  message:
    '"groot.pptx" has more than 1,000 slides, far more than any talk; Sticky reads decks of up to 1,000 slides. Split it into smaller decks.',
  params: { name: 'groot.pptx', reason: 'too-many-slides', max: '1000' },
};

test('a deck over the slide cap: the cap is sent as digits and written the interface language’s way', () => {
  // English: main's message is the interface's own, word for word, with the cap as "1,000".
  expect(t('error.too-many-slides', { ...SLIDES.params, max: number(1000) })).toBe(SLIDES.message);
  expect(localizedError(SLIDES.code, SLIDES.params)).toBeUndefined();
  locale.current = 'nl';
  expect(localizedError(SLIDES.code, SLIDES.params)).toBe(
    '"groot.pptx" heeft meer dan 1.000 dia\'s, veel meer dan een talk; Sticky leest presentaties tot 1.000 dia\'s. Splits haar in kleinere presentaties.',
  );
  // The number is the one main sends, not one written into the message.
  expect(localizedError('bad-document', { name: 'x.pptx', reason: 'too-many-slides', max: '2500' })).toContain("meer dan 2.500 dia's");
  // A file name that is all digits stays as it is.
  expect(localizedError('bad-document', { name: '2024', reason: 'too-many-slides', max: '1000' })).toMatch(/^"2024" heeft/);
});
