import { afterEach, expect, test } from 'vitest';
import { locale } from '../../../src/renderer/src/lib/i18n.svelte';
import { effectName } from '../../../src/renderer/src/lib/names';

afterEach(() => {
  locale.current = 'en';
});

test("what a finding moves reads in the interface's language, a CX Story element too", () => {
  expect(effectName({ dimension: 'concrete', direction: 'raise' })).toBe('Strengthens Concrete');
  expect(effectName({ dimension: 'callToAction', direction: null })).toBe('call to action');
  locale.current = 'nl';
  expect(effectName({ dimension: 'callToAction', direction: null })).toBe('oproep tot actie');
  expect(effectName({ dimension: 'tooCorporate', direction: 'raise' })).toMatch(/te zakelijk/);
});
