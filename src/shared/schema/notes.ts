// The coach's note commands (runNoteCommand's argument): one schema, the NoteCommand type inferred from it.
import { MAX_TALK_BYTES } from '../limits';
import { UserError } from '../userError';
import { boolean, nullable, number, object, oneOf, optional, text, variants, type Check, type Infer } from './check';
import { findingFields, NOTE_TAGS } from './sidecar';

// Note ids are UUIDs (36 characters); 200 leaves room for ids written by other tools.
const MAX_NOTE_ID = 200;
// noteEdits.ts cuts a note at 10,000 characters; the check refuses anything far beyond that.
const MAX_NOTE_TEXT = 20_000;
// A dismissal reason is a short sentence; 2,000 characters is a paragraph.
const MAX_REASON = 2_000;
// A finding key is rule|section|words|n: the words of one finding, at most a long sentence or two.
const MAX_KEY = 4_000;

const id = text(MAX_NOTE_ID, { nonBlank: true, message: 'Expected a note id.' });
const body = text(MAX_NOTE_TEXT, { message: `A note must be at most ${MAX_NOTE_TEXT} characters.` });
const tag = oneOf(NOTE_TAGS, 'A note is tagged with a principle, a blind spot or general.');
// Offsets are UTF-16 positions in the talk's text, which is at most MAX_TALK_BYTES long.
const offset = number(0, MAX_TALK_BYTES, { integer: true });
const short = text(MAX_KEY);

const commands = variants('a note command', {
  add: object({ tag, text: body, start: offset, end: offset }),
  edit: object({ id, text: optional(body), tag: optional(tag) }),
  delete: object({ id }),
  reply: object({ id, text: body }),
  'change-reply': object({ id, replyId: id, text: nullable(body) }),
  resolve: object({ id, resolved: boolean }),
  reattach: object({ id, start: offset, end: offset }),
  settle: object({ id }),
  dismiss: object({
    finding: object(findingFields(short)),
    reason: text(MAX_REASON, { nonBlank: true, message: 'Say why the finding is dismissed.' }),
  }),
  undismiss: object({ key: short }),
});

/** A change the coach makes to the notes (or dismissals); the talk's text never changes. */
export type NoteCommand = Infer<typeof commands>;

/** A note command as runNoteCommand accepts it: one of the kinds, with exactly its fields. */
export const noteCommand: Check<NoteCommand> = (value, at) => {
  const checked = commands(value, at);
  if ('start' in checked && checked.end <= checked.start)
    throw new UserError('bad-request', 'Select some words first: a note sits on a selection.');
  return checked;
};
