// Terminal control: C0 controls but tab and newline, DEL, and C1 controls (ESC sequences can
// retitle, clear or recolour a terminal). A talk's text is printed without them.
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** A copy of a JSON-like value with control characters removed from every string in it. */
export function withoutControls<T>(value: T): T {
  if (typeof value === 'string') return value.replace(CONTROLS, '') as T;
  if (Array.isArray(value)) return value.map((item: unknown) => withoutControls(item)) as T;
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withoutControls(item)])) as T;
  return value;
}

// JSON.stringify escapes C0 controls but prints DEL and C1 controls as they are; a terminal may act on them.
const RAW_IN_JSON = /[\u007f-\u009f]/g;

/** JSON of a value with every control character escaped (\u009b, not the raw byte): the same data, safe to print. */
export const jsonForTerminal = (value: unknown): string =>
  JSON.stringify(value).replace(RAW_IN_JSON, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
