/** Small type guards for data read back from disk, where anything may be found. */

/** A plain JSON object (not an array, not null). */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A finite number, optionally within [min, max]. */
export const isNumberIn =
  (min = -Infinity, max = Infinity) =>
  (value: unknown): value is number =>
    typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max;

/** One of the given values. */
export const isOneOf =
  <T>(values: readonly T[]) =>
  (value: unknown): value is T =>
    values.includes(value as T);

/** Text. */
export const isString = (value: unknown): value is string => typeof value === 'string';

/** True or false. */
export const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';

/** A time in milliseconds since the epoch that makes a valid Date (defined with the schemas in shared). */
export { isTimeValue } from '../../shared/schema/check';
