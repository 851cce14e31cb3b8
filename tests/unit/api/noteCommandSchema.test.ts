import { describe, expect, test } from 'vitest';
import { ARGUMENT_SCHEMAS } from '../../../src/main/api/schemas';
import type { NoteCommand } from '../../../src/shared/notesView';

const check = (command: unknown): unknown => ARGUMENT_SCHEMAS.runNoteCommand([command])[0];

describe('a note command has one schema, its type inferred from it', () => {
  test('each kind passes with exactly its fields', () => {
    const commands: NoteCommand[] = [
      { kind: 'add', tag: 'general', text: 'Slow down here.', start: 4, end: 9 },
      { kind: 'edit', id: 'n1', text: 'Better.' },
      { kind: 'change-reply', id: 'n1', replyId: 'r1', text: null },
      { kind: 'dismiss', finding: { key: 'k', ruleId: 'jargon', sectionId: 'a', actual: 'synergy' }, reason: 'The audience knows it.' },
    ];
    for (const command of commands) expect(check(command)).toEqual(command);
  });

  test('an unknown kind, an unknown field or an empty selection is refused as before', () => {
    expect(() => check({ kind: 'shout', id: 'n1' })).toThrow(
      'argument 1: expected a note command (add, edit, delete, reply, change-reply, resolve, reattach, settle, dismiss, undismiss).',
    );
    expect(() => check('add')).toThrow(/expected a note command/);
    expect(() => check({ kind: 'delete', id: 'n1', extra: true })).toThrow(
      'Expected argument 1 to be an object without the field "extra".',
    );
    expect(() => check({ kind: 'add', tag: 'general', text: 'x', start: 9, end: 9 })).toThrow(
      'Select some words first: a note sits on a selection.',
    );
  });
});
