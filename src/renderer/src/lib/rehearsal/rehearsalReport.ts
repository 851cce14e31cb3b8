import type { RehearsalRun, SectionResult } from '../../../../shared/rehearsal';
import { OPENING_ID, type Variant } from '../../../../shared/talk';

/** One row of the run report. */
export interface ReportRow extends SectionResult {
  /** Actual minus budget, in seconds. */
  delta: number;
  /** Measured words per minute, when the section was spoken long enough to tell. */
  wpm: number | null;
  /** Blind spots the engine flagged in this section. */
  flags: string[];
  /** The section is no longer in the talk (it was renamed or removed since this run). */
  gone: boolean;
}

/** A way to win back time. */
export interface Cut {
  sectionId: string;
  title: string;
  kind: 'move' | 'drop' | 'trim';
  /** Seconds it saves. */
  seconds: number;
  /** Words to cut, for a trim. */
  words: number;
  /** The longer version it can move to, for a move. */
  to: Variant | null;
  /** The CX Story element this section carries, when it does. */
  carries: string | null;
}

/** What the talk looks like now, to link a run to the current analysis. */
export interface ReportContext {
  sectionIds: Set<string>;
  flags: Record<string, string[]>;
  /** Mean of the six SUCCESs scores per section. */
  scores: Record<string, number>;
  /** The versions each section belongs to. */
  variants: Record<string, Variant[]>;
  /** Sections that carry a CX Story element in this version (id to element name): cut last, and only trimmed. */
  essential?: Record<string, string>;
}

/** The run report: rows, totals, the worst overruns and a cut list to fit the target. */
export interface RunReport {
  rows: ReportRow[];
  total: number;
  target: number;
  delta: number;
  overruns: ReportRow[];
  cuts: Cut[];
}

// Ten seconds of speech is the least from which a words-per-minute figure means anything.
const MIN_SECONDS_FOR_PACE = 10;
// See cutList: cut a whole section when the words to trim would be more than two thirds of it.
const WHOLE_SECTION_FACTOR = 1.5;
// The three sections that overran most are worth the speaker's attention; more is a list.
const OVERRUNS_SHOWN = 3;

/** Builds the report of a finished (or interrupted) run. */
export function buildReport(run: RehearsalRun, context: ReportContext): RunReport {
  const rows: ReportRow[] = run.sections.map((section) => ({
    ...section,
    delta: section.actual - section.budget,
    wpm: !section.fixed && section.actual >= MIN_SECONDS_FOR_PACE ? Math.round(section.words / (section.actual / 60)) : null,
    flags: context.flags[section.id] ?? [],
    gone: !context.sectionIds.has(section.id),
  }));
  const total = rows.reduce((sum, row) => sum + row.actual, 0);
  const overruns = rows
    .filter((row) => row.delta > 0)
    .sort((a, b) => b.delta - a.delta)
    .slice(0, OVERRUNS_SHOWN);
  return {
    rows,
    total,
    target: run.plan.target,
    delta: total - run.plan.target,
    overruns,
    cuts: cutList(rows, total - run.plan.target, run.plan.variant, context),
  };
}

/**
 * What to cut to land on the target: sections with the lowest scores per minute first, moved to a
 * longer version when they belong to one, dropped otherwise; the last one trimmed by words.
 */
export function cutList(rows: ReportRow[], over: number, variant: Variant, context: ReportContext): Cut[] {
  if (over <= 0) return [];
  const perMinute = (row: ReportRow): number => (context.scores[row.id] ?? 50) / Math.max(row.actual / 60, 0.1);
  const essential = context.essential ?? {};
  // A section that carries the personal story, the urgency, the strategy or the call to action is
  // the talk's backbone (DOMAIN.md section 3): it is cut last, and only trimmed, never removed.
  const candidates = rows
    .filter((row) => row.reached && row.actual > 0 && !row.gone)
    .sort((a, b) => Number(a.id in essential) - Number(b.id in essential) || perMinute(a) - perMinute(b));
  const cuts: Cut[] = [];
  let need = over;
  for (const row of candidates) {
    if (need <= 0) break;
    // Trimming more than two thirds of a section leaves a stub: move or drop it whole instead.
    const carries = essential[row.id] ?? null;
    // The opening belongs to every version (TALK-FORMAT.md): it can only be trimmed.
    if ((row.actual <= need * WHOLE_SECTION_FACTOR || row.fixed) && !carries && row.id !== OPENING_ID) {
      const to = (context.variants[row.id] ?? []).filter((option) => option > variant).sort((a, b) => a - b)[0] ?? null;
      cuts.push({ sectionId: row.id, title: row.title, kind: to ? 'move' : 'drop', seconds: row.actual, words: row.words, to, carries });
      need -= row.actual;
    } else {
      const seconds = Math.min(need, row.actual / WHOLE_SECTION_FACTOR);
      const words = Math.ceil((seconds / row.actual) * row.words);
      cuts.push({ sectionId: row.id, title: row.title, kind: 'trim', seconds, words, to: null, carries });
      need -= seconds;
    }
  }
  return cuts;
}

/** The words per minute of the recent complete runs that spoke for a minute or more, slowest first. */
export function recentPaces(runs: RehearsalRun[], recent = 5): number[] {
  return runs
    .filter((run) => run.status === 'complete')
    .slice(-recent)
    .map((run) => {
      const spoken = run.sections.filter((section) => !section.fixed && section.actual > 0);
      const seconds = spoken.reduce((sum, section) => sum + section.actual, 0);
      return seconds >= 60 ? spoken.reduce((sum, section) => sum + section.words, 0) / (seconds / 60) : null;
    })
    .filter((pace): pace is number => pace !== null)
    .sort((a, b) => a - b);
}

/** The speaker's pace: the median words per minute of their recent complete runs. */
export function measuredPace(runs: RehearsalRun[], recent = 5): number | null {
  const paces = recentPaces(runs, recent);
  if (paces.length === 0) return null;
  const middle = Math.floor(paces.length / 2);
  return Math.round(paces.length % 2 ? paces[middle]! : (paces[middle - 1]! + paces[middle]!) / 2);
}
