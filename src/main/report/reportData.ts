import {
  BLIND_SPOTS,
  ELEMENTS,
  PRINCIPLES,
  type BlindSpotId,
  type DismissedFinding,
  type ElementId,
  type MistakeResult,
  type PrincipleId,
  type ScoreAdjustment,
} from '../../shared/analysis';
import type { Dismissal, Note, Sidecar } from '../../shared/notes';
import type { RehearsalRun } from '../../shared/rehearsal';
import { VARIANTS, type Finding, type Lang, type Variant } from '../../shared/talk';
import type { AnalysedTalk } from '../engine/analyse';
import { anchorSections } from '../engine/anchors/createAnchor';
import { resolveAnchors, type AnchorPlacement } from '../engine/anchors/resolveAnchor';
import { COACH } from '../engine/scoring/sectionScores';
import { staleDismissals } from '../engine/dismissals';
import { coachFeedback, type Feedback } from './feedback';
import { sectionEvidence } from './reportEvidence';
import { reportPlans, type ReportPlan } from './reportPlan';
import { formatFree } from '../engine/text/formatFree';
import { tenthsOfMinutes } from '../engine/timing/plan';

/** A note as the report shows it: where it sits now, and its words now. */
export interface ReportNote {
  note: Note;
  placement: AnchorPlacement;
  /** The words it is on now; null for an orphan. */
  words: string | null;
  /** Its words changed since the note was written (not only their wrapping or quote marks). */
  changed: boolean;
}

/** One section of the report. */
export interface ReportSection {
  id: string;
  title: string;
  variants: Variant[];
  minutes: number;
  words: number;
  scores: Record<PrincipleId, number>;
  risks: Record<BlindSpotId, { risk: number; flagged: boolean; tooShort: boolean; name: string; fix: string; examples: string[] }>;
  /** Warnings and errors: what to fix. */
  findings: Finding[];
  /** How many info-level signals (evidence of a principle, not a problem) were left out of the list. */
  signals: number;
  /** Its strongest and weakest principle with the words that show them; null without words. */
  evidence: ReturnType<typeof sectionEvidence>;
  notes: ReportNote[];
  dismissed: DismissedFinding[];
  adjusted: ScoreAdjustment | null;
}

/** The latest rehearsal of one variant. */
export interface ReportRun {
  variant: Variant;
  startedAt: number;
  /** Seconds spoken, and the target. */
  total: number;
  target: number;
  complete: boolean;
}

/** A variant's CX Story check and timing. */
export interface ReportVariant {
  variant: Variant;
  score: number;
  elements: Record<ElementId, { present: boolean; name: string; hint: string | null }>;
  mistakes: MistakeResult[];
  minutes: number;
  target: number;
  deltaMinutes: number;
  fits: boolean;
}

/** Everything the coach's report shows, computed once; the HTML and Markdown only draw it. */
export interface ReportData {
  lang: Lang;
  title: string;
  speaker: string | null;
  file: string;
  /** ISO date the report was made. */
  made: string;
  authors: string[];
  feedback: Feedback;
  score: number;
  verdict: string;
  principles: Record<PrincipleId, number>;
  principleNames: Record<PrincipleId, string>;
  blindSpotNames: Record<BlindSpotId, string>;
  mantra: string | null;
  adjusted: { by: string[]; findings: number } | null;
  variants: ReportVariant[];
  /** The 10/30/60 plan: per variant its sections with timings, and what it cuts. */
  plans: ReportPlan[];
  sections: ReportSection[];
  orphans: ReportNote[];
  /** Dismissals that match no finding any more (its words changed, or its section was renamed): listed, never dropped. */
  staleDismissals: Dismissal[];
  /** Null when rehearsals were not looked for (the CLI without --runs). */
  runs: ReportRun[] | null;
}

/** What a report is made from. */
export interface ReportInput {
  file: string;
  text: string;
  analysed: AnalysedTalk;
  sidecar: Sidecar | null;
  /** This talk's rehearsal runs, or null when they were not looked for. */
  runs: RehearsalRun[] | null;
  made: Date;
}

function latestRuns(runs: RehearsalRun[]): ReportRun[] {
  return VARIANTS.flatMap((variant) => {
    const latest = runs
      .filter((run) => run.plan.variant === variant && run.status !== 'running')
      .sort((a, b) => b.startedAt - a.startedAt)[0];
    return latest
      ? [{ variant, startedAt: latest.startedAt, total: latest.total, target: latest.plan.target, complete: latest.status === 'complete' }]
      : [];
  });
}

/** Gathers a report's data from a talk's analysis, its notes and its rehearsals. Pure. */
export function buildReportData(input: ReportInput): ReportData {
  const { analysed, sidecar } = input;
  const { talk, plans, analysis } = analysed;
  const coach = COACH[talk.lang];
  const anchors = anchorSections(talk);
  const notes = sidecar?.notes ?? [];
  // One pass over all notes: a shared quote index and work budget (resolveAnchors).
  const placements = resolveAnchors(
    notes.map((note) => note.anchor),
    input.text,
    anchors,
  );
  const placed: ReportNote[] = notes.map((note, index) => {
    const placement = placements[index]!;
    const words = placement.status === 'orphaned' ? null : input.text.slice(placement.start, placement.end);
    return { note, placement, words, changed: words !== null && formatFree(words) !== formatFree(note.anchor.exact) };
  });
  const sixty = new Map(plans[60].sections.map((timing) => [timing.id, timing.minutes]));
  const sections: ReportSection[] = analysis.sections.map((section, index) => {
    const parsed = talk.sections[index]!;
    return {
      id: section.id,
      title: parsed.title,
      variants: parsed.variants,
      minutes: sixty.get(section.id) ?? 0,
      words: parsed.words,
      scores: section.scores,
      risks: Object.fromEntries(
        BLIND_SPOTS.map((spot) => {
          const { risk, flagged, tooShort, name, fix, examples } = section.blindSpots[spot];
          return [spot, { risk, flagged, tooShort, name, fix, examples }];
        }),
      ) as ReportSection['risks'],
      findings: section.findings.filter((finding) => finding.severity !== 'info'),
      signals: section.findings.filter((finding) => finding.severity === 'info').length,
      evidence: sectionEvidence(section),
      notes: placed.filter((item) => item.placement.status !== 'orphaned' && item.placement.sectionId === section.id),
      dismissed: section.dismissed ?? [],
      adjusted: section.adjusted ?? null,
    };
  });
  const variants: ReportVariant[] = VARIANTS.map((variant) => {
    const story = analysis.variants[variant];
    const plan = plans[variant];
    const elements = Object.fromEntries(
      ELEMENTS.map((element) => [
        element,
        { present: story.elements[element].present, name: story.elements[element].name, hint: story.elements[element].hint },
      ]),
    ) as ReportVariant['elements'];
    return {
      variant,
      score: story.score,
      elements,
      mistakes: story.mistakes,
      // Tenths, rounded as the outline and compare print them.
      minutes: tenthsOfMinutes(plan.minutes),
      target: plan.target,
      deltaMinutes: plan.deltaMinutes,
      fits: plan.fits,
    };
  });
  return {
    lang: talk.lang,
    title: talk.title,
    speaker: talk.speaker,
    file: input.file,
    made: input.made.toISOString().slice(0, 10),
    authors: sidecar?.authors ?? [],
    feedback: coachFeedback(analysed),
    score: analysis.talk.score,
    verdict: analysis.talk.verdict,
    principles: analysis.talk.scores,
    principleNames: Object.fromEntries(PRINCIPLES.map((principle) => [principle, coach.principles[principle]])) as Record<
      PrincipleId,
      string
    >,
    blindSpotNames: Object.fromEntries(BLIND_SPOTS.map((spot) => [spot, coach.blindSpots[spot].name])) as Record<BlindSpotId, string>,
    mantra: analysis.talk.mantra.text,
    adjusted: analysis.talk.adjusted ?? null,
    variants,
    plans: reportPlans(talk, plans),
    sections,
    orphans: placed.filter((item) => item.placement.status === 'orphaned'),
    staleDismissals: staleDismissals(sidecar?.dismissals ?? [], analysis.sections),
    runs: input.runs === null ? null : latestRuns(input.runs),
  };
}
