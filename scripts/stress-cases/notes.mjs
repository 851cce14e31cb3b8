// Hostile sidecars for `npm run stress` (issue 21, item 6): a 1 MB talk with a `talk.sticky.json`
// beside it that makes placing notes or grouping dismissals quadratic if anything is. The format
// is src/main/services/notes/sidecarFormat.ts's; every case runs `report` and `score --json`.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

// The sizes the issue measured: `report` took 38 s, 26 s and 25 s on them before the fix.
const TALK_BYTES = 1024 * 1024;
const NOTES = 2000;
const DISMISSALS = 50000;
const AT = '2026-01-01T00:00:00.000Z';

/** A 1 MB talk of many short sections (section ids part-0, part-1, ...). */
function talkText() {
  const paragraph = 'The customer called us at nine. We listened, we learned, and the next visit went better for everyone.\n\n';
  const parts = [];
  for (let length = 0, index = 0; length < TALK_BYTES; index++) {
    const part = `## Part ${index}\n\n${paragraph.repeat(8)}`;
    parts.push(part);
    length += part.length;
  }
  return parts.join('');
}

const note = (index, anchor) => ({
  id: `n${index}`,
  author: 'Coach',
  tag: 'general',
  created: AT,
  edited: null,
  resolved: null,
  text: `Note ${index}`,
  anchor: { sectionId: 'part-0', sectionTitle: 'Part 0', prefix: '', suffix: '', ...anchor },
  replies: [],
  conflicts: [],
});

/** Writes the talk and its sidecar into `dir`; returns the talk's path. */
function write(dir, { notes = [], dismissals = [] }) {
  const talk = join(dir, 'talk.md');
  writeFileSync(talk, talkText());
  const sidecar = { format: 'sticky-notes', version: 1, talk: 'talk.md', authors: ['Coach'], notes, dismissals };
  writeFileSync(join(dir, 'talk.sticky.json'), JSON.stringify(sidecar));
  return talk;
}

const spread = (index) => Math.floor((index * (TALK_BYTES - 100)) / NOTES);

/** Every case: its name, what makes its files in a folder, and the commands run on the talk. */
export const NOTES_CASES = [
  {
    name: '2,000 notes on a single space (context found nowhere), 1 MB talk',
    make: (dir) =>
      write(dir, {
        notes: Array.from({ length: NOTES }, (_, index) =>
          note(index, {
            exact: ' ',
            prefix: 'no such words before '.repeat(2).slice(0, 32),
            suffix: 'nor after these'.repeat(3).slice(0, 32),
            start: spread(index),
            end: spread(index) + 1,
          }),
        ),
      }),
    commands: [['report'], ['score', '--json']],
  },
  {
    name: '2,000 notes whose quote is nowhere, 1 MB talk',
    make: (dir) =>
      write(dir, {
        notes: Array.from({ length: NOTES }, (_, index) =>
          note(index, { exact: `a quote that is nowhere ${index} in the talk`, start: spread(index), end: spread(index) + 30 }),
        ),
      }),
    commands: [['report'], ['score', '--json']],
  },
  {
    name: '50,000 dismissals in one section, 1 MB talk',
    make: (dir) =>
      write(dir, {
        dismissals: Array.from({ length: DISMISSALS }, (_, index) => ({
          key: `filler|part-0|word ${index}|0`,
          ruleId: 'filler',
          sectionId: 'part-0',
          actual: `word ${index}`,
          author: 'Coach',
          at: AT,
          reason: 'not a filler here',
        })),
      }),
    commands: [['report'], ['score', '--json']],
  },
];
