import { describe, expect, test } from 'vitest';
import { analyseTalk } from '../../../src/main/engine/analyse';
import { derivedInputs } from '../../../src/main/engine/scoring/terms';

const section = (body: string) => analyseTalk(`---\nlang: en\n---\n## Part\n\n${body}\n`).analysis.sections[0]!;

// A customer leaving, told by the speaker who caused it: feeling and a story, no surprise, nothing
// seen or heard. The method's fix for boredom is exactly this (DOMAIN.md: "spark emotion with
// humour, surprise or a personal anecdote").
const STORY =
  'By the morning four hundred customers had left us. I was the one who had signed off that email. I sat in my car in the parking lot and could not go in. My daughter called and asked why I was home so late. I told her the truth: we had hurt people who trusted us.';
// The same length of status report: no surprise, no feeling, no anecdote.
const DRY =
  'Our quarterly process review covered the implementation of the new governance framework across the organisation. The steering committee aligned on priorities and the roadmap was updated accordingly. Stakeholder management remains a key focus area, and the operating model will be optimised in the next phase to drive efficiency and ensure compliance with the updated policies. Further alignment sessions are scheduled with the relevant business units.';

describe('too boring: nothing unexpected, no feeling, no anecdote (any one of them engages)', () => {
  test('engaging is the strongest of Unexpected, Emotional and Stories', () => {
    expect(derivedInputs({ 'score:unexpected': 20, 'score:emotional': 84, 'score:stories': 60 })['score:engaging']).toBe(84);
  });

  test('a moving personal story is not flagged too boring; a status report is', () => {
    const story = section(STORY);
    const dry = section(DRY);
    expect(story.scores.emotional).toBeGreaterThanOrEqual(60);
    expect(story.blindSpots.tooBoring.flagged).toBe(false);
    expect(dry.blindSpots.tooBoring.flagged).toBe(true);
    expect(dry.blindSpots.tooBoring.risk - story.blindSpots.tooBoring.risk).toBeGreaterThanOrEqual(30);
  });
});
