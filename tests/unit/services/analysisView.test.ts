import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyseTalk } from '../../../src/main/engine/analyse';
import { analysisView, sectionEvidence } from '../../../src/main/services/analysisView';

const slidev = readFileSync(join(__dirname, '../../fixtures/decks/slidev.md'), 'utf8');
const visible = (mask: string): string => mask.replace(/\s+/g, ' ').trim();

describe('a section’s evidence', () => {
  test('in a deck carries the slide’s shown text apart from the spoken notes', () => {
    const { analysis, talk } = analyseTalk(slidev);
    const evidence = sectionEvidence(analysis, 'what-the-data-says')!;
    expect(visible(evidence.shown!)).toContain('NPS down 12 points');
    expect(visible(evidence.shown!)).not.toContain('Here is what the numbers told us');
    expect(visible(evidence.spoken)).toContain('Here is what the numbers told us');
    expect(visible(evidence.spoken)).not.toContain('NPS down 12 points');
    // Laid out on the section's span, as the spoken mask is, so the window places both the same way.
    expect(evidence.shown!.length).toBe(evidence.spoken.length);
    const section = analysis.sections.find((candidate) => candidate.id === 'what-the-data-says')!;
    const start = talk.sections.find((candidate) => candidate.id === 'what-the-data-says')!.start.offset;
    const at = evidence.shown!.indexOf('NPS');
    expect(slidev.slice(start + at, start + at + 3)).toBe('NPS');
    expect(section.shown).toBe(evidence.shown);
  });

  test('of a plain talk has no shown text, and the updates never carry it', () => {
    const { analysis } = analyseTalk('## One\n\nIt was 2019. I met Anna.\n');
    expect(sectionEvidence(analysis, 'one')).not.toHaveProperty('shown');
    const deck = analysisView(analyseTalk(slidev).analysis);
    expect(deck.sections.every((section) => !('shown' in section))).toBe(true);
  });

  test('is null for a section the analysis does not have', () => {
    expect(sectionEvidence(analyseTalk('## One\n\nHello.\n').analysis, 'two')).toBeNull();
  });
});
