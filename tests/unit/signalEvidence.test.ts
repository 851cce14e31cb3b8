import { expect, test } from 'vitest';
import { analyseTalk } from '../../src/main/engine/analyse';
import { MEASURES, SIGNALS } from '../../src/shared/signals';
import { highlighted, isMeasure, isRule, scorePrinciple, signalSources, signalWords } from '../../src/renderer/src/lib/signalEvidence';

const story = '## The call\n\nLast Tuesday I was at my desk. The phone rang. Then I picked it up and I was scared.\n';
const findings = analyseTalk(story).analysis.sections[0]!.findings;

test('a picked signal highlights its own findings only, whatever the filter', () => {
  const past = highlighted(findings, 'all', 'past-tense');
  expect(past.map((finding) => finding.actual)).toEqual(['was', 'rang', 'was']);
  expect(highlighted(findings, 'concrete', 'past-tense')).toEqual(past);
  expect(highlighted(findings, 'all', 'jargon')).toEqual([]);
});

test('"All" leaves out the signals that are everywhere; a dimension shows what moves it', () => {
  const all = highlighted(findings, 'all', null).map((finding) => finding.signal);
  expect(all).not.toContain('past-tense');
  expect(all).not.toContain('first-singular');
  expect(all).not.toContain('concrete-words');
  expect(all).not.toContain('abstract-words');
  expect(all).toContain('sequence');
  expect(all).toContain('first-person-action');
  expect(highlighted(findings, 'stories', null).some((finding) => finding.signal === 'past-tense')).toBe(true);
});

test("a signal's words are listed once each, in order, with their counts", () => {
  expect(signalWords(findings, 'past-tense')).toEqual([
    { text: 'was', count: 2 },
    { text: 'rang', count: 1 },
  ]);
  expect(signalWords(findings, 'jargon')).toEqual([]);
});

test("a rule's word lists follow the talk's language, and its code is named when it has one", () => {
  expect(signalSources('past-tense', 'nl')).toEqual({ lists: ['rules/catalogue/past-tense.json'], code: 'rules/past-tense.ts' });
  expect(signalSources('concrete-words', 'nl')).toEqual({ lists: ['lexicon/nl/concreteness.json'], code: 'rules/concreteness.ts' });
  expect(signalSources('call-to-action', 'en')).toEqual({
    lists: ['rules/catalogue/call-to-action.json', 'rules/catalogue/imperatives.json', 'rules/catalogue/numbers.json'],
    code: 'rules/call-to-action.ts',
  });
  expect(signalSources('jargon', 'en')).toEqual({ lists: ['rules/catalogue/jargon.json'], code: null });
  expect(signalSources('figures', 'en')).toEqual({ lists: [], code: 'rules/figures.ts' });
  expect(signalSources('words', 'en')).toBeNull();
});

test('every input of a score is a rule, a measure or a score', () => {
  expect(SIGNALS.every(isRule)).toBe(true);
  expect(MEASURES.every(isMeasure)).toBe(true);
  expect(isRule('words') || isMeasure('past-tense') || isRule('toString')).toBe(false);
  expect(scorePrinciple('score:unexpected')).toBe('unexpected');
  expect(scorePrinciple('score:nonsense')).toBeNull();
  expect(scorePrinciple('past-tense')).toBeNull();
});
