import {
  ELEMENTS,
  PRINCIPLES,
  type ElementId,
  type ElementResult,
  type MantraResult,
  type MistakeResult,
  type PrincipleId,
  type SectionAnalysis,
  type StoryResult,
} from '../../../shared/analysis';
import type { Finding, Talk, Variant } from '../../../shared/talk';
import { VARIANTS } from '../../../shared/talk';
import type { SectionText } from '../talk/parseTalk';
import { COACH } from './sectionScores';
import { normalisePhrase, plainReader, repeatedSentence, suggestMantra, type SectionReader } from './mantra';
import { verdict } from './verdict';

/** The signals that show each CX Story element, and how many a section needs. */
const ELEMENT_SIGNALS: Record<ElementId, { signals: string[]; minimum: number }> = {
  // A personal story is told, not claimed: checked on the Stories score and "I" below.
  personalStory: {
    signals: ['past-tense', 'first-person-action', 'sequence', 'characters', 'time-markers', 'named-people', 'dialogue'],
    minimum: 4,
  },
  // Two urgency markers: one "now" is a word, two are a case.
  urgency: { signals: ['urgency'], minimum: 2 },
  strategy: { signals: ['strategy'], minimum: 2 },
  // One clear ask of the audience is enough (rules/callToAction.ts); imperatives alone are advice.
  callToAction: { signals: ['call-to-action'], minimum: 1 },
};
// Words that alone make no case: "now" or "today" is a time, not urgency; the word "strategy" (or
// a plan) named, not a strategy told. An element needs at least one marker outside these.
const WEAK_EVIDENCE: Partial<Record<ElementId, Set<string>>> = {
  urgency: new Set(['now', 'today', 'right now', 'immediately', 'nu', 'vandaag', 'meteen', 'direct', 'nu meteen']),
  strategy: new Set(['strategy', 'strategies', 'strategic', 'plan', 'plans', 'strategie', 'strategieën', 'strategisch', 'plannen']),
};
// A numbered path ("three steps", "drie stappen", "step one") told step by step ("Eerst … Daarna …")
// is a strategy: the sequence words that walk through it count as its markers (the audit of 100
// findings: the Dutch talk's plan went unseen with one strategy phrase and two steps).
const NUMBERED_PATH = /\b(?:steps|moves|step one|stappen|stap één|stap een)\b/i;
// A story needs a person doing something: the speaker's own action, or two past-tense verbs. A
// connective ("then"), a year or a first name alone is no story.
const STORY_ACTIONS = ['first-person-action', 'past-tense'];
const STORY_MIN_ACTIONS = 2;
// A section tells a personal story when Stories reaches 45 (narration plus a time, a name or a
// quote) and the speaker says "I" at least once per 100 words.
const PERSONAL_STORY_SCORE = 45;
const PERSONAL_STORY_I_RATE = 1;

/** How many times a section has these signals (its metrics are rates per 100 words). */
const countOf = (section: SectionAnalysis, signals: string[]): number =>
  Math.round(signals.reduce((sum, signal) => sum + ((section.metrics[signal] ?? 0) * section.metrics['words']!) / 100, 0));

// A section's findings of some signals, kept per section object: the talk and its three variants
// ask the same questions of the same sections, and a section unchanged by an edit is the same object.
const filtered = new WeakMap<SectionAnalysis, Map<string, Finding[]>>();

/** The findings that make an element's case in a section: its signals, and for a strategy told as numbered steps also the steps. */
function evidenceOf(section: SectionAnalysis, element: ElementId): Finding[] {
  const own = findingsOf(section, ELEMENT_SIGNALS[element].signals);
  if (element !== 'strategy' || !own.some((finding) => NUMBERED_PATH.test(finding.actual ?? ''))) return own;
  return findingsOf(section, ['strategy', 'sequence']);
}

/** A section's findings that count for one of `signals`, in the section's order. */
function findingsOf(section: SectionAnalysis, signals: readonly string[]): Finding[] {
  let bySignals = filtered.get(section);
  if (!bySignals) filtered.set(section, (bySignals = new Map()));
  const key = signals.join(',');
  let found = bySignals.get(key);
  if (!found) bySignals.set(key, (found = section.findings.filter((finding) => signals.includes(finding.signal ?? ''))));
  return found;
}

function elementResult(talk: Talk, sections: SectionAnalysis[], element: ElementId): ElementResult {
  const coach = COACH[talk.lang].elements[element];
  const { signals, minimum } = ELEMENT_SIGNALS[element];
  const candidates = sections
    .map((section, index) => ({ section, index }))
    .filter(
      ({ section }) =>
        element !== 'personalStory' ||
        (section.scores.stories >= PERSONAL_STORY_SCORE &&
          section.metrics['first-singular']! >= PERSONAL_STORY_I_RATE &&
          (countOf(section, ['first-person-action']) >= 1 || countOf(section, STORY_ACTIONS) >= STORY_MIN_ACTIONS)),
    )
    .filter(({ section }) => {
      const weak = WEAK_EVIDENCE[element];
      return !weak || findingsOf(section, signals).some((finding) => !weak.has(normalisePhrase(finding.actual ?? '')));
    })
    // An ask and a path told in steps are counted from their findings: one in a very long section
    // rounds away as a rate.
    .map(({ section, index }) => ({
      section,
      index,
      count: element === 'callToAction' || element === 'strategy' ? evidenceOf(section, element).length : countOf(section, signals),
    }))
    .filter((candidate) => candidate.count >= minimum)
    // The call to action belongs at the end: prefer the last section that has one.
    .sort((a, b) => (element === 'callToAction' ? b.index - a.index : b.count - a.count));
  const best = candidates[0];
  if (!best) return { name: coach.name, present: false, sectionId: null, evidence: [], hint: coach.missing };
  // The listed signals are in order of strength: a quote or a name says more than a past tense.
  const strength = (finding: Finding): number => signals.indexOf(finding.signal ?? '');
  const supporting = [...evidenceOf(best.section, element)].sort((a, b) => strength(b) - strength(a) || a.start.offset - b.start.offset);
  // The evidence is the speaker's own words, wrapped lines joined.
  const evidence = [...new Set(supporting.map((finding) => (finding.actual ?? '').replace(/\s+/g, ' ').trim()))].slice(0, 4);
  return { name: coach.name, present: true, sectionId: best.section.id, evidence, hint: null };
}

/** Word-weighted mean of a value over sections. */
function weightedMean(sections: SectionAnalysis[], value: (section: SectionAnalysis) => number): number {
  const words = sections.reduce((sum, section) => sum + section.metrics['words']!, 0);
  if (words === 0) return 0;
  return sections.reduce((sum, section) => sum + value(section) * section.metrics['words']!, 0) / words;
}

function mistakes(
  talk: Talk,
  sections: SectionAnalysis[],
  elements: Record<ElementId, ElementResult>,
  scores: Record<PrincipleId, number>,
): MistakeResult[] {
  const coach = COACH[talk.lang].mistakes;
  const rate = (metric: string): number => weightedMean(sections, (section) => section.metrics[metric] ?? 0);
  const found: MistakeResult[] = [];
  const titles = new Map(talk.sections.map((section) => [section.id, section.title]));
  const top = (key: 'tooFunctional' | 'tooBoring'): string[] =>
    sections.filter((section) => section.blindSpots[key].flagged).map((section) => titles.get(section.id) ?? section.id);
  // Thresholds: the same 30-point floor the verdict calls weak; rates per 100 words as in weights.ts.
  if (scores.emotional < 30 && (top('tooFunctional').length > 0 || top('tooBoring').length > 0)) {
    found.push({
      id: 'too-functional-and-boring',
      message: coach['too-functional-and-boring'],
      evidence: [...new Set([...top('tooFunctional'), ...top('tooBoring')])].slice(0, 4),
    });
  }
  const specifics = rate('names') + rate('named-people') + rate('figures') + rate('time-markers');
  if (scores.concrete < 35 && specifics < 1.5)
    found.push({
      id: 'too-general',
      message: coach['too-general'],
      evidence: [`${specifics.toFixed(1)} names, figures and dates per 100 words`],
    });
  if (rate('first-singular') < 0.5)
    found.push({
      id: 'lacking-you',
      message: coach['lacking-you'],
      evidence: [`“I” ${rate('first-singular').toFixed(1)} times per 100 words`],
    });
  const numbers = rate('figures') + rate('percentages');
  if (numbers >= 1 && rate('named-people') < 0.2 && rate('human') < 1) {
    const figures = sections.flatMap((section) => findingsOf(section, ['figures', 'percentages']).map((finding) => finding.actual ?? ''));
    found.push({ id: 'too-analytical', message: coach['too-analytical'], evidence: figures.slice(0, 4) });
  }
  if (!elements.callToAction.present)
    found.push({ id: 'open-door', message: coach['open-door'], evidence: [elements.callToAction.hint ?? ''] });
  return found;
}

/** The CX Story check of a set of sections: scores, elements, mistakes and a verdict. */
export function storyResult(talk: Talk, sections: SectionAnalysis[], variant: Variant | null): StoryResult {
  const scores = {} as Record<PrincipleId, number>;
  for (const principle of PRINCIPLES) scores[principle] = Math.round(weightedMean(sections, (section) => section.scores[principle]));
  const score = Math.round(PRINCIPLES.reduce((sum, principle) => sum + scores[principle], 0) / PRINCIPLES.length);
  const elements = {} as Record<ElementId, ElementResult>;
  for (const element of ELEMENTS) elements[element] = elementResult(talk, sections, element);
  const found = mistakes(talk, sections, elements, scores);
  return { scores, score, elements, mistakes: found, verdict: verdict(talk.lang, scores, score, sections, elements, variant) };
}

/** The mantra (front matter, else a short sentence repeated word for word) and the sections and variants that hold it. */
export function mantraResult(talk: Talk, texts: SectionText[], reader: SectionReader = plainReader(talk.lang)): MantraResult {
  const masks = texts.map((text) => text.masked);
  const phrase = talk.mantra ?? repeatedSentence(masks, talk.lang, reader);
  if (!phrase) {
    const headings = talk.sections.map((section) => section.title);
    const suggestion = suggestMantra(masks, talk.lang, reader, headings);
    return { text: null, source: null, sections: [], variants: [], missingIn: [...VARIANTS], suggestion };
  }
  const needle = normalisePhrase(phrase);
  const sections = talk.sections
    .filter((_section, index) => ` ${reader.lowerWords(texts[index]!.masked).join(' ')} `.includes(` ${needle} `))
    .map((section) => section.id);
  const heard = new Set(sections);
  const variants = VARIANTS.filter((variant) =>
    talk.sections.some((section) => heard.has(section.id) && section.variants.includes(variant)),
  );
  return {
    text: phrase,
    source: talk.mantra ? 'front-matter' : 'candidate',
    sections,
    variants,
    missingIn: VARIANTS.filter((variant) => !variants.includes(variant)),
    suggestion: null,
  };
}
