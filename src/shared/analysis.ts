import type { Finding, Variant } from './talk';

export { BLIND_SPOTS, ELEMENTS, ENGAGING_PRINCIPLES, PRINCIPLES } from './target';
export type { BlindSpotId, ElementId, PrincipleId } from './target';
import type { BlindSpotId, ElementId, PrincipleId } from './target';

/** The five most common CX Story mistakes. */
export const MISTAKES = ['too-functional-and-boring', 'too-general', 'lacking-you', 'too-analytical', 'open-door'] as const;
/** A CX Story mistake. */
export type MistakeId = (typeof MISTAKES)[number];

/** Why a score is what it is: one input, its value, and the points it added or took. */
export interface Contribution {
  signal: string;
  value: number;
  effect: number;
}

/** A blind spot's risk for one section, and the coach's fix when it is flagged. */
export interface BlindSpotResult {
  risk: number;
  flagged: boolean;
  /** The section has too few spoken words to judge a blind spot: the risk is computed, never flagged or shown as a risk. */
  tooShort: boolean;
  threshold: number;
  name: string;
  fix: string;
  /** The section's own words that push the risk up most. */
  examples: string[];
  contributions: Contribution[];
}

/** How dismissed findings changed a section's numbers: by whom, how many, and the numbers before. */
export interface ScoreAdjustment {
  /** The authors of the dismissals, in order of first dismissal. */
  by: string[];
  /** How many findings were dismissed. */
  findings: number;
  scoresBefore: Record<PrincipleId, number>;
  risksBefore: Record<BlindSpotId, number>;
}

/** A finding the coach dismissed: left out of the evidence and the scores, kept here with the reason. */
export interface DismissedFinding {
  finding: Finding;
  reason: string;
  author: string;
  at: string;
}

/** The analysis of one section. */
export interface SectionAnalysis {
  id: string;
  scores: Record<PrincipleId, number>;
  /** Contributions per principle. */
  explain: Record<PrincipleId, Contribution[]>;
  blindSpots: Record<BlindSpotId, BlindSpotResult>;
  findings: Finding[];
  /** Signal rates per 100 spoken words, and section measures. */
  metrics: Record<string, number>;
  /**
   * The section's spoken mask: its source text with unspoken characters (Markdown syntax,
   * comments, code) as spaces, offset 0 at the section's start in the normalised text.
   */
  spoken: string;
  /** In a deck: the slide's shown text (not spoken when it has notes), masked as `spoken` is. */
  shown?: string;
  /** Present when dismissed findings changed this section's scores. */
  adjusted?: ScoreAdjustment;
  /** Present when findings here were dismissed. */
  dismissed?: DismissedFinding[];
}

/** Whether a CX Story element is present, where, with which words; or what to add. */
export interface ElementResult {
  name: string;
  present: boolean;
  sectionId: string | null;
  evidence: string[];
  hint: string | null;
}

/** A CX Story mistake that applies, with its evidence. */
export interface MistakeResult {
  id: MistakeId;
  message: string;
  evidence: string[];
}

/** The mantra and where it is heard. */
export interface MantraResult {
  text: string | null;
  source: 'front-matter' | 'candidate' | null;
  sections: string[];
  variants: Variant[];
  missingIn: Variant[];
  /** With no mantra: a short line from the talk's close or opening that could become one. */
  suggestion: string | null;
}

/** The CX Story check of a set of sections (the whole talk or one variant). */
export interface StoryResult {
  scores: Record<PrincipleId, number>;
  /** The talk score: the mean of the six principles. */
  score: number;
  elements: Record<ElementId, ElementResult>;
  mistakes: MistakeResult[];
  verdict: string;
  /** Present when dismissed findings changed the scores of these sections: by whom and how many. */
  adjusted?: { by: string[]; findings: number };
}

/** The full analysis of a talk. */
export interface TalkAnalysis {
  sections: SectionAnalysis[];
  talk: StoryResult & { mantra: MantraResult };
  variants: Record<Variant, StoryResult & { sections: string[] }>;
}

/** A section's results as the window gets them with every update: its evidence stays behind. */
export type SectionSummary = Omit<SectionAnalysis, 'findings' | 'spoken' | 'shown'> & {
  /** How many findings the section has (fetched with its evidence when the section is opened). */
  findingCount: number;
};

/** A talk's analysis as the window gets it: every section's scores, no findings or spoken text. */
export interface AnalysisView {
  sections: SectionSummary[];
  talk: TalkAnalysis['talk'];
  variants: TalkAnalysis['variants'];
}

/** What the window fetches when a section is opened: its findings and its spoken mask. */
export interface SectionEvidence {
  id: string;
  /** The section's findings in order: every warning, and at most MAX_EVIDENCE_FINDINGS others. */
  findings: Finding[];
  /** How many findings the section has in all (more than `findings` holds when capped). */
  total: number;
  /** As SectionAnalysis.spoken: the section's source with unspoken characters as spaces. */
  spoken: string;
  /** In a deck: as SectionAnalysis.shown, the slide's shown text, kept apart from the spoken notes. */
  shown?: string;
}
