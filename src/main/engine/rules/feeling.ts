import { codeMatch, type Match, type SectionContext } from './types';

// VADER rates words from -4 to 4; 2.0 and above is a clearly felt word ("afraid" -2.2, "proud"
// 2.1), below that mild ones ("okay" 0.9). Clear ones are `strong-feeling`, mild ones `feeling`.
export const STRONG_VALENCE = 2;

/** Words that carry feeling, rated in lexicon/<lang>/feeling.json (VADER for English, pattern for Dutch). */
export function feeling(context: SectionContext): Match[] {
  const matches: Match[] = [];
  for (const word of context.words) {
    const valence = context.lexicons.feeling[word.lower];
    if (valence === undefined) continue;
    const id = Math.abs(valence) >= STRONG_VALENCE ? 'strong-feeling' : 'feeling';
    const values = { valence: valence > 0 ? `+${valence}` : String(valence) };
    matches.push(codeMatch(context, id, 'emotional+', { start: word.start, end: word.end, actual: word.text }, { values }));
  }
  return matches;
}
