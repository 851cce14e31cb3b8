import { describe, expect, test } from 'vitest';
import { formatLocation } from '../../src/shared/location';

describe('formatLocation', () => {
  test.each([
    [{ slide: '7', part: 'notes', paragraph: 2 }, 'slide 7, notes, paragraph 2', 'dia 7, notities, alinea 2'],
    [{ slide: '7', group: 'Story', part: 'title' }, 'slide 7, title', 'dia 7, titel'],
    [{ slide: '3', part: 'slide', paragraph: 1 }, 'slide 3, text, paragraph 1', 'dia 3, tekst, alinea 1'],
    [{ slide: '3.2', part: 'notes', line: 2 }, 'slide 3.2, notes, line 2', 'dia 3.2, notities, regel 2'],
    [{ slide: '4', group: 'Deep dive', part: 'section' }, "section 'Deep dive', name", "sectie 'Deep dive', naam"],
    [{ heading: 'Where we are now', paragraph: 3 }, "Heading 'Where we are now', paragraph 3", "Kop 'Where we are now', alinea 3"],
    [{ heading: 'Plan', paragraph: 2, item: true }, "Heading 'Plan', list item 2", "Kop 'Plan', opsommingspunt 2"],
    [{ part: 'body', paragraph: 1 }, 'Before the first heading, paragraph 1', 'Voor de eerste kop, alinea 1'],
    [{ slide: '1' }, 'slide 1', 'dia 1'],
  ] as const)('%j', (location, en, nl) => {
    expect(formatLocation(location)).toBe(en);
    expect(formatLocation(location, 'nl')).toBe(nl);
  });

  test('nothing to say is null; a long heading is cut to fit a report line', () => {
    expect(formatLocation(undefined)).toBeNull();
    expect(formatLocation({})).toBeNull();
    expect(formatLocation({ heading: 'x'.repeat(100) })).toBe(`Heading '${'x'.repeat(59)}…'`);
  });
});
