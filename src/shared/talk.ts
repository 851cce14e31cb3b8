import type { Target } from './target';
import type { TalkLocation } from './location';

/** The id of the text before the first `##`: it belongs to every version and cannot be moved. */
export const OPENING_ID = 'opening';

/** The three lengths a talk is told in (DOMAIN.md section 4). */
export const VARIANTS = [10, 30, 60] as const;

/** One of the three variant lengths, in minutes. */
export type Variant = (typeof VARIANTS)[number];

/** Talk languages Sticky analyses. */
export type Lang = 'en' | 'nl';

/** Audience lenses from the front matter. */
export type Audience = 'keynote' | 'board' | 'workshop';

/** A place in the source: 1-based line and column, 0-based UTF-16 offset into the file text. */
export interface Position {
  line: number;
  column: number;
  offset: number;
}

/** How loud a finding is. */
export type Severity = 'error' | 'warning' | 'info';

/**
 * A problem or signal pointing at exact words (modelled on vfile-message). A plain object: it
 * crosses IPC.
 */
export interface Finding {
  ruleId: string;
  /** The signal it counts for (shared/signals.ts: also its rule's id); absent for structure findings. */
  signal?: string;
  message: string;
  severity: Severity;
  start: Position;
  end: Position;
  /** The text at the position, when there is one. */
  actual?: string;
  /** Suggestions; an empty list means "remove it". */
  expected?: string[];
  note?: string;
  /** The principle, blind spot or story element the finding moves, and which way. */
  target?: Target;
  /** Where its rule is documented (`docs/rules.md#<rule id>`), for rule findings. */
  source?: string;
  /** Section id the finding belongs to, when it is inside one. */
  sectionId?: string;
  /** Where it is in the user's file, for Office files and decks (render with shared/location.ts formatLocation). */
  location?: TalkLocation;
  /** Its stable key (shared/notes.ts findingKey), for rule findings in a section: what a dismissal names. */
  key?: string;
}

/** A section of the talk: a `##` heading and everything up to the next one. */
export interface Section {
  id: string;
  title: string;
  /** 1-based line of the heading (or of the first text, for the opening). */
  line: number;
  start: Position;
  end: Position;
  variants: Variant[];
  /** Declared minutes (`<!-- minutes: N -->`), or null when estimated from words. */
  fixedMinutes: number | null;
  /** Rule ids, principles or blind spots silenced here (`<!-- sticky-ignore: ... -->`). */
  ignores: string[];
  /** Words spoken: prose, list items, quotes and table cells. */
  words: number;
  /** The first spoken sentence (up to ~140 characters): a prompt line for rehearsals. */
  prompt: string;
  /** In a slide deck: the slide's number as its tool shows it (`3`, or `3.2` for a vertical slide). */
  slide?: string;
  /** In a PowerPoint deck: the PowerPoint section (group of slides) this slide is in. */
  group?: string;
  /** Where the section starts in the user's file, for Office files and decks (shared/location.ts). */
  location?: TalkLocation;
}

/** A parsed talk. */
export interface Talk {
  title: string;
  speaker: string | null;
  lang: Lang;
  /** Where `lang` came from. */
  langSource: 'front-matter' | 'settings' | 'detected';
  wpm: number;
  mantra: string | null;
  audience: Audience;
  /** Front matter `ignore:` list, applied to the whole talk. */
  ignores: string[];
  sections: Section[];
  findings: Finding[];
  /** Total spoken words. */
  words: number;
  /** The slide tool whose deck this is (slides are sections, notes are spoken), absent for a plain talk. */
  deck?: 'slidev' | 'marp' | 'reveal';
  /** A PowerPoint (.pptx) or OpenDocument (.odp) presentation, read as a deck: slides are sections, notes are spoken. */
  presentation?: 'pptx' | 'odp';
}

/** The timing of one section inside one variant. */
export interface SectionTiming {
  id: string;
  /** Estimated speaking minutes (declared minutes, or words / wpm). */
  minutes: number;
  /** This section's share of the variant's target, in minutes. */
  budget: number;
  fixed: boolean;
}

/** The timing plan of one variant. */
export interface VariantPlan {
  variant: Variant;
  /** Target length in minutes. */
  target: number;
  /** Estimated total minutes. */
  minutes: number;
  /** Estimated minus target, in minutes (positive: too long). */
  deltaMinutes: number;
  /** Within the tolerance of the target. */
  fits: boolean;
  /** Words to cut to land on the target (0 when not too long). */
  wordsToCut: number;
  /** Words that could be added to land on the target (0 when not too short). */
  wordsToAdd: number;
  sections: SectionTiming[];
  words: number;
}
