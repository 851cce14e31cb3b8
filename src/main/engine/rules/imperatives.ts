import { ruleLexicon } from './catalogue';
import type { Sentence, Word } from '../text/segment';
import { listMatch } from './lexiconRules';
import type { Match, SectionContext } from './types';

// Words that open a clause of their own or stand as its subject: a finite verb after one of these
// belongs to that clause ("Take the train that leaves at nine", "Make sure everything is ready").
const CLAUSE_OPENERS = new Set(
  'i you he she it we they this that these those there who which what whose everyone everything someone something nobody nothing if when because so where while until before after as sure how why whether'.split(
    ' ',
  ),
);
// Connectives and pronouns that open a second clause without making the first a condition: "Call
// her, and she will thank you", "Call your mother, she misses you".
const NOT_A_CONSEQUENCE = new Set('and or but then so please because since or he she it they we i'.split(' '));
// Verbs that take a whole clause: "Imagine the customer calls you", "Remember the night the
// system went down": the verb after them is the clause's, the first word is still an instruction.
const TAKES_A_CLAUSE = new Set(
  'imagine remember suppose say think picture notice see know believe assume note consider look tell ask'.split(' '),
);
// Whom "let" lets: "Let them come to Berlin" is a challenge to absent doubters, no instruction to
// this audience ("Let me know" and "Let's" still ask).
const LET_OTHERS = new Set(['them', 'him', 'her', 'it', 'us']);

/** Whether an English word is a finite verb: "leads", "drops", "left", "is". */
function finite(context: SectionContext, start: number, lower: string): boolean {
  const tags = context.tags.get(start);
  if (!tags) return false;
  return tags.has('Copula') || tags.has('PastTense') || (tags.has('PresentTense') && /[^s]s$/.test(lower));
}

/**
 * Whether the first word of an English sentence is no instruction although a verb could be: a
 * noun subject with its own verb ("Fear for the future leads to…"), a condition with its
 * consequence after a comma ("Take away land speculation, price of land drops"), "Let them…".
 * The audit of 100 findings rejected each (eval/audit/findings-audit.md, class 6).
 */
function notAnInstruction(context: SectionContext, sentence: Sentence): boolean {
  const words = sentence.words;
  if (words[0]!.lower === 'let' && LET_OTHERS.has(words[1]?.lower ?? '')) return true;
  let clause = 0;
  let opened = TAKES_A_CLAUSE.has(words[0]!.lower);
  for (let i = 1; i < words.length; i++) {
    const between = context.masked.slice(words[i - 1]!.end, words[i]!.start);
    if (/[;:?!.]/.test(between)) return false;
    const word = words[i]!;
    if (between.includes(',')) {
      if (clause === 1) return false;
      clause = 1;
      if (NOT_A_CONSEQUENCE.has(word.lower)) return false;
      opened = false;
    }
    const stem = word.lower.replace(/['’](?:re|s|ll|ve|d|m)$/, '');
    if (CLAUSE_OPENERS.has(stem) && !(clause === 1 && stem === 'you')) opened = true;
    else if (!opened && finite(context, word.start, word.lower)) return true;
  }
  // "…, price of land drops.": a consequence ending in a verb the lexicon also reads as a plural.
  const [before, last] = words.slice(-2);
  return clause === 1 && !opened && before !== undefined && last !== undefined && endsInVerb(context, before, last);
}

/** Whether a clause's last two words read as subject and verb ("land drops"), not "and laptops". */
function endsInVerb(context: SectionContext, before: Word, last: Word): boolean {
  if (!/[^s]s$/.test(last.lower) || context.lexicons.stopwords.has(before.lower)) return false;
  const tags = context.tags.get(before.start);
  return !['Determiner', 'Possessive', 'Adjective', 'Conjunction', 'Value', 'Preposition'].some((tag) => tags?.has(tag));
}

/** Sentences that open with an instruction ("Focus", "Bel"): rules/catalogue/imperatives.json, and the English tagger's imperatives. */
export function imperatives(context: SectionContext): Match[] {
  const lexicon = ruleLexicon('imperatives', context.lang);
  const verbs = new Set(lexicon.entries.map((entry) => entry.phrase.toLowerCase()));
  const matches: Match[] = [];
  for (const sentence of context.sentences) {
    const [word, next] = sentence.words;
    if (!word) continue;
    const tags = context.tags.get(word.start);
    const tagged = (tags?.has('Imperative') || tags?.has('Infinitive')) && next !== undefined && next.lower !== 'you';
    if (!verbs.has(word.lower) && !tagged) continue;
    if (context.lang === 'en' && notAnInstruction(context, sentence)) continue;
    matches.push(listMatch(lexicon, word, word.lower));
  }
  return matches;
}

/** What this rule finds, run by the engine for every rule file naming this module (rules/code.generated.ts). */
export { imperatives as find };
