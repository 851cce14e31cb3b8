import type { Finding, Talk } from '../../../shared/talk';
import { VARIANTS } from '../../../shared/talk';
import { findingAt } from './findings';
import { say } from './say';
import type { SourceText } from './source';

/** Findings about the talk's structure (no text, no sections, empty sections, empty versions), in the talk's language. */
export function structureFindings(source: SourceText, talk: Talk, hasHeadings: boolean): Finding[] {
  const lang = talk.lang;
  const end = source.normalized.length;
  const findings: Finding[] = [];
  if (talk.words === 0 && talk.sections.every((section) => section.fixedMinutes === null)) {
    findings.push(findingAt(source, 'no-content', 'warning', say(lang, 'no-content'), 0, Math.min(end, 1)));
    return findings;
  }
  if (!hasHeadings) {
    findings.push(findingAt(source, 'no-sections', 'warning', say(lang, 'no-sections'), 0, Math.min(end, 1)));
  }
  for (const section of talk.sections) {
    if (section.words === 0 && section.fixedMinutes === null) {
      const offset = section.start.offset;
      findings.push({
        ruleId: 'section-empty',
        severity: 'info',
        message: say(lang, 'section-empty', { title: section.title }),
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
          say(lang, 'variant-empty', { variant }),
          0,
          Math.min(end, 1),
        ),
      );
    }
  }
  return findings;
}
