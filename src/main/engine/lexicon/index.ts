import type { Lang } from '../../../shared/talk';
import enAbstract from './en/abstract-nouns.json';
import enCharacters from './en/characters.json';
import enCta from './en/call-to-action.json';
import enCompany from './en/company-voice.json';
import enContrast from './en/contrast.json';
import enCorporate from './en/corporate.json';
import enCredibility from './en/credibility.json';
import enCtaVerbs from './en/cta-verbs.json';
import enEmotion from './en/emotion.json';
import enExamples from './en/examples.json';
import enHuman from './en/human.json';
import enHumour from './en/humour.json';
import enJargon from './en/jargon.json';
import enNaming from './en/naming.json';
import enNumbers from './en/number-words.json';
import enPast from './en/past-tense.json';
import enProcess from './en/process.json';
import enI from './en/pronouns-i.json';
import enWe from './en/pronouns-we.json';
import enYou from './en/pronouns-you.json';
import enSensory from './en/sensory.json';
import enSequence from './en/sequence.json';
import enSentiment from './en/sentiment.json';
import enStopwords from './en/stopwords.json';
import enStrategy from './en/strategy.json';
import enTime from './en/time-markers.json';
import enUrgency from './en/urgency.json';
import enVulnerability from './en/vulnerability.json';
import nlAbstract from './nl/abstract-nouns.json';
import nlCharacters from './nl/characters.json';
import nlCta from './nl/call-to-action.json';
import nlCompany from './nl/company-voice.json';
import nlContrast from './nl/contrast.json';
import nlCorporate from './nl/corporate.json';
import nlCredibility from './nl/credibility.json';
import nlCtaVerbs from './nl/cta-verbs.json';
import nlEmotion from './nl/emotion.json';
import nlExamples from './nl/examples.json';
import nlHuman from './nl/human.json';
import nlHumour from './nl/humour.json';
import nlJargon from './nl/jargon.json';
import nlNaming from './nl/naming.json';
import nlNumbers from './nl/number-words.json';
import nlPast from './nl/past-tense.json';
import nlProcess from './nl/process.json';
import nlI from './nl/pronouns-i.json';
import nlWe from './nl/pronouns-we.json';
import nlYou from './nl/pronouns-you.json';
import nlSensory from './nl/sensory.json';
import nlSequence from './nl/sequence.json';
import nlSentiment from './nl/sentiment.json';
import nlStopwords from './nl/stopwords.json';
import nlStrategy from './nl/strategy.json';
import nlTime from './nl/time-markers.json';
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
  ctaVerbs: PhraseLexicon;
  naming: PhraseLexicon;
  sentiment: Record<string, number>;
  stopwords: Set<string>;
}

const phraseLists = (lists: unknown[]): PhraseLexicon[] => lists as PhraseLexicon[];

/** The word lists per language; a Dutch word is added by editing lexicon/nl/*.json. */
export const LEXICONS: Record<Lang, LanguageLexicons> = {
  en: {
    phrases: phraseLists([
      enJargon,
      enCorporate,
      enCompany,
      enProcess,
      enHuman,
      enSensory,
      enExamples,
      enCredibility,
      enContrast,
      enHumour,
      enUrgency,
      enStrategy,
      enCta,
      enTime,
      enVulnerability,
      enEmotion,
      enNumbers,
      enI,
      enWe,
      enYou,
      enSequence,
      enCharacters,
    ]),
    abstractNouns: enAbstract as SuffixLexicon,
    pastTense: enPast as PhraseLexicon,
    ctaVerbs: enCtaVerbs as PhraseLexicon,
    naming: enNaming as PhraseLexicon,
    sentiment: enSentiment.entries as Record<string, number>,
    stopwords: new Set(enStopwords.entries.map((entry) => entry.phrase)),
  },
  nl: {
    phrases: phraseLists([
      nlJargon,
      nlCorporate,
      nlCompany,
      nlProcess,
      nlHuman,
      nlSensory,
      nlExamples,
      nlCredibility,
      nlContrast,
      nlHumour,
      nlUrgency,
      nlStrategy,
      nlCta,
      nlTime,
      nlVulnerability,
      nlEmotion,
      nlNumbers,
      nlI,
      nlWe,
      nlYou,
      nlSequence,
      nlCharacters,
    ]),
    abstractNouns: nlAbstract as SuffixLexicon,
    pastTense: nlPast as PhraseLexicon,
    ctaVerbs: nlCtaVerbs as PhraseLexicon,
    naming: nlNaming as PhraseLexicon,
    sentiment: nlSentiment.entries as Record<string, number>,
    stopwords: new Set(nlStopwords.entries.map((entry) => entry.phrase)),
  },
};
