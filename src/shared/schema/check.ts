// Sticky's schemas: one definition per shape, its TypeScript type inferred from it (`Infer`), used
// wherever the shape crosses a trust boundary (IPC, the stores on disk, the notes sidecar). valibot
// and zod (both MIT) were weighed: either could bound lengths, but only with a custom message on
// every check and an error map to keep today's bad-request refusals ("Expected argument 1.plan.id
// to be ..."), which never echo the value or an unbounded key; these combinators already do that,
// with no dependency.
import { UserError } from '../userError';

// ECMAScript time values reach 8.64e15 ms either side of 1970 (ECMA-262, "Time Values and Time
// Range"); beyond that `new Date(x).toISOString()` throws.
const MAX_TIME_VALUE = 8.64e15;

/** A time in milliseconds since the epoch that makes a valid Date. */
export const isTimeValue = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= -MAX_TIME_VALUE && value <= MAX_TIME_VALUE;

/**
 * A check of one untrusted value: returns it typed, or throws a bad-request UserError naming where
 * (`at`) it failed. Checks never echo the value and only descend into fields the schema names, so a
 * hostile payload (huge, deep, cyclic) costs at most what the schema allows.
 */
export type Check<T> = (value: unknown, at: string) => T;

/** The type a check returns: the TypeScript type of the shape the schema describes. */
export type Infer<C> = C extends Check<infer T> ? T : never;

/** A check that also passes a left-out field, so `object` makes the field optional (`name?: T`). */
export type OptionalCheck<T> = Check<T | undefined> & { readonly optional: true };

/**
 * What a check throws: where the value failed (`at`), what was expected there, and the sentence
 * shown, the schema's own (`sentence`) or "Expected {at} to be {expected}.". A reader with its own
 * message style (the notes sidecar) words `at` and `expected` its way.
 */
export class Refused extends UserError {
  constructor(
    readonly at: string,
    readonly expected: string,
    readonly sentence?: string,
  ) {
    super('bad-request', sentence ?? `Expected ${at} to be ${expected}.`);
  }
}

function refuse(at: string, expected: string, message?: string): never {
  throw new Refused(at, expected, message);
}

/** A check made by `is`: it keeps its type guard and what it expects, so a list can test items without a thrown refusal each. */
export type GuardCheck<T> = Check<T> & { readonly test: (value: unknown) => value is T; readonly expected: string };

/** A value passing a type guard; `expected` names what it should be (for leaves no other check describes). */
export function is<T>(test: (value: unknown) => value is T, expected: string): GuardCheck<T> {
  return Object.assign((value: unknown, at: string) => (test(value) ? value : refuse(at, expected)), { test, expected });
}

/** Text of at most `max` UTF-16 units (and not blank when `nonBlank`). */
export function text(max: number, options: { nonBlank?: boolean; message?: string } = {}): Check<string> {
  const expected = `text of at most ${max} characters`;
  return (value, at) => {
    if (typeof value !== 'string' || value.length > max) refuse(at, expected, options.message);
    if (options.nonBlank && value.trim() === '') refuse(at, `non-blank ${expected}`, options.message);
    return value;
  };
}

/** A finite number from `min` to `max`, whole when `integer`. */
export function number(min: number, max: number, options: { integer?: boolean; message?: string } = {}): Check<number> {
  const expected = `${options.integer ? 'a whole number' : 'a number'} from ${min} to ${max}`;
  return (value, at) => {
    if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) refuse(at, expected, options.message);
    if (options.integer && !Number.isInteger(value)) refuse(at, expected, options.message);
    return value;
  };
}

/** A time in milliseconds since 1970 that makes a valid Date (so `toISOString()` never throws). */
export const epochMillis: Check<number> = (value, at) => (isTimeValue(value) ? value : refuse(at, 'a valid date'));

/** true or false. */
export const boolean: Check<boolean> = (value, at) => (typeof value === 'boolean' ? value : refuse(at, 'true or false'));

/** One of a fixed set of values. */
export function oneOf<const T extends string | number>(values: readonly T[], message?: string): Check<T> {
  return (value, at) => (values.includes(value as T) ? (value as T) : refuse(at, `one of ${values.join(', ')}`, message));
}

/** The check, or null. */
export function nullable<T>(check: Check<T>): Check<T | null> {
  return (value, at) => (value === null ? null : check(value, at));
}

/** The check, or undefined (left out). */
export function optional<T>(check: Check<T>): OptionalCheck<T> {
  return Object.assign((value: unknown, at: string) => (value === undefined ? undefined : check(value, at)), { optional: true as const });
}

// `max` Infinity: no cap of the list's own, for data whose whole is bounded before it is read (a capped file).
const aList = (max: number): string => (max === Infinity ? 'a list' : `a list of at most ${max} items`);

/** An array of at most `max` items, each passing `item`. */
export function list<T>(item: Check<T>, max: number): Check<T[]> {
  return (value, at) => {
    if (!Array.isArray(value) || value.length > max) refuse(at, aList(max));
    return value.map((entry, index) => item(entry, `${at}[${index}]`));
  };
}

/**
 * An array of at most `max` items that keeps the items passing `item` and leaves out the others,
 * each handed to `report` (where and what was expected, never the value): for data read back from
 * disk, where one bad item must not cost the rest. Items are tested with `item`'s type guard, not
 * by a thrown refusal each (2 million thrown refusals take seconds), so a list of bad items costs
 * what a good one does.
 */
export function tolerantList<T>(item: GuardCheck<T>, max: number, report?: (at: string, expected: string) => void): Check<T[]> {
  return (value, at) => {
    if (!Array.isArray(value) || value.length > max) refuse(at, aList(max));
    if (report) value.forEach((entry, index) => item.test(entry) || report(`${at}[${index}]`, item.expected));
    return value.filter(item.test);
  };
}

type Shape = Record<string, Check<unknown>>;
type OptionalKeys<S extends Shape> = { [K in keyof S]: S[K] extends { optional: true } ? K : never }[keyof S];
type Shaped<S extends Shape> = { [K in Exclude<keyof S, OptionalKeys<S>>]: Infer<S[K]> } & {
  [K in OptionalKeys<S>]?: Exclude<Infer<S[K]>, undefined>;
};
/** The object type spelled out (one flat type, not an intersection, in editors and messages). */
type Flat<T> = { [K in keyof T]: T[K] };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}

/** How `object` treats fields it does not name (`refuse`, or `ignore`: left out), and which fields it checks `first`. */
type ObjectOptions<S extends Shape> = { unknown?: 'refuse' | 'ignore'; first?: readonly (keyof S & string)[] };

/**
 * A plain object with the named fields, returned in the shape's order. Unknown fields are refused,
 * or left out with `unknown: 'ignore'` (a file a later version may add to). Fields are checked in
 * the shape's order, `first` ones before, so a reader names the fault it always named. At the top
 * (`at` empty) a field's place is its bare name.
 */
export function object<S extends Shape>(shape: S, options: ObjectOptions<S> = {}): Check<Flat<Shaped<S>>> {
  const names = Object.keys(shape);
  const first: readonly string[] = options.first ?? [];
  const order = [...first, ...names.filter((name) => !first.includes(name))];
  return (value, at) => {
    if (!isPlainObject(value)) refuse(at, 'an object');
    const unknown = options.unknown === 'ignore' ? undefined : Object.keys(value).find((key) => !Object.hasOwn(shape, key));
    if (unknown !== undefined) refuse(at, `an object without the field "${unknown.slice(0, 40)}"`);
    const checked: Record<string, unknown> = {};
    for (const name of order) checked[name] = shape[name]!(value[name], at === '' ? name : `${at}.${name}`);
    const result: Record<string, unknown> = {};
    for (const name of names) if (checked[name] !== undefined) result[name] = checked[name];
    return result as Flat<Shaped<S>>;
  };
}

/** A plain object used as a map: at most `max` keys of at most `maxKey` characters, each value passing `item`. */
export function record<T>(item: Check<T>, max: number, maxKey: number): Check<Record<string, T>> {
  return (value, at) => {
    if (!isPlainObject(value) || Object.keys(value).length > max) refuse(at, `an object of at most ${max} fields`);
    const long = Object.keys(value).find((key) => key.length > maxKey);
    if (long !== undefined) refuse(at, `field names of at most ${maxKey} characters`);
    return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, item(entry, `${at}.${key.slice(0, 40)}`)]));
  };
}

type Variants = Record<string, Check<object>>;
type Tagged<V extends Variants> = { [K in keyof V & string]: Flat<{ kind: K } & Infer<V[K]>> }[keyof V & string];

/** One of several shapes told apart by their `kind` (each variant's check sees the other fields); `what` names them in the refusal. */
export function variants<V extends Variants>(what: string, shapes: V): Check<Tagged<V>> {
  const kinds = Object.keys(shapes);
  return (value, at) => {
    const kind = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)['kind'] : undefined;
    if (typeof kind !== 'string' || !Object.hasOwn(shapes, kind))
      refuse(at, `${what} (${kinds.join(', ')})`, `${at}: expected ${what} (${kinds.join(', ')}).`);
    const rest: Record<string, unknown> = { ...(value as Record<string, unknown>) };
    delete rest['kind'];
    return { kind, ...shapes[kind]!(rest, at) } as Tagged<V>;
  };
}

/** Checks a call's argument list: at most one argument per check, each passing its check. */
export function args<T extends unknown[]>(...checks: { [K in keyof T]: Check<T[K]> }): (values: unknown[]) => T {
  return (values) => {
    if (values.length > checks.length) refuse('the call', `given at most ${checks.length} arguments`);
    return checks.map((check: Check<unknown>, index) => check(values[index], `argument ${index + 1}`)) as T;
  };
}

/** The check as a type guard: whether a value passes it (for data read back from disk, where a failure is dropped, not reported). */
export function passes<T>(check: Check<T>): (value: unknown) => value is T {
  return (value): value is T => {
    try {
      check(value, 'the value');
      return true;
    } catch {
      return false;
    }
  };
}
