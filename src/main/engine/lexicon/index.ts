import type { Lang } from '../../../shared/talk';
import enAbstractNouns from './en/abstract-nouns.json';
import enCharacters from './en/characters.json';
import enCompanyVoice from './en/company-voice.json';
import enContrast from './en/contrast.json';
import enCorporate from './en/corporate.json';
import enCredibility from './en/credibility.json';
import enEmotion from './en/emotion.json';
import enExamples from './en/examples.json';
import enFeeling from './en/feeling.json';
import enFirstPlural from './en/first-plural.json';
import enFirstSingular from './en/first-singular.json';
import enHuman from './en/human.json';
import enHumour from './en/humour.json';
import enImperatives from './en/imperatives.json';
import enJargon from './en/jargon.json';
import enNamedPeople from './en/named-people.json';
import enNumbers from './en/numbers.json';
import enPastTense from './en/past-tense.json';
import enProcess from './en/process.json';
import enSecondPerson from './en/second-person.json';
import enSensory from './en/sensory.json';
import enSequence from './en/sequence.json';
import enStopwords from './en/stopwords.json';
import enStrategy from './en/strategy.json';
import enTimeMarkers from './en/time-markers.json';
import enUrgency from './en/urgency.json';
import enVulnerability from './en/vulnerability.json';
import nlAbstractNouns from './nl/abstract-nouns.json';
import nlCharacters from './nl/characters.json';
import nlCompanyVoice from './nl/company-voice.json';
import nlContrast from './nl/contrast.json';
import nlCorporate from './nl/corporate.json';
import nlCredibility from './nl/credibility.json';
import nlEmotion from './nl/emotion.json';
import nlExamples from './nl/examples.json';
import nlFeeling from './nl/feeling.json';
import nlFirstPlural from './nl/first-plural.json';
import nlFirstSingular from './nl/first-singular.json';
import nlHuman from './nl/human.json';
import nlHumour from './nl/humour.json';
import nlImperatives from './nl/imperatives.json';
import nlJargon from './nl/jargon.json';
import nlNamedPeople from './nl/named-people.json';
import nlNumbers from './nl/numbers.json';
import nlPastTense from './nl/past-tense.json';
import nlProcess from './nl/process.json';
import nlSecondPerson from './nl/second-person.json';
import nlSensory from './nl/sensory.json';
import nlSequence from './nl/sequence.json';
import nlStopwords from './nl/stopwords.json';
import nlStrategy from './nl/strategy.json';
import nlTimeMarkers from './nl/time-markers.json';
import nlUrgency from './nl/urgency.json';
import nlVulnerability from './nl/vulnerability.json';

/** One entry of a word list: a phrase (`*` at the end matches any word ending) and swaps. */
export interface LexiconEntry {
  phrase: string;
  swap?: string[];
}

/** How a list's matches become findings. */
export interface LexiconRule {
  id: string;
  signal: string;
  target: string;
  severity: string;
  message: string;
}

/** A word list as stored in lexicon/{lang}/*.json. */
export interface PhraseLexicon {
  source: string;
  licence: string;
  rule: LexiconRule;
  entries: LexiconEntry[];
}

/** The suffix list for abstract nouns, with its exceptions and minimum word length. */
export interface SuffixLexicon extends PhraseLexicon {
  minLength: number;
  exceptions: string[];
}

/** Every word list of one language. */
export interface LanguageLexicons {
  /** Lists matched as phrases, in the order their findings are reported. */
  phrases: PhraseLexicon[];
  abstractNouns: SuffixLexicon;
  pastTense: PhraseLexicon;
  imperatives: PhraseLexicon;
  /** Titles before a name that make it a person ("Mrs", "dokter"). */
  namedPeople: PhraseLexicon;
  /** Feeling words and their valence, -4 to 4. */
  feeling: Record<string, number>;
  stopwords: Set<string>;
}

const phraseLists = (lists: unknown[]): PhraseLexicon[] => lists as PhraseLexicon[];

/** The word lists per language; a Dutch word is added by editing lexicon/nl/*.json. */
export const LEXICONS: Record<Lang, LanguageLexicons> = {
  en: {
    phrases: phraseLists([
      enJargon,
      enCorporate,
      enCompanyVoice,
      enProcess,
      enHuman,
      enSensory,
      enExamples,
      enCredibility,
      enContrast,
      enHumour,
      enUrgency,
      enStrategy,
      enTimeMarkers,
      enVulnerability,
      enEmotion,
      enNumbers,
      enFirstSingular,
      enFirstPlural,
      enSecondPerson,
      enSequence,
      enCharacters,
    ]),
    abstractNouns: enAbstractNouns as SuffixLexicon,
    pastTense: enPastTense as PhraseLexicon,
    imperatives: enImperatives as PhraseLexicon,
    namedPeople: enNamedPeople as PhraseLexicon,
    feeling: enFeeling.entries as Record<string, number>,
    stopwords: new Set(enStopwords.entries.map((entry) => entry.phrase)),
  },
  nl: {
    phrases: phraseLists([
      nlJargon,
      nlCorporate,
      nlCompanyVoice,
      nlProcess,
      nlHuman,
      nlSensory,
      nlExamples,
      nlCredibility,
      nlContrast,
      nlHumour,
      nlUrgency,
      nlStrategy,
      nlTimeMarkers,
      nlVulnerability,
      nlEmotion,
      nlNumbers,
      nlFirstSingular,
      nlFirstPlural,
      nlSecondPerson,
      nlSequence,
      nlCharacters,
    ]),
    abstractNouns: nlAbstractNouns as SuffixLexicon,
    pastTense: nlPastTense as PhraseLexicon,
    imperatives: nlImperatives as PhraseLexicon,
    namedPeople: nlNamedPeople as PhraseLexicon,
    feeling: nlFeeling.entries as Record<string, number>,
    stopwords: new Set(nlStopwords.entries.map((entry) => entry.phrase)),
  },
};
