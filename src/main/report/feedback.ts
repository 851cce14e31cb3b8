import { BLIND_SPOTS, ELEMENTS, PRINCIPLES, type SectionAnalysis } from '../../shared/analysis';
import type { AnalysedTalk } from '../engine/analyse';
import { COACH } from '../engine/scoring/sectionScores';
import { undoubled } from './reportEvidence';
import { fillWords, REPORT_WORDS } from './reportWords';

/** Feedback the way coaches give it: what works, what to work on, and one challenge. */
export interface Feedback {
  works: string[];
  workOn: string[];
  challenge: string;
}

// The same bands `sticky score` colours by (cli.ts): 60 and up reads as a strength, under 35 as a
// weakness.
const STRONG = 60;
const WEAK = 35;
// Coaches name a few things, not everything: three on each side.
const ITEMS = 3;

/** Writes the feedback from the analysis: strongest principles and elements present; flagged blind spots, weak principles and missing elements. */
export function coachFeedback(analysed: AnalysedTalk): Feedback {
  const { talk, analysis } = analysed;
  const coach = COACH[talk.lang];
  const words = REPORT_WORDS[talk.lang];
  const titleOf = (section: SectionAnalysis): string => talk.sections.find((item) => item.id === section.id)?.title ?? section.id;
  const spoken = analysis.sections.filter((section) => (section.metrics['words'] ?? 0) > 0);
  const bestFor = (principle: (typeof PRINCIPLES)[number]) => [...spoken].sort((a, b) => b.scores[principle] - a.scores[principle])[0];
  const worstFor = (principle: (typeof PRINCIPLES)[number]) => [...spoken].sort((a, b) => a.scores[principle] - b.scores[principle])[0];

  const works: string[] = PRINCIPLES.filter((principle) => analysis.talk.scores[principle] >= STRONG)
    .sort((a, b) => analysis.talk.scores[b] - analysis.talk.scores[a])
    .map((principle) => {
      const best = bestFor(principle);
      return `${coach.principles[principle]} (${analysis.talk.scores[principle]})${best ? `: ${words.strongestIn} “${titleOf(best)}”` : ''}.`;
    });
  const shortest = analysis.variants[10];
  for (const element of ELEMENTS) {
    const result = shortest.elements[element];
    if (!result.present) continue;
    const where = analysis.sections.find((section) => section.id === result.sectionId);
    works.push(`${result.name}${where ? `: “${titleOf(where)}”` : ''}.`);
  }

  const flagged = BLIND_SPOTS.map((spot) => ({ spot, sections: analysis.sections.filter((section) => section.blindSpots[spot].flagged) }))
    .filter((item) => item.sections.length > 0)
    .sort((a, b) => b.sections.length - a.sections.length);
  const workOn: string[] = flagged.map(
    ({ spot, sections }) =>
      `${coach.blindSpots[spot].name} (${words.flaggedIn} ${sections.map((section) => `“${titleOf(section)}”`).join(', ')}): ${coach.blindSpots[spot].fix}`,
  );
  const weak = PRINCIPLES.filter((principle) => analysis.talk.scores[principle] < WEAK).sort(
    (a, b) => analysis.talk.scores[a] - analysis.talk.scores[b],
  );
  for (const principle of weak) {
    const worst = worstFor(principle);
    workOn.push(
      `${coach.principles[principle]} (${analysis.talk.scores[principle]})${worst ? `: ${words.lowIn} “${titleOf(worst)}”` : ''}.`,
    );
  }
  const missing = ELEMENTS.filter((element) => !shortest.elements[element].present);
  for (const element of missing) workOn.push(coach.elements[element].missing);

  const challenge = challengeOf(analysed, missing, flagged, titleOf);
  // The challenge is one of the things to work on: said once, in the challenge.
  const advice = (item: string): string => (item.includes('): ') ? item.slice(item.indexOf('): ') + 3) : item);
  const rest = workOn.filter((item) => !challenge.includes(advice(item)));
  return {
    works: works.length > 0 ? works.slice(0, ITEMS).map(undoubled) : [words.noWorks],
    workOn: rest.length > 0 ? rest.slice(0, ITEMS).map(undoubled) : [workOn.length > 0 ? words.seeChallenge : words.noWork],
    challenge: undoubled(challenge),
  };
}

/** The one thing to do next: a CX Story element the 10-minute version lacks, else the most flagged blind spot, else the weakest principle. */
function challengeOf(
  analysed: AnalysedTalk,
  missing: readonly (typeof ELEMENTS)[number][],
  flagged: { spot: (typeof BLIND_SPOTS)[number]; sections: SectionAnalysis[] }[],
  titleOf: (section: SectionAnalysis) => string,
): string {
  const { talk, analysis } = analysed;
  const coach = COACH[talk.lang];
  const words = REPORT_WORDS[talk.lang];
  if (missing[0]) return coach.elements[missing[0]].missing;
  const top = flagged[0];
  if (top) {
    const worst = [...top.sections].sort((a, b) => b.blindSpots[top.spot].risk - a.blindSpots[top.spot].risk)[0]!;
    return fillWords(words.inSection, { section: titleOf(worst), fix: coach.blindSpots[top.spot].fix });
  }
  const lowest = [...PRINCIPLES].sort((a, b) => analysis.talk.scores[a] - analysis.talk.scores[b])[0]!;
  const worst = [...analysis.sections].sort((a, b) => a.scores[lowest] - b.scores[lowest])[0];
  return fillWords(words.raise, {
    principle: coach.principles[lowest],
    section: worst ? titleOf(worst) : talk.title,
    score: worst ? worst.scores[lowest] : analysis.talk.scores[lowest],
  });
}
