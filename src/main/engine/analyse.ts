import type { SectionAnalysis, TalkAnalysis } from '../../shared/analysis';
import type { Finding, Lang, Talk, Variant, VariantPlan } from '../../shared/talk';
import { currentRuleId } from '../../shared/signals';
import { VARIANTS } from '../../shared/talk';
import type { Dismissal } from '../../shared/notes';
import { AnalysisBudget } from './budget';
import { adjustedSummary, adjustmentOf, metricsWithout, splitDismissed } from './dismissals';
import { chunkRanges, chunkSignals, combineChunks, type ChunkSignals } from './rules';
import type { Match } from './rules/types';
import { kebab, scoreSection } from './scoring/sectionScores';
import { storyResult, mantraResult } from './scoring/story';
import { readTalk, type ParseOptions, type ReadTalk } from './talk/parseTalk';
import { wordsOf } from './text/segment';
import type { SourceText } from './talk/source';
import { planTalk } from './timing/plan';

/** A parsed, planned and scored talk. */
export interface AnalysedTalk {
  talk: Talk;
  plans: Record<Variant, VariantPlan>;
  analysis: TalkAnalysis;
}

// Sections whose text did not change are not analysed again. 2,000 sections is a long talk
// edited for hours, a few MB at most.
const CACHE_LIMIT = 2000;

/** Keeps the signals of each run of lines by language and content, so re-analysis after an edit is cheap. */
export class SignalCache {
  private readonly entries = new Map<string, ChunkSignals>();
  private readonly memos = new Map<string, unknown>();
  hits = 0;
  misses = 0;

  /** Remembers a derived value of a text (its chunk ranges, its words) by kind and text. */
  memo<T>(kind: string, text: string, compute: () => T): T {
    const key = `${kind}\u0000${text}`;
    if (this.memos.has(key)) return this.memos.get(key) as T;
    const value = compute();
    this.memos.set(key, value);
    if (this.memos.size > CACHE_LIMIT) this.memos.delete(this.memos.keys().next().value!);
    return value;
  }

  /** The signals of a run of lines, from the cache or freshly computed. */
  get(lang: Lang, masked: string, source: string): ChunkSignals {
    const key = `${lang}\u0000${masked}\u0000${source}`;
    const cached = this.entries.get(key);
    if (cached) {
      this.hits++;
      this.entries.delete(key);
      this.entries.set(key, cached); // most recently used last
      return cached;
    }
    this.misses++;
    const signals = chunkSignals(lang, masked, source);
    this.entries.set(key, signals);
    if (this.entries.size > CACHE_LIMIT) this.entries.delete(this.entries.keys().next().value!);
    return signals;
  }
}

/** Whether an ignore list silences a finding's rule: a full id, its list (before the dot), or its target. */
function isSilenced(ignores: Set<string>, ruleId: string, target: string): boolean {
  if (ignores.has(ruleId) || ignores.has(ruleId.split('.')[0]!)) return true;
  const [dimension] = target.split(/[+-]$/);
  return dimension !== undefined && (ignores.has(dimension) || ignores.has(kebab(dimension)));
}

function toFinding(source: SourceText, start: number, match: Match, sectionId: string): Finding {
  return {
    ruleId: match.ruleId,
    signal: match.signal,
    message: match.message,
    severity: match.severity,
    start: source.positionOfNormalized(start + match.start),
    end: source.positionOfNormalizedEnd(start + match.end),
    // What the file says there (vfile-message's `actual`); the match's own text is the spoken view.
    actual: source.normalized.slice(start + match.start, start + match.end),
    ...(match.expected ? { expected: match.expected } : {}),
    target: match.target,
    sectionId,
  };
}

/** Options of an analysis: the parser's, a signal cache, and the coach's dismissals (shared/notes.ts). */
export type AnalyseOptions = ParseOptions & { cache?: SignalCache; dismissed?: readonly Dismissal[] };

type Dismissals = ReadonlyMap<string, Dismissal>;

/** Analyses one section, yielding after each run of lines so a caller can pause. */
function* sectionSteps(
  read: ReadTalk,
  index: number,
  cache: SignalCache,
  budget: AnalysisBudget,
  dismissals: Dismissals,
): Generator<void, SectionAnalysis> {
  const { talk, source, texts } = read;
  const section = talk.sections[index]!;
  const text = texts[index]!;
  const sectionSource = source.normalized.slice(text.start, text.start + text.masked.length);
  const chunks: { offset: number; signals: ChunkSignals }[] = [];
  const analysed = budget.left();
  const cutBefore = budget.cut;
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
  const { counted, dismissed } = splitDismissed(kept, section.id, wordsAt, dismissals);
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
  const finding = (match: Match, key: string): Finding => ({ ...toFinding(source, text.start, match, section.id), key });
  return {
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
        ? [{ ...budget.finding(source, talk.sections.length - index - 1)!, sectionId: section.id }]
        : []),
    ],
    metrics,
    spoken: text.masked,
  };
}

function* talkSteps(read: ReadTalk, cache: SignalCache, dismissals: Dismissals): Generator<void, SectionAnalysis[]> {
  const sections: SectionAnalysis[] = [];
  const budget = new AnalysisBudget();
  let skipped = 0;
  for (let index = 0; index < read.talk.sections.length; index++) {
    if (!budget.left()) {
      budget.cut ??= read.texts[index]!.start;
      skipped++;
    }
    sections.push(yield* sectionSteps(read, index, cache, budget, dismissals));
  }
  const cut = budget.finding(read.source, skipped);
  if (cut) read.talk.findings.push(cut);
  return sections;
}

const dismissalMap = (options: AnalyseOptions): Dismissals => new Map((options.dismissed ?? []).map((item) => [item.key, item]));

/**
 * Parses, plans and scores a talk. Never throws; same input, same output. Dismissed findings
 * (`options.dismissed`) leave the findings and stop counting towards their scores; the sections,
 * variants and talk they changed say so in `adjusted`.
 */
export function analyseTalk(text: string, options: AnalyseOptions = {}): AnalysedTalk {
  const read = readTalk(text, options);
  const cache = options.cache ?? new SignalCache();
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
  const read = readTalk(text, options);
  const cache = options.cache ?? new SignalCache();
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
  const plans = planTalk(talk);
  const mantra = mantraResult(talk, texts, (masked) => cache.memo('words', masked, () => wordsOf(masked).map((word) => word.lower)));
  const variants = {} as TalkAnalysis['variants'];
  for (const variant of VARIANTS) {
    const ids = new Set(plans[variant].sections.map((timing) => timing.id));
    const inVariant = sections.filter((section) => ids.has(section.id));
    variants[variant] = { ...storyResult(talk, inVariant, variant), ...adjustedSummary(inVariant), sections: [...ids] };
  }
  const whole = { ...storyResult(talk, sections, null), ...adjustedSummary(sections), mantra };
  return { talk, plans, analysis: { sections, talk: whole, variants } };
}
