import type { Finding, Talk } from '../../../shared/talk';
import { VARIANTS } from '../../../shared/talk';
import { findingAt } from './findings';
import type { SourceText } from './source';

/** Findings about the talk's structure: no text, no sections, empty sections, empty versions. */
export function structureFindings(source: SourceText, talk: Talk, hasHeadings: boolean): Finding[] {
  const end = source.normalized.length;
  const findings: Finding[] = [];
  if (talk.words === 0 && talk.sections.every((section) => section.fixedMinutes === null)) {
    findings.push(
      findingAt(
        source,
        'no-content',
        'warning',
        'This talk has no spoken text yet: write sections under `##` headings.',
        0,
        Math.min(end, 1),
      ),
    );
    return findings;
  }
  if (!hasHeadings) {
    findings.push(
      findingAt(
        source,
        'no-sections',
        'warning',
        'No `##` section headings found, so the whole talk is one section. Start each part of the talk with a line `## Title` to plan and time it.',
        0,
        Math.min(end, 1),
      ),
    );
  }
  for (const section of talk.sections) {
    if (section.words === 0 && section.fixedMinutes === null) {
      const offset = section.start.offset;
      findings.push({
        ruleId: 'section-empty',
        severity: 'info',
        message: `"${section.title}" has no spoken text yet, so it takes no time in the plan.`,
        start: section.start,
        end: source.position(offset),
        sectionId: section.id,
      });
    }
  }
  for (const variant of VARIANTS) {
    if (!talk.sections.some((section) => section.variants.includes(variant))) {
      findings.push(
        findingAt(
          source,
          'variant-empty',
          variant === 10 ? 'warning' : 'info',
          `No section belongs to the ${variant}-minute variant; add ${variant} to the \`<!-- variants: ... -->\` comment of the sections it should hold.`,
          0,
          Math.min(end, 1),
        ),
      );
    }
  }
  return findings;
}
