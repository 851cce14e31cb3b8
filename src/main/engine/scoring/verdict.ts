import { PRINCIPLES, type ElementId, type ElementResult, type PrincipleId, type SectionAnalysis } from '../../../shared/analysis';
import { BLIND_SPOTS } from '../../../shared/analysis';
import type { Lang, Variant } from '../../../shared/talk';
import { COACH } from './sectionScores';

// Talk-score bands: 55+ means several principles are clearly at work; under 35 most are absent.
// Calibrated on the samples (story-led drafts score in the 50s) and the routine speeches of the
// eval set (in the 20s and 30s).
const STRONG = 55;
const MIXED = 35;
// A principle at 50 or more is a strength worth naming.
const STRENGTH = 50;

/** Lower-cases a name's first letter for use mid-sentence, but keeps acronyms ("CX strategy"). */
export function lowerFirst(text: string): string {
  return /^\p{Lu}\p{Ll}/u.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
}

function list(items: string[], and: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`;
}

/** A one-line verdict in the talk's language: what carries the talk and what to work on first. */
export function verdict(
  lang: Lang,
  scores: Record<PrincipleId, number>,
  score: number,
  sections: SectionAnalysis[],
  elements: Record<ElementId, ElementResult>,
  variant: Variant | null,
): string {
  const coach = COACH[lang];
  if (sections.length === 0) return lang === 'nl' ? 'Nog geen tekst om te beoordelen.' : 'No text to judge yet.';
  const ranked = [...PRINCIPLES].sort((a, b) => scores[b] - scores[a]);
  const strengths = ranked
    .filter((principle) => scores[principle] >= STRENGTH)
    .slice(0, 2)
    .map((principle) => coach.principles[principle]);
  const flagCounts = BLIND_SPOTS.map((spot) => ({
    spot,
    count: sections.filter((section) => section.blindSpots[spot].flagged).length,
  })).filter((entry) => entry.count > 0);
  flagCounts.sort((a, b) => b.count - a.count);
  const missing = Object.values(elements)
    .filter((element) => !element.present)
    .map((element) => lowerFirst(element.name));
  const work = [
    ...missing.slice(0, variant === 10 ? 4 : 2),
    ...flagCounts.slice(0, 2).map((entry) => lowerFirst(coach.blindSpots[entry.spot].name)),
  ];
  if (work.length === 0) work.push(lowerFirst(coach.principles[ranked.at(-1)!]));
  const weakness = coach.verdicts.weaknessPrefix.replace('{items}', list(work.slice(0, 3), coach.verdicts.and));
  const strengthText = list(strengths.length > 0 ? strengths : [coach.principles[ranked[0]!]], coach.verdicts.and);
  // One strength takes the verb's singular ("Simple carries it", "Eenvoudig werkt"), two the plural.
  const one = strengths.length <= 1;
  if (score >= STRONG && missing.length === 0)
    return (one ? coach.verdicts.strongOne : coach.verdicts.strong)
      .replace('{strengths}', strengthText)
      .replace('{weakness}', flagCounts.length > 0 ? `; ${weakness}` : '');
  if (score >= MIXED)
    return (one ? coach.verdicts.mixedOne : coach.verdicts.mixed).replace('{strengths}', strengthText).replace('{weakness}', weakness);
  return coach.verdicts.weak.replace('{weakness}', weakness);
}
