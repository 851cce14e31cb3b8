import { describe, expect, expectTypeOf, test } from 'vitest';
import { is, list, object, optional, Refused, text, tolerantList, type Infer } from '../../../src/shared/schema/check';
import { UserError } from '../../../src/shared/userError';

const isText = (value: unknown): value is string => typeof value === 'string';
const words = is(isText, 'text');

/** The refusal a check throws on a value (or null when it passes). */
function refusal(run: () => unknown): Refused | null {
  try {
    run();
    return null;
  } catch (error) {
    if (error instanceof Refused) return error;
    throw error;
  }
}

describe('a refusal says where and what was expected, in the bad-request sentence as before', () => {
  test('Refused is the UserError IPC shows, with its place and expectation kept apart', () => {
    const refused = refusal(() => text(5)('far too long', 'argument 1'));
    expect(refused).toBeInstanceOf(UserError);
    expect(refused).toMatchObject({ code: 'bad-request', at: 'argument 1', expected: 'text of at most 5 characters', sentence: undefined });
    expect(refused?.message).toBe('Expected argument 1 to be text of at most 5 characters.');
    expect(refused?.name).toBe('UserError');
  });

  test('is() checks a type guard and names what it expected, never the value', () => {
    expect(words('fine', 'x')).toBe('fine');
    const refused = refusal(() => words({ secret: 'hunter2' }, 'argument 2.name'));
    expect(refused).toMatchObject({ at: 'argument 2.name', expected: 'text' });
    expect(refused?.message).not.toContain('hunter2');
  });

  test('a list without a cap of its own is "a list"; with one it says the cap', () => {
    expect(refusal(() => list(words, Infinity)('no', 'items'))?.expected).toBe('a list');
    expect(refusal(() => list(words, 2)(['a', 'b', 'c'], 'items'))?.expected).toBe('a list of at most 2 items');
  });
});

describe('tolerantList keeps the valid items and reports the bad ones', () => {
  test('the bad items are left out, each reported by place and expectation, never by value', () => {
    const reports: string[] = [];
    const check = tolerantList(words, 10, (at, expected) => reports.push(`${at}: ${expected}`));
    expect(check(['Ann', 7, 'Bo', { name: 'hunter2' }, null], 'authors')).toEqual(['Ann', 'Bo']);
    expect(reports).toEqual(['authors[1]: text', 'authors[3]: text', 'authors[4]: text']);
    expect(tolerantList(words, 10)(['Ann', 7], 'authors')).toEqual(['Ann']);
  });

  test('what is no list, or a list past its cap, is refused whole', () => {
    expect(refusal(() => tolerantList(words, 3)('Ann', 'authors'))?.message).toBe('Expected authors to be a list of at most 3 items.');
    expect(refusal(() => tolerantList(words, 3)(['a', 'b', 'c', 'd'], 'authors'))?.expected).toBe('a list of at most 3 items');
  });

  test('a million bad items cost a test each, not a thrown refusal each (which took seconds)', () => {
    const many = Array.from({ length: 1_000_000 }, (_, index) => index);
    const started = performance.now();
    expect(tolerantList(words, Infinity)(many, 'authors')).toEqual([]);
    // A test per item takes tens of milliseconds; a thrown refusal per item took 2 to 9 seconds here.
    expect(performance.now() - started).toBeLessThan(1_500);
  });
});

describe('object: unknown fields refused or ignored, checked in order, returned in the shape order', () => {
  const shape = { id: words, note: optional(words), by: words };

  test('an unknown field is refused by default and left out with unknown: ignore', () => {
    expect(refusal(() => object(shape)({ id: 'a', by: 'b', later: 1 }, 'argument 1'))?.message).toBe(
      'Expected argument 1 to be an object without the field "later".',
    );
    expect(object(shape, { unknown: 'ignore' })({ id: 'a', by: 'b', later: 1 }, 'x')).toEqual({ id: 'a', by: 'b' });
  });

  test('`first` fields are checked first; the result keeps the shape order whatever order the input had', () => {
    const check = object(shape, { unknown: 'ignore', first: ['note'] });
    expect(refusal(() => check({ id: 1, note: 2, by: 'b' }, 'deleted[0]'))?.at).toBe('deleted[0].note');
    expect(refusal(() => object(shape)({ id: 1, note: 2, by: 'b' }, 'deleted[0]'))?.at).toBe('deleted[0].id');
    expect(Object.keys(check({ by: 'b', note: 'n', id: 'a' }, 'x'))).toEqual(['id', 'note', 'by']);
  });

  test('at the top (an empty place) a field is named by itself', () => {
    expect(refusal(() => object(shape)({ id: 'a', by: 3 }, ''))?.at).toBe('by');
  });

  test('the type follows the shape: an optional check makes an optional field', () => {
    expectTypeOf<Infer<ReturnType<typeof object<typeof shape>>>>().toEqualTypeOf<{ id: string; by: string; note?: string }>();
  });
});
