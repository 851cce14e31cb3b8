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

test('in Dutch, a file under the wrong extension names its new name, and the caps read in Dutch', () => {
  locale.current = 'nl';
  expect(localizedError('bad-document', { name: 'tekst.odp', reason: 'wrong-extension', real: '.odt', renamed: 'tekst.odt' })).toBe(
    '"tekst.odp" is eigenlijk een .odt-bestand met een andere extensie; hernoem het naar "tekst.odt" en open dat.',
  );
  expect(localizedError('bad-document', { name: 'groot.pptx', reason: 'too-many-slides', max: '1000' })).toContain("meer dan 1.000 dia's");
  expect(localizedError('bad-document', { name: 'lang.docx', reason: 'too-much-text' })).toContain('meer dan 5 MB tekst');
  expect(localizedError('bad-document', { name: 'diep.docx', reason: 'too-complex' })).toContain('te diep geneste XML');
  expect(localizedError('bad-document', { name: 'blad.docx', reason: 'spreadsheet' })).toContain('is een spreadsheet');
});
