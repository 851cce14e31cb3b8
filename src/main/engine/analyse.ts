import type { SectionAnalysis, TalkAnalysis } from '../../shared/analysis';
import type { Finding, Talk, Variant, VariantPlan } from '../../shared/talk';
import { currentRuleId } from '../../shared/signals';
import { VARIANTS } from '../../shared/talk';
import { keySection, type Dismissal } from '../../shared/notes';
import { AnalysisBudget } from './budget';
import { adjustedSummary, adjustmentOf, metricsWithout, splitDismissed } from './dismissals';
import { chunkRanges, combineChunks, type ChunkSignals } from './rules';
import type { Match } from './rules/types';
import { ruleSource } from './rules/catalogue';
import type { Target } from '../../shared/target';
import { kebab, scoreSection } from './scoring/sectionScores';
import { storyResult, mantraResult } from './scoring/story';
import { readTalk, type ParseOptions, type ReadTalk } from './talk/parseTalk';
import { sentencesOf, wordsOf } from './text/segment';
import type { SourceText } from './talk/source';
import { planTalk } from './timing/plan';
import { SignalCache } from './signalCache';
import { locateFindings } from './location/locate';

export { SignalCache } from './signalCache';

/** A parsed, planned and scored talk. */
export interface AnalysedTalk {
  talk: Talk;
  plans: Record<Variant, VariantPlan>;
  analysis: TalkAnalysis;
}

/**
 * Whether an ignore list silences a finding's rule: a full id, its list (before the dot), or the
 * principle or blind spot it moves. A CX Story element's name silences only its own rule
 * (`call-to-action`), not the instructions that are no ask by themselves (`imperatives`).
 */
function isSilenced(ignores: Set<string>, ruleId: string, target: Target): boolean {
  const rule = ruleId.split('.')[0]!;
  if (ignores.has(ruleId) || ignores.has(rule)) return true;
  if (target.direction === null && kebab(target.dimension) !== rule) return false;
  return ignores.has(target.dimension) || ignores.has(kebab(target.dimension));
}

function toFinding(source: SourceText, start: number, match: Match, sectionId: string, key: string): Finding {
  const finding: Finding = {
    ruleId: match.ruleId,
    signal: match.signal,
    message: match.message,
    severity: match.severity,
    start: source.positionOfNormalized(start + match.start),
    end: source.positionOfNormalizedEnd(start + match.end),
    // What the file says there (vfile-message's `actual`); the match's own text is the spoken view.
    actual: source.normalized.slice(start + match.start, start + match.end),
  };
  if (match.expected) finding.expected = match.expected;
  finding.target = match.target;
  finding.source = ruleSource(match.signal);
  finding.sectionId = sectionId;
  finding.key = key;
  return finding;
}

/**
 * Options of an analysis: the parser's, a signal cache, and the coach's dismissals (shared/notes.ts).
 * `read` is the same text already read with the same options (e.g. for its outline): it is scored
 * without being parsed again, and left as it was, so it can be scored again.
 */
export type AnalyseOptions = ParseOptions & { cache?: SignalCache; dismissed?: readonly Dismissal[]; read?: ReadTalk };

/** The talk to score: the caller's read (with a findings list of its own, as scoring adds to it) or a fresh one. */
function readFor(text: string, options: AnalyseOptions, cache: SignalCache): ReadTalk {
  if (!options.read) return readTalk(text, { ...options, memo: (kind, key, compute) => cache.memo(kind, key, compute) });
  const { talk } = options.read;
  return { ...options.read, talk: { ...talk, findings: [...talk.findings] } };
}

type Dismissals = ReadonlyMap<string, Dismissal>;

/** One section's dismissals by finding key, and a text that changes whenever they do (its memo key's part). */
interface SectionDismissals {
  byKey: Dismissals;
  signature: string;
}

const NO_DISMISSALS: SectionDismissals = { byKey: new Map(), signature: '' };

/** Analyses one section, yielding after each run of lines so a caller can pause. */
function* sectionSteps(
  read: ReadTalk,
  index: number,
  cache: SignalCache,
  budget: AnalysisBudget,
  dismissals: SectionDismissals,
): Generator<void, SectionAnalysis> {
  const { talk, source, texts } = read;
  const section = talk.sections[index]!;
  const text = texts[index]!;
  const sectionSource = source.normalized.slice(text.start, text.start + text.masked.length);
  const base = source.positionOfNormalized(text.start);
  // The span's length in the file too: the same text with CRLF line ends places findings differently.
  const fileLength = source.positionOfNormalized(text.start + text.masked.length).offset - base.offset;
  // Where findings are in the user's file depends on the slide (and PowerPoint section) too, and
  // what counts on the coach's dismissals.
  const memoKey = [
    talk.lang,
    talk.audience,
    talk.ignores,
    section.ignores,
    section.id,
    section.slide,
    section.group,
    fileLength,
    dismissals.signature,
    text.masked,
    text.shown ?? '',
    sectionSource,
  ].join('\u0000');
  const recalled = cache.sections.recall(memoKey, base);
  // Taken whole or not at all: a section the budget would cut is analysed run by run below.
  if (recalled && budget.words >= recalled.words) {
    budget.take(recalled.words, text.start);
    return recalled.analysis;
  }
  const chunks: { offset: number; signals: ChunkSignals }[] = [];
  const analysed = budget.left();
  const cutBefore = budget.cut;
  const wordsBefore = budget.words;
  for (const range of analysed ? cache.memo(`ranges:${talk.lang}`, text.masked, () => chunkRanges(text.masked, talk.lang)) : []) {
    const words = cache.memo(
      'count',
      text.masked.slice(range.start, range.end),
      () => wordsOf(text.masked.slice(range.start, range.end)).length,
    );
    if (!budget.take(words, text.start + range.start)) break;
    chunks.push({
      offset: range.start,
      signals: cache.get(talk.lang, text.masked.slice(range.start, range.end), sectionSource.slice(range.start, range.end)),
    });
    yield;
  }
  const signals = combineChunks(chunks);
  const ignores = new Set([...talk.ignores, ...section.ignores].map(currentRuleId));
  const silenced = new Set([...ignores].map((id) => id.replace(/-([a-z])/g, (_m, letter: string) => letter.toUpperCase())));
  const kept = signals.matches.filter((match) => !isSilenced(ignores, match.ruleId, match.target));
  const wordsAt = (match: Match): string => source.normalized.slice(text.start + match.start, text.start + match.end);
  const { counted, dismissed } = splitDismissed(kept, section.id, wordsAt, dismissals.byKey);
  const score = (metrics: Record<string, number>, matches: Match[]) =>
    scoreSection(metrics, matches, talk.lang, talk.audience, silenced, signals.plainSentences);
  const metrics =
    dismissed.length > 0
      ? metricsWithout(
          signals.metrics,
          signals.matches,
          dismissed.map((item) => item.match),
        )
      : signals.metrics;
  const scored = score(
    metrics,
    counted.map((item) => item.match),
  );
  const finding = (match: Match, key: string): Finding => toFinding(source, text.start, match, section.id, key);
  const analysis: SectionAnalysis = {
    id: section.id,
    ...scored,
    ...(dismissed.length > 0
      ? {
          adjusted: adjustmentOf(score(signals.metrics, kept), dismissed),
          dismissed: dismissed.map(({ match, key, dismissal }) => ({
            finding: finding(match, key),
            reason: dismissal.reason,
            author: dismissal.author,
            at: dismissal.at,
          })),
        }
      : {}),
    findings: [
      ...counted.map(({ match, key }) => finding(match, key)),
      // Where the analysis budget ran out, the section says so (the app shows section findings).
      ...(budget.cut !== null && cutBefore === null
        ? [{ ...budget.finding(source, talk.sections.length - index - 1, talk.lang)!, sectionId: section.id }]
        : []),
    ],
    metrics,
    spoken: text.masked,
    ...(text.shown !== undefined ? { shown: text.shown } : {}),
  };
  if (analysed && budget.cut === null) cache.sections.remember(memoKey, base, analysis, wordsBefore - budget.words);
  return analysis;
}

function* talkSteps(
  read: ReadTalk,
  cache: SignalCache,
  dismissals: ReadonlyMap<string, SectionDismissals>,
): Generator<void, SectionAnalysis[]> {
  const sections: SectionAnalysis[] = [];
  const budget = new AnalysisBudget();
  let skipped = 0;
  for (let index = 0; index < read.talk.sections.length; index++) {
    if (!budget.left()) {
      budget.cut ??= read.texts[index]!.start;
      skipped++;
    }
    const section = read.talk.sections[index]!;
    sections.push(yield* sectionSteps(read, index, cache, budget, dismissals.get(section.id) ?? NO_DISMISSALS));
  }
  const cut = budget.finding(read.source, skipped, read.talk.lang);
  if (cut) read.talk.findings.push(cut);
  return sections;
}

/**
 * The coach's dismissals grouped by section once per analysis: a dismissal names its section, so a
 * dismiss re-scores (and forgets the remembered analysis of) that section alone.
 */
function dismissalMap(options: AnalyseOptions): ReadonlyMap<string, SectionDismissals> {
  const bySection = new Map<string, Dismissal[]>();
  for (const item of options.dismissed ?? []) {
    const section = keySection(item.key); // what the key matches, whatever the entry says besides
    // One pass: each dismissal is pushed onto its section's list (a copy per entry was quadratic).
    const items = bySection.get(section);
    if (items) items.push(item);
    else bySection.set(section, [item]);
  }
  return new Map(
    [...bySection].map(([sectionId, items]) => [
      sectionId,
      { byKey: new Map(items.map((item) => [item.key, item])), signature: JSON.stringify(items) },
    ]),
  );
}

/**
 * Parses, plans and scores a talk. Never throws; same input, same output. Dismissed findings
 * (`options.dismissed`) leave the findings and stop counting towards their scores; the sections,
 * variants and talk they changed say so in `adjusted`.
 */
export function analyseTalk(text: string, options: AnalyseOptions = {}): AnalysedTalk {
  const cache = options.cache ?? new SignalCache();
  const read = readFor(text, options, cache);
  const steps = talkSteps(read, cache, dismissalMap(options));
  let step = steps.next();
  while (!step.done) step = steps.next();
  return assemble(read, step.value, cache);
}

/**
 * The same analysis, calling the caller's `pause` (e.g. setImmediate) after every run of about
 * 400 words, so a main process stays responsive while a long talk is scored.
 */
export async function analyseTalkInSteps(text: string, pause: () => Promise<void>, options: AnalyseOptions = {}): Promise<AnalysedTalk> {
  const cache = options.cache ?? new SignalCache();
  const read = readFor(text, options, cache);
  const steps = talkSteps(read, cache, dismissalMap(options));
  let step = steps.next();
  while (!step.done) {
    await pause();
    step = steps.next();
  }
  return assemble(read, step.value, cache);
}

function assemble(read: ReadTalk, sections: SectionAnalysis[], cache: SignalCache): AnalysedTalk {
  const { talk, texts } = read;
  locateFindings(talk.findings, read.lines);
  for (const section of sections) {
    locateFindings(section.findings, read.lines);
    if (section.dismissed)
      locateFindings(
        section.dismissed.map((item) => item.finding),
        read.lines,
      );
  }
  const plans = planTalk(talk);
  const mantra = mantraResult(talk, texts, {
    lowerWords: (masked) => cache.memo('words', masked, () => wordsOf(masked).map((word) => word.lower)),
    sentences: (masked) => cache.memo(`sentences:${talk.lang}`, masked, () => sentencesOf(masked, talk.lang)),
    remember: (kind, masked, compute) => cache.memo(kind, masked, compute),
  });
  const variants = {} as TalkAnalysis['variants'];
  for (const variant of VARIANTS) {
    const ids = new Set(plans[variant].sections.map((timing) => timing.id));
    const inVariant = sections.filter((section) => ids.has(section.id));
    variants[variant] = { ...storyResult(talk, inVariant, variant), ...adjustedSummary(inVariant), sections: [...ids] };
  }
  const whole = { ...storyResult(talk, sections, null), ...adjustedSummary(sections), mantra };
  return { talk, plans, analysis: { sections, talk: whole, variants } };
}
