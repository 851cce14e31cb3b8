// A small reader of JavaScript regular expressions that names the shapes whose matching time grows
// faster than the text they read: V8's matcher backtracks, so each of these takes quadratic (or
// worse) time on some hostile input. Used by regexShapes.test.ts on every regex literal of the
// code that reads user text.

interface Quantifier {
  min: number;
  max: number;
  lazy: boolean;
}

/** Characters an item matches: the listed ones, or (negated) all but them. */
interface Chars {
  negated: boolean;
  chars: Set<string>;
}

/** One element of a pattern: a character (set), a group of alternatives, or an assertion. */
interface Item {
  kind: 'chars' | 'group' | 'assertion';
  chars: Chars;
  alternatives: Item[][];
  quantifier: Quantifier;
}

const ONE: Quantifier = { min: 1, max: 1, lazy: false };
const WORD = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_';
const SPACE = ' \t\n\r\f\v\u00a0\u2028\u2029';
const DIGIT = '0123456789';
// Unicode properties stand for a few of their characters: enough to see overlaps.
const PROPERTIES: Record<string, string> = { L: 'abcxyzABCXYZéß', N: '0123456789²', P: '.,!?;:\'"-()[]{}…', Lu: 'ABCXYZ', Ll: 'abcxyz' };
const ANY: Chars = { negated: true, chars: new Set() };
const only = (chars: string): Chars => ({ negated: false, chars: new Set(chars) });

function escapeChars(letter: string, property = ''): Chars {
  if (letter === 'w') return only(WORD);
  if (letter === 's') return only(SPACE);
  if (letter === 'd') return only(DIGIT);
  if (letter === 'W') return { negated: true, chars: new Set(WORD) };
  if (letter === 'S') return { negated: true, chars: new Set(SPACE) };
  if (letter === 'D') return { negated: true, chars: new Set(DIGIT) };
  if (letter === 'p') return PROPERTIES[property] ? only(PROPERTIES[property]) : ANY;
  if (letter === 'P') return PROPERTIES[property] ? { negated: true, chars: new Set(PROPERTIES[property]) } : ANY;
  if (letter === 'u' || letter === 'x' || /\d/.test(letter) || letter === 'k') return ANY;
  const named: Record<string, string> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v' };
  return only(named[letter] ?? letter);
}

/** Reads a pattern into items, left to right. */
export function parsePattern(source: string): Item[][] {
  let at = 0;
  /** An escape at `at` (the backslash): its characters; `at` moves past it. */
  const readEscape = (): Chars => {
    const letter = source[at + 1]!;
    at += 2;
    let property = '';
    if ((letter === 'p' || letter === 'P' || letter === 'u') && source[at] === '{') {
      const close = source.indexOf('}', at);
      property = source.slice(at + 1, close).replace(/^(?:General_Category|gc)=/, '');
      at = close + 1;
    } else if (letter === 'u') at += 4;
    else if (letter === 'x') at += 2;
    else if (letter === 'k') at = source.indexOf('>', at) + 1;
    return escapeChars(letter, property);
  };
  const readClass = (): Chars => {
    at++; // [
    const negated = source[at] === '^';
    if (negated) at++;
    const chars = new Set<string>();
    let broad = false;
    while (at < source.length && source[at] !== ']') {
      let first: string;
      if (source[at] === '\\') {
        const escaped = readEscape();
        if (escaped.negated) broad = true;
        if (escaped.chars.size !== 1 || escaped.negated) {
          for (const char of escaped.chars) chars.add(char);
          continue;
        }
        first = [...escaped.chars][0]!;
      } else first = source[at++]!;
      if (source[at] === '-' && source[at + 1] !== ']' && at + 1 < source.length) {
        at++;
        const last = source[at] === '\\' ? ([...readEscape().chars][0] ?? first) : source[at++]!;
        const from = first.charCodeAt(0);
        const to = last.charCodeAt(0);
        if (to - from > 300) broad = true;
        for (let code = from; code <= Math.min(to, from + 300); code++) chars.add(String.fromCharCode(code));
      } else chars.add(first);
    }
    at++; // ]
    if (broad) return negated ? ANY : ANY;
    return { negated, chars };
  };
  const readQuantifier = (): Quantifier => {
    const char = source[at];
    let quantifier: Quantifier | null = null;
    if (char === '*') quantifier = { min: 0, max: Infinity, lazy: false };
    else if (char === '+') quantifier = { min: 1, max: Infinity, lazy: false };
    else if (char === '?') quantifier = { min: 0, max: 1, lazy: false };
    else if (char === '{') {
      const braces = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(at, at + 20));
      if (braces) {
        const min = Number(braces[1]);
        const max = braces[2] === undefined ? min : braces[3] === '' ? Infinity : Number(braces[3]);
        quantifier = { min, max, lazy: false };
        at += braces[0].length - 1;
      }
    }
    if (!quantifier) return ONE;
    at++;
    if (source[at] === '?') {
      quantifier.lazy = true;
      at++;
    }
    return quantifier;
  };
  const readAlternatives = (): Item[][] => {
    const alternatives: Item[][] = [[]];
    while (at < source.length && source[at] !== ')') {
      const char = source[at]!;
      if (char === '|') {
        alternatives.push([]);
        at++;
        continue;
      }
      let item: Item;
      if (char === '(') {
        const assertion = /^\(\?<?[=!]/.test(source.slice(at, at + 4));
        const prefix = /^\(\?(?::|<?[=!]|<[A-Za-z_$][\w$]*>)/.exec(source.slice(at, at + 40))?.[0] ?? '(';
        at += prefix.length;
        const inner = readAlternatives();
        at++; // )
        item = { kind: assertion ? 'assertion' : 'group', chars: ANY, alternatives: inner, quantifier: ONE };
      } else if (char === '[') {
        item = { kind: 'chars', chars: readClass(), alternatives: [], quantifier: ONE };
      } else if (char === '\\' && (source[at + 1] === 'b' || source[at + 1] === 'B')) {
        at += 2;
        item = { kind: 'assertion', chars: ANY, alternatives: [], quantifier: ONE };
      } else if (char === '\\') {
        item = { kind: 'chars', chars: readEscape(), alternatives: [], quantifier: ONE };
      } else if (char === '^' || char === '$') {
        at++;
        item = { kind: 'assertion', chars: ANY, alternatives: [], quantifier: ONE };
      } else {
        at++;
        item = {
          kind: 'chars',
          chars: char === '.' ? { negated: true, chars: new Set('\n\r\u2028\u2029') } : only(char),
          alternatives: [],
          quantifier: ONE,
        };
      }
      item.quantifier = readQuantifier();
      alternatives.at(-1)!.push(item);
    }
    return alternatives;
  };
  return readAlternatives();
}

const unbounded = (item: Item): boolean => item.quantifier.max === Infinity;

/** Whether two character sets share a character. */
function overlap(a: Chars, b: Chars): boolean {
  if (a.negated && b.negated) return true;
  if (a.negated) return [...b.chars].some((char) => !a.chars.has(char));
  if (b.negated) return [...a.chars].some((char) => !b.chars.has(char));
  return [...a.chars].some((char) => b.chars.has(char));
}

/** The characters an item can start with (anything, when it can be empty or is not known). */
function firstChars(item: Item): Chars {
  if (item.kind === 'chars') return item.chars;
  if (item.kind === 'assertion') return only('');
  const all = new Set<string>();
  for (const sequence of item.alternatives) {
    const first = sequence.find((inner) => inner.kind !== 'assertion');
    if (!first) continue;
    const chars = firstChars(first);
    if (chars.negated || first.quantifier.min === 0) return ANY;
    for (const char of chars.chars) all.add(char);
  }
  return { negated: false, chars: all };
}

/**
 * Whether, after a run of `run`'s characters, the items can read another run of them with only
 * such characters between (`\w*_?\w+`, `[\w-]*(?:[ _][\w-]+)?`): the text can be split between
 * the runs in as many ways as it is long.
 */
function runFollows(run: Chars, items: Item[]): boolean {
  for (const next of items) {
    if (next.kind === 'assertion') continue;
    if (next.kind === 'group') {
      if (next.alternatives.some((alternative) => runFollows(run, alternative))) return true;
      if (next.quantifier.min > 0) return false;
      continue;
    }
    if (!overlap(run, next.chars)) return false;
    if (unbounded(next)) return true;
  }
  return false;
}

/** The characters of the unbounded runs inside a group, or null when it has none. */
function innerRuns(item: Item): Chars | null {
  let runs = null as Chars | null;
  for (const sequence of item.alternatives)
    for (const inner of sequence) {
      const found = unbounded(inner) ? (inner.kind === 'chars' ? inner.chars : ANY) : innerRuns(inner);
      if (!found) continue;
      if (found.negated || runs?.negated) runs = ANY;
      else runs = { negated: false, chars: new Set([...(runs?.chars ?? []), ...found.chars]) };
    }
  return runs;
}

/**
 * Whether a repeated group holds a run that can also be read by the group's next round: `(\w+\s?)+`
 * splits a word between rounds in as many ways as it is long. A round that must start with a
 * character no run inside reads (`(?:[.,]\d+)*`) is read one way only.
 */
function nestedRepeat(item: Item): boolean {
  if (item.kind !== 'group' || !unbounded(item)) return false;
  const runs = innerRuns(item);
  return runs !== null && overlap(runs, firstChars(item));
}

/** Every dangerous shape in a pattern, each as a short phrase (empty when none). */
export function dangerousShapes(source: string): string[] {
  const found = new Set<string>();
  const visit = (sequences: Item[][], outerRepeats: boolean): void => {
    for (const sequence of sequences) {
      sequence.forEach((item, index) => {
        if (unbounded(item) && item.quantifier.lazy) found.add('lazy repeat up to a delimiter (rescans from every start)');
        if (nestedRepeat(item)) found.add('nested repeats, like (a+)+');
        if (item.kind === 'group' && (unbounded(item) || outerRepeats) && item.alternatives.length > 1) {
          const starts = item.alternatives.map((alternative) => (alternative[0] ? firstChars(alternative[0]) : only('')));
          if (starts.some((a, i) => starts.some((b, j) => i < j && overlap(a, b))))
            found.add('repeated alternatives that overlap, like (a|a)*');
        }
        if (unbounded(item) && item.kind === 'chars' && runFollows(item.chars, sequence.slice(index + 1)))
          found.add('two runs of the same characters in a row, like \\w*_?\\w+');
        if (item.alternatives.length > 0) visit(item.alternatives, outerRepeats || unbounded(item));
      });
    }
  };
  const top = parsePattern(source);
  visit(top, false);
  for (const sequence of top) {
    // Unanchored, a run tried from every position inside it, then failing after it: `\s+$` on
    // spaces and a letter reads the spaces once per space. (`^`, `\b` or a look-behind anchor it.)
    const first = sequence[0];
    const rest = sequence.slice(1);
    if (first?.kind === 'chars' && unbounded(first) && first.quantifier.min > 0 && rest.some((item) => item.quantifier.min > 0))
      found.add('a run at the start with more to match after it, like \\s+$');
  }
  return [...found];
}
