import type { Match } from './types';

/** Runs a global regular expression over a text, turning each hit into a match (or skipping it with null). */
export function regexMatches(text: string, pattern: RegExp, make: (hit: RegExpExecArray) => Match | null): Match[] {
  const matches: Match[] = [];
  pattern.lastIndex = 0;
  let hit: RegExpExecArray | null;
  while ((hit = pattern.exec(text)) !== null) {
    const made = make(hit);
    if (made) matches.push(made);
  }
  return matches;
}

/** A hit's span in the text. */
export const spanOf = (hit: RegExpExecArray): { start: number; end: number; actual: string } => ({
  start: hit.index,
  end: hit.index + hit[0].length,
  actual: hit[0],
});
