import { describe, expect, test } from 'vitest';
import { analyseTalk } from '../../../src/main/engine/analyse';

// The fresh audit's remaining classes (eval/audit/fresh-audit.md): each fix with what must still be found.
const talk = (lang: 'en' | 'nl', text: string): string => `---\nlang: ${lang}\n---\n# Talk\n\n## One\n\n${text}\n`;
const found = (lang: 'en' | 'nl', text: string, signal: string): { actual: string; message: string }[] =>
  analyseTalk(talk(lang, text)).analysis.sections.flatMap((section) =>
    section.findings.filter((finding) => finding.signal === signal).map(({ actual, message }) => ({ actual: actual ?? '', message })),
  );
const actuals = (lang: 'en' | 'nl', text: string, signal: string): string[] => found(lang, text, signal).map((finding) => finding.actual);

describe('a question is one this speaker asks this room (#56)', () => {
  test("a question inside someone else's quote is a moment of the story", () => {
    expect(
      actuals('en', 'A health worker asks a mom who has just lost her child, "Was the baby vomiting?" She did not know.', 'questions'),
    ).toEqual([]);
    expect(actuals('en', 'She asked me, "Are you sure?" And I was not.', 'questions')).toEqual([]);
    // The talk's own words: the first question ends inside the quote, before it closes.
    const told =
      'A health worker asks a mom who has just lost her child, "Was the baby vomiting? Did they have a fever?" And that conversation may take place as long as three days later.';
    expect(actuals('en', told, 'questions')).toEqual([]);
    expect(
      actuals('en', 'A health worker asks a mom who has just lost her child, “Was the baby vomiting?” She did not know.', 'questions'),
    ).toEqual([]);
    expect(actuals('nl', 'De verpleegster vraagt de moeder: "Had de baby overgegeven?" Ze wist het niet.', 'questions')).toEqual([]);
  });

  test('the speaker quoting their own question to the room, or asking outright, still counts', () => {
    expect(actuals('en', 'So I ask you: "What would you do?" Think about it.', 'questions')).toEqual([
      'So I ask you: "What would you do?"',
    ]);
    expect(actuals('en', 'What would you do? Think about it.', 'questions')).toEqual(['What would you do?']);
    expect(actuals('nl', 'Wat zou u doen? Denk er even over na.', 'questions')).toEqual(['Wat zou u doen?']);
    expect(actuals('en', 'Why did she say "never"? Because nobody had asked her before.', 'questions')).toHaveLength(1);
  });
});

describe('a verb is nothing to picture (#94)', () => {
  test('Dutch copulas and auxiliaries are no concrete words; the things in the sentence are', () => {
    expect(actuals('nl', 'Een retour is geen probleem. De doos was nat en de fiets kan niet meer rijden.', 'concrete-words')).not.toEqual(
      expect.arrayContaining(['is']),
    );
    const words = actuals('nl', 'De doos was nat en de fiets kan niet meer rijden.', 'concrete-words');
    expect(words).not.toContain('was');
    expect(words).not.toContain('kan');
    expect(words).toEqual(expect.arrayContaining(['doos', 'fiets']));
  });
});

describe('a percentage is a figure, not a source (#51, #52)', () => {
  test('"percent" still counts towards Credible, but the message asks whose figure it is instead of claiming a source', () => {
    const [percent] = found('en', 'Forty percent of them have gained even more.', 'credibility');
    expect(percent?.message).toBe('“percent”: a figure makes a claim checkable; say whose figure it is, and where it comes from.');
    expect(percent?.message).not.toMatch(/where the claim comes from/);
    const [procent] = found('nl', 'Veertig procent van hen is er zelfs op vooruitgegaan.', 'credibility');
    expect(procent?.message).toBe(
      '“procent”: een cijfer maakt een bewering controleerbaar; zeg van wie het cijfer is en waar het vandaan komt.',
    );
  });

  test('a real source keeps its own message', () => {
    const [source] = found('en', 'According to our own survey, two thirds of callers hang up.', 'credibility');
    expect(source?.message).toMatch(/where the claim comes from/);
  });
});
