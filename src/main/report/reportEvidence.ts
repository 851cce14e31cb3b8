import { PRINCIPLES, type PrincipleId, type SectionAnalysis } from '../../shared/analysis';
import type { Target } from '../../shared/target';

/** A principle of one section with the words that show it, as plain sentences. */
export interface SectionEvidence {
  principle: PrincipleId;
  score: number;
  /** The analysis's own sentences about the section's words (each names the words it is about). */
  evidence: string[];
}

// A coach names a few examples, not every word: three, each of another kind of signal and word.
const EXAMPLES = 3;

/** Quotation marks around a text that already starts and ends with one are not doubled: ““…”” reads as “…”. */
export function undoubled(text: string): string {
  return text.replace(/[“"]([“"„‘'])/g, '$1').replace(/([”"’'])[”"]/g, '$1');
}

/** Up to EXAMPLES messages of findings moving `target`, one per signal, in the order of the section's text. */
function messagesFor(section: SectionAnalysis, target: Target, order: readonly string[]): string[] {
  const seen = new Set<string>();
  const picked: string[] = [];
  const findings = section.findings
    .filter((finding) => finding.target?.dimension === target.dimension && finding.target.direction === target.direction)
    .sort((a, b) => rank(order, a.signal) - rank(order, b.signal) || (a.severity === 'info' ? 1 : 0) - (b.severity === 'info' ? 1 : 0));
  for (const finding of findings) {
    // One example per kind of signal and per word: "proud" carries feeling, not also "proud" is a feeling word.
    const [kind, word] = [finding.signal ?? finding.ruleId, (finding.actual ?? '').toLowerCase()];
    if (seen.has(kind) || seen.has(word) || picked.length >= EXAMPLES) continue;
    seen.add(kind);
    if (word !== '') seen.add(word);
    picked.push(undoubled(finding.message));
  }
  return picked;
}

const rank = (order: readonly string[], signal: string | undefined): number => {
  const at = signal === undefined ? -1 : order.indexOf(signal);
  return at === -1 ? order.length : at;
};

/**
 * A section's strongest principle with the words that lift it most (the signals that added most to
 * its score first), and its weakest with the words that pull it down. The strongest is the
 * best-scoring principle the words show (a score can be high for what is absent: Simple with no
 * jargon), else the best-scoring one. Null for a section without words, or where all score the same.
 */
export function sectionEvidence(section: SectionAnalysis): { strongest: SectionEvidence; weakest: SectionEvidence } | null {
  if ((section.metrics['words'] ?? 0) === 0) return null;
  const ranked = [...PRINCIPLES].sort((a, b) => section.scores[b] - section.scores[a]);
  if (section.scores[ranked[0]!] === section.scores[ranked.at(-1)!]) return null;
  const side = (principle: PrincipleId, sign: 1 | -1): SectionEvidence => {
    const order = [...section.explain[principle]].sort((a, b) => sign * (b.effect - a.effect)).map((item) => item.signal);
    return {
      principle,
      score: section.scores[principle],
      evidence: messagesFor(section, { dimension: principle, direction: sign > 0 ? 'raise' : 'lower' }, order),
    };
  };
  const strongest = ranked.map((principle) => side(principle, 1)).find((item) => item.evidence.length > 0) ?? side(ranked[0]!, 1);
  const weakest = side(ranked.at(-1)!, -1);
  return { strongest, weakest: weakest.principle === strongest.principle ? { ...weakest, evidence: [] } : weakest };
}
