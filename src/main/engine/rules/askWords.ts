import type { Lang } from '../../../shared/talk';
import askRule from './catalogue/call-to-action.json';
import imperativesRule from './catalogue/imperatives.json';
import numbersRule from './catalogue/numbers.json';

/** Phrases by first word, each as its words; `{n}` stands for a number, `{weekday}` for a day. */
export type Phrases = Map<string, string[][]>;
/** The call to action's word sets (rules/catalogue/call-to-action.json `words.<lang>`). */
export type WordSet = 'notBefore' | 'weekdays' | 'secondPerson' | 'subjects' | 'firstPerson' | 'connectors' | 'modals' | 'possibility';

/** Everything the call to action reads, compiled once per language. */
export interface AskWords {
  asks: Phrases;
  timeFrames: Phrases;
  soonFrames: Phrases;
  /** Invitations to imagine ("put yourself in", "stel je voor"): no ask. */
  imagine: Phrases;
  sets: Record<WordSet, Set<string>>;
  /** Concrete actions (call, visit; bel, bezoek) and, wider, any instruction verb (focus, think). */
  actions: Set<string>;
  commands: Set<string>;
  /** Verb forms after a subject: the stem, and in Dutch also stem + t ("jij belt", "belt u"). */
  forms: Set<string>;
  numbers: Set<string>;
}

/** Lower case with curly apostrophes made straight, as the word sets are stored. */
export const lower = (text: string): string => text.toLowerCase().replace(/’/g, "'");

function phrases(list: string[]): Phrases {
  const index: Phrases = new Map();
  for (const phrase of [...list].sort((a, b) => b.length - a.length)) {
    const words = lower(phrase).split(/\s+/);
    index.set(words[0]!, [...(index.get(words[0]!) ?? []), words]);
  }
  return index;
}

type AskList = (typeof askRule.words)[Lang];
type VerbList = (typeof imperativesRule.words)[Lang];
type NumberList = (typeof numbersRule.words)[Lang];

function compile(ask: AskList, verbs: VerbList, numbers: NumberList, lang: Lang): AskWords {
  const set = (list: string[]): Set<string> => new Set(list.map(lower));
  const actions = set(verbs.actions);
  const names: WordSet[] = ['notBefore', 'weekdays', 'secondPerson', 'subjects', 'firstPerson', 'connectors', 'modals', 'possibility'];
  return {
    asks: phrases(ask.asks),
    timeFrames: phrases(ask.timeFrames),
    soonFrames: phrases(ask.soonFrames),
    imagine: phrases(ask.imagine),
    sets: Object.fromEntries(names.map((name) => [name, set(ask[name])])) as Record<WordSet, Set<string>>,
    actions,
    commands: new Set([...actions, ...verbs.entries.map((entry) => lower(entry.phrase))]),
    forms: new Set([...actions].flatMap((verb) => (lang === 'nl' && !verb.endsWith('t') ? [verb, `${verb}t`] : [verb]))),
    numbers: set(numbers.entries.map((entry) => entry.phrase)),
  };
}

/** The call to action's words per language. */
export const WORDS: Record<Lang, AskWords> = {
  en: compile(askRule.words.en, imperativesRule.words.en, numbersRule.words.en, 'en'),
  nl: compile(askRule.words.nl, imperativesRule.words.nl, numbersRule.words.nl, 'nl'),
};
