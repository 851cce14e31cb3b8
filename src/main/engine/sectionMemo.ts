import type { SectionAnalysis } from '../../shared/analysis';
import type { Finding, Position } from '../../shared/talk';

// A talk has at most MAX_SECTIONS (1,000) sections; keeping two versions of each covers an edit.
const SECTION_LIMIT = 2000;

/** A section's analysis as last placed, where it was placed, and the words it took. */
interface Remembered {
  analysis: SectionAnalysis;
  base: Position;
  words: number;
}

const samePlace = (a: Position, b: Position): boolean => a.offset === b.offset && a.line === b.line && a.column === b.column;

/** A position of a section that started at `from`, for the same section starting at `to`. */
function moved(position: Position, from: Position, to: Position): Position {
  const onFirstLine = position.line === from.line;
  return {
    line: position.line - from.line + to.line,
    column: onFirstLine ? position.column - from.column + to.column : position.column,
    offset: position.offset - from.offset + to.offset,
  };
}

/** A finding moved with its section: every field kept, its positions placed anew. */
const movedFinding = (finding: Finding, from: Position, to: Position): Finding => ({
  ...finding,
  start: moved(finding.start, from, to),
  end: moved(finding.end, from, to),
});

/**
 * Whole sections' analyses by everything they depend on (language, audience, ignores, id and
 * text), so re-scoring after an edit analyses only the sections that changed. A section that did
 * not move is returned as it was; one moved by an edit above it has its findings placed anew.
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
    if (!samePlace(remembered.base, base)) {
      const from = remembered.base;
      const findings = remembered.analysis.findings.map((finding) => movedFinding(finding, from, base));
      remembered.analysis = { ...remembered.analysis, findings };
      remembered.base = base;
    }
    this.entries.set(key, remembered); // most recently used last
    return { analysis: remembered.analysis, words: remembered.words };
  }

  /** Remembers a section fully analysed from `base`, having taken `words` of the budget. */
  remember(key: string, base: Position, analysis: SectionAnalysis, words: number): void {
    this.entries.set(key, { analysis, base, words });
    if (this.entries.size > SECTION_LIMIT) this.entries.delete(this.entries.keys().next().value!);
  }
}
