import type { SectionAnalysis } from '../../shared/analysis';
import type { Finding, Position } from '../../shared/talk';

// A talk has at most MAX_SECTIONS (1,000) sections; keeping two versions of each covers an edit.
const SECTION_LIMIT = 2000;

/** A section's analysis with positions relative to the section's start, and the words it took. */
interface Remembered {
  analysis: SectionAnalysis;
  words: number;
}

/** The offset of `position` from `base`, as a position (line 0 is the base's line). */
function relative(position: Position, base: Position): Position {
  const line = position.line - base.line;
  return { line, column: line === 0 ? position.column - base.column : position.column, offset: position.offset - base.offset };
}

/** A relative position placed at `base`. */
function placed(position: Position, base: Position): Position {
  return {
    line: base.line + position.line,
    column: position.line === 0 ? base.column + position.column : position.column,
    offset: base.offset + position.offset,
  };
}

const moveFindings = (findings: Finding[], move: (position: Position) => Position): Finding[] =>
  findings.map((finding) => ({ ...finding, start: move(finding.start), end: move(finding.end) }));

/**
 * Whole sections' analyses by everything they depend on (language, audience, ignores, id and
 * text), so re-scoring after an edit analyses only the sections that changed. Findings are kept
 * relative to their section's start: a section moved down by an edit above it is placed again.
 */
export class SectionMemo {
  private readonly entries = new Map<string, Remembered>();
  hits = 0;

  /** The remembered analysis of a section now starting at `base`, if its key was seen. */
  recall(key: string, base: Position): { analysis: SectionAnalysis; words: number } | null {
    const remembered = this.entries.get(key);
    if (!remembered) return null;
    this.hits++;
    this.entries.delete(key);
    this.entries.set(key, remembered); // most recently used last
    const { analysis, words } = remembered;
    return { analysis: { ...analysis, findings: moveFindings(analysis.findings, (position) => placed(position, base)) }, words };
  }

  /** Remembers a section fully analysed from `base`, having taken `words` of the budget. */
  remember(key: string, base: Position, analysis: SectionAnalysis, words: number): void {
    const stored = { ...analysis, findings: moveFindings(analysis.findings, (position) => relative(position, base)) };
    this.entries.set(key, { analysis: stored, words });
    if (this.entries.size > SECTION_LIMIT) this.entries.delete(this.entries.keys().next().value!);
  }
}
