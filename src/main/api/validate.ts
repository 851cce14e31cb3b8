import { isTimeValue } from '../services/checks';
import { UserError } from '../services/userError';

/**
 * A check of one untrusted value: returns it typed, or throws a bad-request UserError naming where
 * (`at`) it failed. Checks never echo the value and only descend into fields the schema names, so a
 * hostile payload (huge, deep, cyclic) costs at most what the schema allows.
 */
export type Check<T> = (value: unknown, at: string) => T;

function refuse(at: string, expected: string, message?: string): never {
  throw new UserError('bad-request', message ?? `Expected ${at} to be ${expected}.`);
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
export function optional<T>(check: Check<T>): Check<T | undefined> {
  return (value, at) => (value === undefined ? undefined : check(value, at));
}

/** An array of at most `max` items, each passing `item`. */
export function list<T>(item: Check<T>, max: number): Check<T[]> {
  return (value, at) => {
    if (!Array.isArray(value) || value.length > max) refuse(at, `a list of at most ${max} items`);
    return value.map((entry, index) => item(entry, `${at}[${index}]`));
  };
}

type Shape = Record<string, Check<unknown>>;
type Shaped<S extends Shape> = { [K in keyof S]: ReturnType<S[K]> };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}

/** A plain object with only the named fields (unknown fields are refused, not ignored). */
export function object<S extends Shape>(shape: S): Check<Shaped<S>> {
  const names = new Set(Object.keys(shape));
  return (value, at) => {
    if (!isPlainObject(value)) refuse(at, 'an object');
    const keys = Object.keys(value);
    const unknown = keys.find((key) => !names.has(key));
    if (unknown !== undefined) refuse(at, `an object without the field "${unknown.slice(0, 40)}"`);
    const result: Record<string, unknown> = {};
    for (const name of names) {
      const checked = shape[name]!(value[name], `${at}.${name}`);
      if (checked !== undefined) result[name] = checked;
    }
    return result as Shaped<S>;
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

/** Checks a call's argument list: at most one argument per check, each passing its check. */
export function args<T extends unknown[]>(...checks: { [K in keyof T]: Check<T[K]> }): (values: unknown[]) => T {
  return (values) => {
    if (values.length > checks.length) refuse('the call', `given at most ${checks.length} arguments`);
    return checks.map((check: Check<unknown>, index) => check(values[index], `argument ${index + 1}`)) as T;
  };
}
