import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { anchorSections, createAnchor } from '../../../src/main/engine/anchors/createAnchor';
import { resolveAnchor } from '../../../src/main/engine/anchors/resolveAnchor';
import { parseTalk } from '../../../src/main/engine/talk/parseTalk';
import { addNote, replyToNote } from '../../../src/main/services/notes/noteEdits';
import { parseSidecar, serializeSidecar } from '../../../src/main/services/notes/sidecarFormat';
import { emptySidecar, NOTE_TAGS } from '../../../src/shared/notes';

const sample = readFileSync(join(__dirname, '../../../resources/samples/lead-your-leaders.md'), 'utf8');
const sections = anchorSections(parseTalk(sample));
// Quotes of 12 characters or more: a note is on words, not on a letter.
const selection = fc
  .tuple(fc.nat({ max: sample.length - 13 }), fc.integer({ min: 12, max: 200 }))
  .map(([start, length]) => ({ start, end: Math.min(sample.length, start + length) }))
  .filter(({ start, end }) => sample.slice(start, end).trim().length > 0);

describe('anchors, whatever the selection', () => {
  it('find their own words again in the unchanged talk', () => {
    fc.assert(
      fc.property(selection, ({ start, end }) => {
        const placement = resolveAnchor(createAnchor(sample, sections, start, end), sample, sections);
        expect(placement).toMatchObject({ status: 'exact', start, end, moved: false });
      }),
      { numRuns: 200 },
    );
  });

  it('follow their words when text is inserted elsewhere', () => {
    fc.assert(
      fc.property(selection, fc.nat({ max: sample.length }), fc.string({ minLength: 1, maxLength: 80 }), ({ start, end }, at, inserted) => {
        fc.pre(at < start - 32 || at > end + 32);
        const edited = sample.slice(0, at) + inserted + sample.slice(at);
        const shift = at < start ? inserted.length : 0;
        const placement = resolveAnchor(createAnchor(sample, sections, start, end), edited, anchorSections(parseTalk(edited)));
        expect([placement.start, placement.end]).toEqual([start + shift, end + shift]);
      }),
      { numRuns: 150 },
    );
  });
});

describe('the sidecar format, whatever the input', () => {
  it('never throws on any JSON or any text', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => void parseSidecar(JSON.stringify(value))));
    fc.assert(fc.property(fc.string(), (text) => void parseSidecar(text)));
  });

  it('round-trips any note text, tag and author', () => {
    const anchor = createAnchor(sample, sections, 100, 120);
    fc.assert(
      fc.property(
        fc.string({ minLength: 1 }),
        fc.constantFrom(...NOTE_TAGS),
        fc.string(),
        fc.string({ minLength: 1 }),
        (text, tag, author, reply) => {
          fc.pre(text.trim() !== '' && reply.trim() !== '' && author.trim() !== '');
          const { sidecar, note } = addNote(emptySidecar('talk.md'), { author, now: '2026-12-03T10:00:00.000Z' }, { tag, text, anchor });
          const full = replyToNote(sidecar, { author, now: '2026-12-03T10:01:00.000Z' }, note.id, reply);
          const written = serializeSidecar(full);
          const parsed = parseSidecar(written);
          expect(parsed.ok && serializeSidecar(parsed.sidecar)).toBe(written);
          expect(parsed.ok && parsed.sidecar.notes[0]!.text).toBe(text.trim());
        },
      ),
      { numRuns: 150 },
    );
  });
});
