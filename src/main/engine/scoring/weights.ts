import type { Audience } from '../../../shared/talk';

/**
 * One input of a score: `value` is a signal's rate per 100 spoken words, a section measure
 * (`words`, `avgSentenceLength`, `ideas`), or another score (`score:simple`, 0-100).
 * effect = weight x clamp((value - offset) / full, 0, 1), or weight x (1 - that) when `absent`.
 */
export interface Term {
  input: string;
  full: number;
  weight: number;
  offset?: number;
  absent?: boolean;
}

/** A score: a base and its terms, clamped to 0-100. */
export interface Formula {
  base: number;
  terms: Term[];
}

// Rates are per 100 spoken words (about 45 seconds of speech). "full" is the rate at which a
// signal has done all it can: calibrated on the two sample talks and the eval corpora (npm run
// eval), where story sections reach these rates and abstract advice sections stay near zero.
/** The six SUCCESs principles (DOMAIN.md section 1). */
export const PRINCIPLE_FORMULAS: Record<string, Formula> = {
  simple: {
    base: 90, // plain, short prose starts near the top; it loses points for what makes it hard
    terms: [
      { input: 'avgSentenceLength', offset: 16, full: 14, weight: -30 }, // 16 words is easy listening; 30 is a paragraph in one breath
      { input: 'longSentences', full: 2, weight: -20 }, // two 25+ word sentences per 100 words: most of the section
      { input: 'jargon', full: 2, weight: -20 }, // two jargon terms a minute loses a lay audience
      { input: 'ideas', offset: 20, full: 20, weight: -15 }, // 20 distinct nouns per 100 words is a normal story; 40 is a list
      { input: 'listItems', full: 6, weight: -10 }, // six bullets per 100 words: the section is a list
    ],
  },
  unexpected: {
    base: 20,
    terms: [
      { input: 'contrast', full: 2, weight: 30 }, // a "but" or "actually" every 50 words keeps turning the story
      { input: 'questions', full: 1, weight: 25 }, // one question to the audience a minute
      { input: 'humour', full: 0.5, weight: 15 }, // one light moment every couple of minutes
      { input: 'percentages', full: 1, weight: 10 }, // a surprising figure
    ],
  },
  concrete: {
    base: 15,
    terms: [
      { input: 'names', full: 2, weight: 15 }, // named places and organisations
      { input: 'namedPeople', full: 0.5, weight: 15 }, // one named person per 200 words
      { input: 'figures', full: 2, weight: 10 },
      { input: 'timeMarkers', full: 1.5, weight: 10 },
      { input: 'sensory', full: 3, weight: 20 }, // things to see, hear and touch
      { input: 'examples', full: 0.5, weight: 10 },
      { input: 'numbers', full: 2, weight: 5 },
      { input: 'abstractNouns', full: 5, weight: -25 }, // five -tion/-ity words per 100 is a policy document
      { input: 'jargon', full: 2, weight: -10 },
    ],
  },
  credible: {
    base: 15,
    terms: [
      { input: 'percentages', full: 1, weight: 20 },
      { input: 'figures', full: 2, weight: 10 },
      { input: 'credibility', full: 1, weight: 30 }, // a named source or "according to" per 100 words
      { input: 'names', full: 1.5, weight: 10 },
      { input: 'dialogue', full: 0.5, weight: 15 }, // a quoted customer is a testimonial
    ],
  },
  emotional: {
    base: 10,
    terms: [
      { input: 'strongFeeling', full: 4, weight: 25 }, // VADER |valence| >= 2 words; one in 25 words is a charged passage
      { input: 'emotion', full: 1.5, weight: 20 },
      { input: 'secondPerson', full: 3, weight: 15 }, // "you" addresses the audience's self-interest
      { input: 'vulnerability', full: 0.3, weight: 15 },
      { input: 'human', full: 2, weight: 15 }, // people, family, life: the stakes for people
    ],
  },
  stories: {
    base: 5,
    terms: [
      { input: 'pastTense', full: 5, weight: 30 }, // narration: five past-tense verbs per 100 words
      { input: 'firstSingular', full: 3, weight: 15 },
      { input: 'timeMarkers', full: 1, weight: 15 },
      { input: 'dialogue', full: 0.5, weight: 15 },
      { input: 'namedPeople', full: 0.5, weight: 20 },
    ],
  },
};

/** The six blind spots (DOMAIN.md section 2): risks from the principle scores and signals. */
export const BLIND_SPOT_FORMULAS: Record<string, Formula> = {
  tooComplete: {
    base: 0,
    terms: [
      { input: 'score:simple', full: 100, weight: 45, absent: true }, // a section that is not simple
      { input: 'words', offset: 350, full: 450, weight: 35 }, // 350 words is ~3 minutes; 800 is a lecture
      { input: 'listItems', full: 5, weight: 15 },
      { input: 'ideas', offset: 25, full: 15, weight: 10 },
    ],
  },
  tooBoring: {
    base: 0,
    terms: [
      { input: 'score:unexpected', full: 100, weight: 45, absent: true },
      { input: 'score:emotional', full: 100, weight: 40, absent: true },
      { input: 'questions', full: 1, weight: -10 },
    ],
  },
  tooConceptual: {
    base: 0,
    terms: [
      { input: 'score:concrete', full: 100, weight: 45, absent: true },
      { input: 'abstractNouns', full: 5, weight: 30 },
      { input: 'jargon', full: 1.5, weight: 25 },
    ],
  },
  tooCorporate: {
    base: 0,
    terms: [
      { input: 'firstPlural', offset: 1, full: 4, weight: 20 }, // "we" every 25 words: the company talking
      { input: 'corporate', full: 1, weight: 30 },
      { input: 'companyVoice', full: 1, weight: 20 },
      { input: 'personal', full: 3, weight: 25, absent: true }, // "I" and "you" balance "we"
      { input: 'score:credible', full: 100, weight: 15, absent: true }, // no customer data
    ],
  },
  tooUnpersonal: {
    base: 0,
    terms: [
      { input: 'score:emotional', full: 100, weight: 35, absent: true },
      { input: 'score:stories', full: 100, weight: 35, absent: true },
      { input: 'firstSingular', full: 2, weight: 20, absent: true },
      { input: 'secondPerson', full: 2, weight: 10, absent: true },
    ],
  },
  tooFunctional: {
    base: 0,
    terms: [
      { input: 'process', full: 2, weight: 40 }, // two process words a minute: a methods talk
      { input: 'human', full: 2, weight: 35, absent: true },
      { input: 'score:emotional', full: 100, weight: 25, absent: true },
    ],
  },
};

// A risk of 60 means most of a blind spot's signs are there; calibrated so that the abstract
// advice sections of the eval set are flagged and the samples' story sections are not.
const DEFAULT_THRESHOLD = 60;

/** The risk above which a blind spot is flagged, per audience lens. */
export const FLAG_THRESHOLDS: Record<Audience, Record<string, number>> = {
  keynote: {
    tooComplete: DEFAULT_THRESHOLD,
    tooBoring: DEFAULT_THRESHOLD,
    tooConceptual: DEFAULT_THRESHOLD,
    tooCorporate: DEFAULT_THRESHOLD,
    tooUnpersonal: DEFAULT_THRESHOLD,
    tooFunctional: DEFAULT_THRESHOLD,
  },
  // A board forgives fewer stories and more method, but not overload or a corporate veil without data.
  board: { tooComplete: 50, tooBoring: 70, tooConceptual: DEFAULT_THRESHOLD, tooCorporate: 50, tooUnpersonal: 75, tooFunctional: 75 },
  // A workshop lives on engagement: boredom and distance are flagged sooner.
  workshop: {
    tooComplete: DEFAULT_THRESHOLD,
    tooBoring: 50,
    tooConceptual: DEFAULT_THRESHOLD,
    tooCorporate: DEFAULT_THRESHOLD,
    tooUnpersonal: 50,
    tooFunctional: DEFAULT_THRESHOLD,
  },
};
