import type { Lang } from '../../../shared/talk';
import { LEXICONS } from '../lexicon';
import enMessages from '../lexicon/en/messages.json';
import nlMessages from '../lexicon/nl/messages.json';
import { englishTags } from '../text/english';
import { sentencesOf, wordsOf } from '../text/segment';
import { lexiconMatches } from './lexiconRules';
import { patternMatches } from './patternRules';
import type { Match, SectionContext } from './types';
import { distinctIdeas, wordMatches } from './wordRules';

// Sentences shorter than six words ("Thank you.") say too little to quote as an example.
const PLAIN_SENTENCE_WORDS = 6;
const MESSAGES: Record<Lang, Record<string, string>> = { en: enMessages.messages, nl: nlMessages.messages };

/** What the rules found in one section: its matches (local offsets) and its metrics. */
export interface SectionSignals {
  matches: Match[];
  /** Rates per 100 spoken words for every signal, plus words, sentences, avgSentenceLength, ideas. */
  metrics: Record<string, number>;
  /** The longest sentences with no signal in them: examples for flags made of absences. */
  plainSentences: string[];
}

/** Every signal name a rule can produce, so absent ones count as zero. */
export const SIGNALS = [
  'jargon',
  'corporate',
  'companyVoice',
  'process',
  'human',
  'sensory',
  'examples',
  'credibility',
  'contrast',
  'humour',
  'urgency',
  'strategy',
  'callToAction',
  'timeMarkers',
  'vulnerability',
  'emotion',
  'numbers',
  'firstSingular',
  'firstPlural',
  'secondPerson',
  'abstractNouns',
  'pastTense',
  'imperatives',
  'names',
  'namedPeople',
  'strongFeeling',
  'feeling',
  'figures',
  'percentages',
  'dialogue',
  'questions',
  'longSentences',
  'listItems',
] as const;

/** Runs every rule over one section's spoken text and measures it. Pure; same input, same output. */
export function sectionSignals(lang: Lang, masked: string, source: string): SectionSignals {
  const sentences = sentencesOf(masked, lang);
  const words = wordsOf(masked);
  const context: SectionContext = {
    lang,
    lexicons: LEXICONS[lang],
    masked,
    source,
    sentences,
    words,
    tags: lang === 'en' ? englishTags(masked) : new Map(),
    messages: MESSAGES[lang],
  };
  const matches = [...lexiconMatches(context), ...patternMatches(context), ...wordMatches(context)].sort(
    (a, b) => a.start - b.start || a.end - b.end,
  );
  const counts: Record<string, number> = Object.fromEntries(SIGNALS.map((signal) => [signal, 0]));
  for (const match of matches) counts[match.signal] = (counts[match.signal] ?? 0) + 1;

  const per100 = words.length > 0 ? 100 / words.length : 0;
  const metrics: Record<string, number> = {};
  for (const [signal, count] of Object.entries(counts)) metrics[signal] = round(count * per100);
  metrics['personal'] = round((counts['firstSingular']! + counts['secondPerson']!) * per100);
  metrics['words'] = words.length;
  metrics['sentences'] = sentences.length;
  metrics['avgSentenceLength'] = sentences.length > 0 ? round(words.length / sentences.length) : 0;
  metrics['ideas'] = round(distinctIdeas(context) * per100);
  const plainSentences = sentences
    .filter(
      (sentence) =>
        sentence.words.length >= PLAIN_SENTENCE_WORDS &&
        !matches.some((match) => match.start >= sentence.start && match.start < sentence.end),
    )
    .sort((a, b) => b.words.length - a.words.length)
    .slice(0, 3)
    .map((sentence) => sentence.text);
  return { matches, metrics, plainSentences };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
