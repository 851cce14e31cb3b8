import { describe, expect, test } from 'vitest';
import { parseTalk } from '../../../src/main/engine/talk/parseTalk';
import { planTalk, planVariant } from '../../../src/main/engine/timing/plan';

/** A talk with sections of exact word counts: [title, words, variants, minutes?]. */
function talkOf(sections: [string, number, number[], number?][], wpm = 100): ReturnType<typeof parseTalk> {
  const body = sections.map(([title, words, variants, minutes]) =>
    [
      `## ${title}`,
      `<!-- variants: ${variants.join(' ')} -->`,
      minutes ? `<!-- minutes: ${minutes} -->` : '',
      '',
      Array(words).fill('word').join(' '),
    ].join('\n'),
  );
  return parseTalk(`---\nwpm: ${wpm}\n---\n${body.join('\n\n')}\n`);
}

describe('planVariant', () => {
  test('estimates words / wpm, shares the target by words, and fits within 10%', () => {
    const talk = talkOf([
      ['Story', 600, [10, 30, 60]],
      ['Data', 300, [10, 30]],
      ['Deep dive', 900, [60]],
    ]);
    const plan = planVariant(talk, 10);
    expect(plan.sections.map((timing) => timing.id)).toEqual(['story', 'data']);
    expect(plan.minutes).toBe(9);
    expect(plan.sections.map((timing) => [timing.minutes, timing.budget])).toEqual([
      [6, 6.67],
      [3, 3.33],
    ]);
    expect(plan).toMatchObject({ fits: true, deltaMinutes: -1, wordsToCut: 0, wordsToAdd: 0, words: 900 });
  });

  test('declared minutes come first; the rest of the target is shared by words, never slower than 60 wpm', () => {
    const talk = talkOf([
      ['Exercise', 10, [30], 12],
      ['Story', 600, [30]],
      ['Data', 200, [30]],
    ]);
    const plan = planVariant(talk, 30);
    expect(plan.sections.map((timing) => [timing.id, timing.minutes, timing.budget, timing.fixed])).toEqual([
      ['exercise', 12, 12, true],
      // Their shares (13.5 and 4.5 minutes) would ask for 44 words a minute: capped at 60.
      ['story', 6, 10, false],
      ['data', 2, 3.33, false],
    ]);
    expect(plan.minutes).toBe(20);
    expect(plan).toMatchObject({ fits: false, deltaMinutes: -10, wordsToAdd: 1000, wordsToCut: 0 });
  });

  test('a few words in a long slot: the budget is what the words take at 60 wpm, not minutes of silence', () => {
    // Issue 26: a 21-word slide of a short deck got 6:43 of a 10-minute target.
    const plan = planVariant(
      talkOf([
        ['Title', 4, [10]],
        ['Problem', 21, [10]],
        ['Thank you', 6, [10]],
      ]),
      10,
    );
    expect(plan.sections.map((timing) => timing.budget)).toEqual([0.07, 0.35, 0.1]);
    for (const timing of plan.sections) expect(timing.budget).toBeGreaterThanOrEqual(timing.minutes);
    expect(plan).toMatchObject({ fits: false, wordsToAdd: 969 });
    // Sections with no words at all keep their share: there is no pace to bound.
    const silent = planVariant(talkOf([['Video', 0, [10]]]), 10);
    expect(silent.sections[0]!.budget).toBe(10);
  });

  test('too long: says how many words to cut to land on the target', () => {
    const plan = planVariant(talkOf([['Everything', 1234, [10]]]), 10);
    expect(plan).toMatchObject({ minutes: 12.34, fits: false, wordsToCut: 234, wordsToAdd: 0 });
  });

  test('the 10% edge: 11 minutes fits a 10-minute slot, 11.01 does not', () => {
    expect(planVariant(talkOf([['A', 1100, [10]]]), 10).fits).toBe(true);
    expect(planVariant(talkOf([['A', 1101, [10]]]), 10)).toMatchObject({ fits: false, wordsToCut: 101 });
    expect(planVariant(talkOf([['A', 900, [10]]]), 10).fits).toBe(true);
    expect(planVariant(talkOf([['A', 899, [10]]]), 10)).toMatchObject({ fits: false, wordsToAdd: 101 });
  });

  test('declared minutes beyond the target leave no budget for the rest', () => {
    const plan = planVariant(
      talkOf([
        ['Video', 5, [10], 12],
        ['Talk', 300, [10]],
      ]),
      10,
    );
    expect(plan.sections.map((timing) => timing.budget)).toEqual([12, 0]);
    expect(plan.fits).toBe(false);
    expect(plan.wordsToCut).toBeGreaterThan(0);
  });

  test('an empty variant never fits and has no sections', () => {
    const plan = planVariant(talkOf([['Only long', 300, [60]]]), 10);
    expect(plan).toMatchObject({ sections: [], minutes: 0, fits: false, wordsToAdd: 1000 });
  });

  test('a custom target and speaking rate', () => {
    const plan = planVariant(talkOf([['A', 1500, [30]]]), 30, 20, 150);
    expect(plan).toMatchObject({ target: 20, minutes: 10, wordsToAdd: 1500 });
  });

  test('sections with no words share the budget equally', () => {
    const talk = talkOf([
      ['Video', 0, [10], 4],
      ['A', 0, [10]],
      ['B', 0, [10]],
    ]);
    expect(planVariant(talk, 10).sections.map((timing) => timing.budget)).toEqual([4, 3, 3]);
  });
});

test('planTalk plans all three variants', () => {
  const plans = planTalk(talkOf([['A', 100, [10, 30, 60]]]));
  expect(Object.keys(plans)).toEqual(['10', '30', '60']);
  expect(plans[60].target).toBe(60);
});
