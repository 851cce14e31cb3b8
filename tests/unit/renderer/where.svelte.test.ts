import { afterEach, describe, expect, test } from 'vitest';
import { locale } from '../../../src/renderer/src/lib/i18n.svelte';
import { deckName, findingWhere, isOfficeFile, sectionWhere } from '../../../src/renderer/src/lib/where';
import type { Finding, Section, Talk } from '../../../src/shared/talk';

const at = (line: number) => ({ line, column: 1, offset: 0 });
const finding = (extra: Partial<Finding>): Finding => ({
  ruleId: 'vague-words',
  message: 'Vague.',
  severity: 'info',
  start: at(12),
  end: at(12),
  ...extra,
});
const section = (extra: Partial<Section>): Section => ({
  id: 'one',
  title: 'One',
  line: 14,
  start: at(14),
  end: at(20),
  variants: [10, 30, 60],
  fixedMinutes: null,
  ignores: [],
  words: 10,
  prompt: '',
  ...extra,
});

afterEach(() => {
  locale.current = 'en';
});

describe('where a finding is', () => {
  test('in a PowerPoint deck: the slide, its part and paragraph, never the converted text’s line', () => {
    const place = findingWhere(finding({ location: { slide: '7', part: 'notes', paragraph: 2 } }), 'board.pptx');
    expect(place).toBe('Slide 7, notes, paragraph 2');
  });

  test('in a Word document: the heading and paragraph, in the interface language', () => {
    const located = finding({ location: { heading: 'Where we are now', paragraph: 3 } });
    expect(findingWhere(located, 'talk.docx')).toBe("Heading 'Where we are now', paragraph 3");
    locale.current = 'nl';
    expect(findingWhere(located, 'talk.docx')).toBe("Kop 'Where we are now', alinea 3");
  });

  test('in a Markdown deck: the slide and notes line, and the file’s own line', () => {
    const place = findingWhere(finding({ location: { slide: '3', part: 'notes', line: 2 } }), 'deck.md');
    expect(place).toBe('Slide 3, notes, line 2 · file line 12');
  });

  test('in a plain talk: its line, as before', () => {
    expect(findingWhere(finding({}), 'talk.md')).toBe('Line 12');
  });
});

describe('where a section starts', () => {
  test('an Office file’s section says its slide or heading; a Markdown deck’s also its line; a talk its line', () => {
    expect(sectionWhere(section({ slide: '3', location: { slide: '3' } }), 'board.PPTX')).toBe('slide 3');
    expect(sectionWhere(section({ location: { heading: 'Why now' } }), 'talk.odt')).toBe("Heading 'Why now'");
    expect(sectionWhere(section({ slide: '3', location: { slide: '3' } }), 'deck.md')).toBe('slide 3 · line 14');
    expect(sectionWhere(section({}), 'talk.md')).toBe('line 14');
    locale.current = 'nl';
    expect(sectionWhere(section({ slide: '3', location: { slide: '3' } }), 'board.pptx')).toBe('dia 3');
  });
});

test('the deck’s tool is named for Markdown decks and presentations alike', () => {
  const talk = (extra: Partial<Talk>) => ({ ...extra }) as Talk;
  expect(deckName(talk({ presentation: 'pptx' }))).toBe('PowerPoint');
  expect(deckName(talk({ presentation: 'odp' }))).toBe('Impress');
  expect(deckName(talk({ deck: 'slidev' }))).toBe('Slidev');
  expect(deckName(talk({}))).toBeNull();
  expect(isOfficeFile('notes.md')).toBe(false);
  expect(isOfficeFile('deck.odp')).toBe(true);
});
