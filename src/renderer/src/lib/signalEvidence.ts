import { ENGAGING_PRINCIPLES, type PrincipleId, type SectionSummary } from '../../../shared/analysis';
import { MEASURES, RULES, type SignalId } from '../../../shared/signals';
import type { Finding, Lang } from '../../../shared/talk';
import { isBlindSpot, isPrinciple, targetHelps } from '../../../shared/target';

/** A contribution picked in "Why these scores": its signal, the score or risk whose row was clicked, and the section. */
export interface SignalPick {
  signal: string;
  from: string;
  section: string;
}

/** A section measure (words, words per sentence…), which no single finding stands for. */
export type MeasureId = (typeof MEASURES)[number];

/** Whether an input of a score is a rule's signal. */
export const isRule = (signal: string): signal is SignalId => Object.hasOwn(RULES, signal);

/** Whether an input of a score is a section measure. */
export const isMeasure = (signal: string): signal is MeasureId => (MEASURES as readonly string[]).includes(signal);

/** The input too boring builds on: the strongest of Unexpected, Emotional and Stories (engine scoring/terms.ts). */
export const ENGAGING = 'score:engaging';

/** The principle a `score:<principle>` input stands for (for `score:engaging`, the strongest of its three), or null. */
export function scorePrinciple(signal: string): PrincipleId | null {
  const id = signal.startsWith('score:') ? signal.slice('score:'.length) : '';
  return isPrinciple(id) ? id : null;
}

/** Which of Unexpected, Emotional and Stories gives a section its `score:engaging`: the highest. */
export function engagingPrinciple(scores: Record<PrincipleId, number>): PrincipleId {
  return ENGAGING_PRINCIPLES.reduce((best, id) => (scores[id] > scores[best] ? id : best));
}

/** Where a rule's words and code live, as the project names them: `rules/catalogue/<id>.json`, `lexicon/<lang>/<table>.json` and `rules/<code>.ts`. */
export function signalSources(signal: string, lang: Lang): { lists: string[]; code: string | null } | null {
  if (!isRule(signal)) return null;
  const rule = RULES[signal];
  const file = (name: string): string => (isRule(name) ? `rules/catalogue/${name}.json` : `lexicon/${lang}/${name}.json`);
  return {
    lists: [...(rule.words ? [signal] : []), ...rule.reads].map(file),
    code: rule.code === null ? null : `rules/${rule.code}.ts`,
  };
}

/** The words behind one signal in the order they first appear, each with how often it was found ("was" ×6). */
export function signalWords(findings: Finding[], signal: string): { text: string; count: number }[] {
  const words = new Map<string, { text: string; count: number }>();
  for (const finding of findings) {
    if (finding.signal !== signal || !finding.actual) continue;
    const text = finding.actual.replace(/\s+/g, ' ').trim();
    const key = text.toLocaleLowerCase();
    const seen = words.get(key);
    if (seen) seen.count++;
    else words.set(key, { text, count: 1 });
  }
  return [...words.values()];
}

// Pronouns, past tense, mild feeling words, he/she and the word-norm signals (about one word in
// five is rated concrete or abstract) are everywhere: they show under their own dimension's
// filter or as a picked signal, not under "All", so "All" stays readable.
const EVERYWHERE = new Set([
  'first-singular',
  'first-plural',
  'second-person',
  'past-tense',
  'feeling',
  'characters',
  'concrete-words',
  'abstract-words',
]);

/**
 * The findings highlighted in a section: a picked signal's own findings, else those of the
 * filter (a principle or blind spot, or "all" without the everywhere-signals).
 */
export function highlighted(findings: Finding[], filter: string, signal: string | null): Finding[] {
  if (signal !== null) return findings.filter((finding) => finding.signal === signal);
  return findings.filter((finding) => {
    if (filter === 'all') return !EVERYWHERE.has(finding.signal ?? '');
    return finding.target?.dimension === filter;
  });
}

/** Whether a finding helps the talk (a principle up, a blind spot's risk down) or hurts it. */
export function findingEffect(finding: Finding): 'helps' | 'hurts' {
  const helps = finding.target ? targetHelps(finding.target) : null;
  if (helps !== null) return helps ? 'helps' : 'hurts';
  return finding.severity === 'warning' ? 'hurts' : 'helps';
}

/** How many findings "All" shows per principle or blind spot before "show every finding". */
// Three: the coach's "a few words that matter most" (issue 26); more made "All" mark most nouns.
export const STRONGEST_PER_DIMENSION = 3;

/** How many points each signal moved a principle or blind spot in this section (absolute). */
function weights(id: string, analysis: SectionSummary): Map<string, number> {
  const contributions = isPrinciple(id) ? analysis.explain[id] : isBlindSpot(id) ? analysis.blindSpots[id].contributions : [];
  return new Map((contributions ?? []).map((contribution) => [contribution.signal, Math.abs(contribution.effect)]));
}

/**
 * The strongest findings, in text order: per principle or blind spot, the few whose signal moved
 * it most (ties in text order); findings that move none (structure) all stay. One pass, keeping
 * the best few per dimension, so a section of any size is narrowed in linear time.
 */
export function strongest(findings: Finding[], analysis: SectionSummary, perDimension = STRONGEST_PER_DIMENSION): Finding[] {
  const best = new Map<string, { weights: Map<string, number>; top: { finding: Finding; weight: number }[] }>();
  const kept = new Set<Finding>();
  for (const finding of findings) {
    const id = finding.target?.dimension ?? '';
    if (id === '') {
      kept.add(finding);
      continue;
    }
    let group = best.get(id);
    if (!group) best.set(id, (group = { weights: weights(id, analysis), top: [] }));
    const weight = group.weights.get(finding.signal ?? '') ?? 0;
    // Insert after every kept one at least as strong: ties stay in text order.
    const at = group.top.findIndex((other) => other.weight < weight);
    if (at === -1) {
      if (group.top.length < perDimension) group.top.push({ finding, weight });
    } else {
      group.top.splice(at, 0, { finding, weight });
      if (group.top.length > perDimension) group.top.pop();
    }
  }
  for (const { top } of best.values()) for (const { finding } of top) kept.add(finding);
  return findings.filter((finding) => kept.has(finding));
}
