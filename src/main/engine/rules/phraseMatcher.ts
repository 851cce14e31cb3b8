import type { LexiconEntry, PhraseLexicon } from '../lexicon';

/** A phrase found in a text: local offsets and the list entry it matched. */
export interface PhraseHit {
  start: number;
  end: number;
  actual: string;
  entry: LexiconEntry;
}

/** Finds a word list's phrases in text, whole words only, case-insensitively. */
export interface PhraseMatcher {
  lexicon: PhraseLexicon;
  find(text: string): PhraseHit[];
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const toPattern = (phrase: string): string =>
  escape(phrase.endsWith('*') ? phrase.slice(0, -1) : phrase).replace(/\s+/g, '\\s+') + (phrase.endsWith('*') ? '[\\p{L}\\p{N}-]*' : '');

// A curly apostrophe is the straight one typeset: ’s ochtends and 's ochtends are one phrase. Both
// are one UTF-16 unit, so offsets into the normalised text are offsets into the text.
const straightApostrophes = (text: string): string => text.replace(/[’‘]/g, "'");

const cache = new WeakMap<PhraseLexicon, PhraseMatcher>();

/**
 * Compiles a list into one regular expression with Unicode-safe word boundaries (JavaScript's \b
 * breaks on "geïnteresseerd"). Longer phrases are tried first, so "research shows" wins over
 * "research".
 */
export function phraseMatcher(lexicon: PhraseLexicon): PhraseMatcher {
  const cached = cache.get(lexicon);
  if (cached) return cached;
  const entries = [...lexicon.entries].sort((a, b) => b.phrase.length - a.phrase.length);
  const exact = new Map(
    entries
      .filter((entry) => !entry.phrase.endsWith('*'))
      .map((entry) => [straightApostrophes(entry.phrase).toLowerCase().replace(/\s+/g, ' '), entry]),
  );
  const wildcards = entries
    .filter((entry) => entry.phrase.endsWith('*'))
    .map((entry) => ({ entry, test: new RegExp(`^${toPattern(straightApostrophes(entry.phrase))}$`, 'iu') }));
  const source = entries.map((entry) => toPattern(straightApostrophes(entry.phrase))).join('|');
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, 'giu');
  const matcher: PhraseMatcher = {
    lexicon,
    find(text) {
      const hits: PhraseHit[] = [];
      if (source === '') return hits;
      pattern.lastIndex = 0;
      let match: RegExpExecArray | null;
      const normal = straightApostrophes(text);
      while ((match = pattern.exec(normal)) !== null) {
        const found = match[0];
        const actual = text.slice(match.index, match.index + found.length);
        const entry =
          exact.get(found.toLowerCase().replace(/\s+/g, ' ')) ?? wildcards.find((candidate) => candidate.test.test(found))?.entry;
        if (entry) hits.push({ start: match.index, end: match.index + actual.length, actual, entry });
      }
      return hits;
    },
  };
  cache.set(lexicon, matcher);
  return matcher;
}

/** A rule id for one entry, so one word can be silenced: `cx-jargon.touchpoint`. */
export function entryRuleId(lexicon: PhraseLexicon, entry: LexiconEntry): string {
  const slug = entry.phrase
    .toLowerCase()
    .replace(/\*$/, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, ''); // runs were made one '-' above;
  return `${lexicon.rule.id}.${slug || 'x'}`;
}
