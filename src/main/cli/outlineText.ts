import pc from 'picocolors';
import { formatLocation } from '../../shared/location';
import type { OutlineFinding, OutlineJson } from '../../shared/outline';
import { VARIANTS } from '../../shared/talk';
import { tenthsOfMinutes, tenthsOver } from '../engine/timing/plan';

const pad = (text: string, width: number): string => (text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width));
const padLeft = (text: string, width: number): string => text.padStart(width);
// One rounding for every text output: `sticky compare` and the reports print the same tenths.
const minutes = (value: number): string => tenthsOfMinutes(value).toFixed(1);

/** Says how a variant's estimate compares to its target, as a coach would. */
export function variantStatus(variant: OutlineJson['variants']['10']): string {
  if (variant.sections.length === 0) return 'no sections';
  const delta = tenthsOver(variant.minutes, variant.target);
  const by = minutes(Math.abs(delta));
  if (variant.fits) return `fits (${delta >= 0 ? '+' : '−'}${by} min)`;
  if (variant.wordsToCut > 0) return `too long by ${by} min: cut about ${variant.wordsToCut} words`;
  return `too short by ${by} min: room for about ${variant.wordsToAdd} more words`;
}

/**
 * Where a finding is, as the text outputs print it: its place in the user's terms (in the talk's
 * language), then the line and column for a text file; the line and column alone for a plain talk.
 */
export function findingPlace(finding: OutlineFinding, outline: Pick<OutlineJson, 'lang' | 'format'>): string {
  const where = formatLocation(finding.where, outline.lang);
  const lineColumn = `${finding.line}:${finding.column}`;
  if (where === null) return lineColumn;
  return outline.format === 'markdown' ? `${where} (${lineColumn})` : where;
}

/** The human-readable outline of one talk: sections, variant plan and findings. */
export function formatOutlineText(outline: OutlineJson): string {
  const lines: string[] = [];
  const isDeck = outline.format === 'pptx' || outline.format === 'odp';
  lines.push(`${pc.bold(outline.title)}  ${pc.dim(`${outline.lang} · ${outline.wpm} wpm · ${outline.words} words · ${outline.file}`)}`);
  if (outline.mantra) lines.push(`${pc.dim('mantra:')} ${outline.mantra}`);
  lines.push('');
  const titleWidth = Math.min(
    44,
    outline.sections.reduce((width, section) => Math.max(width, section.title.length), 12),
  );
  lines.push(
    pc.dim(
      `  ${padLeft(outline.format === 'markdown' ? 'line' : isDeck ? 'slide' : '', 5)}  ${pad('section', titleWidth)}  ${padLeft('words', 5)}  ${padLeft('min', 5)}   10 30 60`,
    ),
  );
  for (const section of outline.sections) {
    const marks = VARIANTS.map((variant) => (section.variants.includes(variant) ? pc.green(' ●') : pc.dim(' ·'))).join(' ');
    const min = `${minutes(section.minutes)}${section.fixedMinutes !== null ? '*' : ' '}`;
    lines.push(
      `  ${padLeft(outline.format === 'markdown' ? String(section.line) : isDeck ? (section.slide ?? '') : '', 5)}  ${pad(section.title, titleWidth)}  ${padLeft(String(section.words), 5)}  ${padLeft(min, 6)}  ${marks}`,
    );
  }
  if (outline.sections.some((section) => section.fixedMinutes !== null))
    lines.push(
      pc.dim(
        outline.format === 'markdown'
          ? '  * declared with <!-- minutes: N -->'
          : `  * declared with a ${isDeck ? 'notes ' : ''}paragraph minutes: N`,
      ),
    );
  lines.push('');
  lines.push(pc.dim(`  ${pad('variant', 8)}  ${padLeft('sections', 8)}  ${padLeft('estimate', 8)}  ${padLeft('target', 6)}  status`));
  for (const variant of VARIANTS) {
    const plan = outline.variants[`${variant}`];
    const status = variantStatus(plan);
    const colour = plan.fits ? pc.green : pc.yellow;
    lines.push(
      `  ${pad(`${variant} min`, 8)}  ${padLeft(String(plan.sections.length), 8)}  ${padLeft(minutes(plan.minutes), 8)}  ${padLeft(String(plan.target), 6)}  ${colour(status)}`,
    );
  }
  if (outline.findings.length > 0) {
    lines.push('', pc.dim('  findings'));
    for (const finding of outline.findings) {
      const colour = finding.severity === 'error' ? pc.red : finding.severity === 'warning' ? pc.yellow : pc.dim;
      lines.push(
        `  ${finding.where ? `${findingPlace(finding, outline)}:` : padLeft(`${finding.line}:${finding.column}`, 7)}  ${colour(pad(finding.severity, 7))}  ${finding.message}  ${pc.dim(finding.ruleId)}`,
      );
    }
  }
  return lines.join('\n');
}
