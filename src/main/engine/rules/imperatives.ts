import { listMatch } from './lexiconRules';
import type { Match, SectionContext } from './types';

/** Sentences that open with an instruction ("Focus", "Bel"): lexicon/<lang>/imperatives.json, and the English tagger's imperatives. */
export function imperatives(context: SectionContext): Match[] {
  const lexicon = context.lexicons.imperatives;
  const verbs = new Set(lexicon.entries.map((entry) => entry.phrase.toLowerCase()));
  const matches: Match[] = [];
  for (const sentence of context.sentences) {
    const [word, next] = sentence.words;
    if (!word) continue;
    const tags = context.tags.get(word.start);
    const tagged = (tags?.has('Imperative') || tags?.has('Infinitive')) && next !== undefined && next.lower !== 'you';
    if (verbs.has(word.lower) || tagged) matches.push(listMatch(lexicon, word, word.lower));
  }
  return matches;
}
