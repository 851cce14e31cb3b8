import { describe, expect, it } from 'vitest';
import { anchorSections, createAnchor } from '../../../src/main/engine/anchors/createAnchor';
import { anchorsToStore } from '../../../src/main/engine/anchors/followAnchor';
import { resolveAnchor } from '../../../src/main/engine/anchors/resolveAnchor';
import { parseTalk } from '../../../src/main/engine/talk/parseTalk';
import type { Note, NoteAnchor } from '../../../src/shared/notes';

// Issue 22, item 2: each way a note landed on the wrong words, as a test.
const sectionsOf = (text: string) => anchorSections(parseTalk(text));
/** A note on the nth occurrence of `quote` in `text`. */
function noteOn(text: string, quote: string, nth = 0): NoteAnchor {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(quote, at + 1);
  if (at < 0) throw new Error(`not in the text: ${quote}`);
  return createAnchor(text, sectionsOf(text), at, at + quote.length);
}
const place = (anchor: NoteAnchor, text: string) => resolveAnchor(anchor, text, sectionsOf(text));
const wordsAt = (text: string, placement: { start: number; end: number }) => text.slice(placement.start, placement.end);

const TALK = [
  '# Lead',
  '## Where we are',
  'Our board asked for growth. Nobody asked for CX leadership, and the customers noticed it first.',
  'Last spring we tried a new survey; it told us what we already knew about waiting times.',
  '## What I ask',
  'So here is what I ask: real CX leadership in every meeting, starting with this one today.',
  'Rob will take the first call on Monday. Robin takes the second one.',
].join('\n\n');

describe('the traps', () => {
  it('a note on a phrase deleted from its section does not jump to the same phrase in another section', () => {
    const anchor = noteOn(TALK, 'CX leadership', 0);
    const deleted = TALK.replace('Nobody asked for CX leadership, and the customers noticed it first.', 'Then we cut the budget.');
    expect(deleted.split('CX leadership').length).toBe(2); // still said once, elsewhere
    expect(place(anchor, deleted)).toMatchObject({ status: 'orphaned', start: anchor.start });
    // A longer passage too, in a talk where the words are said again in another section.
    const echo = TALK.replace(
      'starting with this one today.',
      'starting with this one today. Nobody asked for CX leadership, and the customers noticed it first.',
    );
    const sentence = noteOn(echo, 'Nobody asked for CX leadership, and the customers noticed it first.', 0);
    const gone = echo.replace(
      'Our board asked for growth. Nobody asked for CX leadership, and the customers noticed it first.',
      'Growth came.',
    );
    expect(place(sentence, gone).status).toBe('orphaned');
  });

  it('a line break inside a phrase said twice still finds the one the note is on', () => {
    const anchor = noteOn(TALK, 'CX leadership', 1);
    const wrapped = TALK.replace('real CX leadership in every', 'real CX\nleadership in every');
    const placement = place(anchor, wrapped);
    expect(placement.status).toBe('exact');
    expect(wordsAt(wrapped, placement)).toBe('CX\nleadership');
    expect(placement.start).toBe(wrapped.indexOf('CX\nleadership'));
    // Re-wrapped the other way (the first one broken), CRLF, and curly quotes: still the second.
    const other = TALK.replace('for CX leadership,', 'for CX\r\nleadership,')
      .replace(/\n/g, '\r\n')
      .replace('what I ask:', '“what I ask”:');
    const again = place(noteOn(TALK.replace('what I ask:', '"what I ask":'), 'CX leadership', 1), other);
    expect(wordsAt(other, again)).toBe('CX leadership');
    expect(again.start).toBe(other.lastIndexOf('CX leadership'));
  });

  it('"Rob" never lands inside "Robin"', () => {
    const anchor = noteOn(TALK, 'Rob', 0);
    const withoutRob = TALK.replace('Rob will take the first call on Monday. ', 'The first call is on Monday. ');
    expect(withoutRob).toContain('Robin');
    expect(place(anchor, withoutRob).status).toBe('orphaned');
    const robinFirst = TALK.replace('Rob will take', 'Robin, and then Rob, will take');
    expect(wordsAt(robinFirst, place(anchor, robinFirst))).toBe('Rob');
    expect(place(anchor, robinFirst).start).toBe(robinFirst.indexOf('Rob,'));
  });

  it('after a paragraph is duplicated, the note stays where its placement was last stored', () => {
    const paragraph = 'We listened to every call that night, and we learned more than any survey had told us.';
    const intro = 'A long opening that the speaker will later cut. '.repeat(6);
    const first = ['# Talk', '## Opening', intro, '## Calls', `${paragraph} Then we slept.`].join('\n\n');
    const note = { id: 'n', anchor: noteOn(first, 'learned more') } as Note;
    // Draft 2: the opening cut. The note is placed and its placement stored back.
    const second = first.replace(intro, 'Short.');
    const sections = sectionsOf(second);
    const stored = anchorsToStore([note], [resolveAnchor(note.anchor, second, sections)], second, sections).get('n')!;
    expect(stored.start).toBe(second.indexOf('learned more'));
    // Draft 3: the paragraph copied below itself: the copy reads the same.
    const third = second.replace(`${paragraph} Then we slept.`, `${paragraph} Then we slept.\n\n${paragraph} Then we slept.`);
    const original = third.indexOf('learned more');
    const copy = third.indexOf('learned more', original + 1);
    // The first draft's offset is now nearer the copy: without the stored placement the copy is chosen.
    expect(Math.abs(note.anchor.start - copy)).toBeLessThan(Math.abs(note.anchor.start - original));
    expect(place(note.anchor, third).start).toBe(copy);
    expect(place(stored, third)).toMatchObject({ status: 'exact', start: original });
  });
});
