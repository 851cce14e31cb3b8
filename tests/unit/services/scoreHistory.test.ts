import { describe, expect, test } from 'vitest';
import { analyseTalk } from '../../../src/main/engine/analyse';
import { MAX_SNAPSHOTS } from '../../../src/main/services/scoreHistory';
import { tempHistory } from '../../support/settings';

describe('ScoreHistory', () => {
  const a = analyseTalk('## A\n\nIt was 2013. Margaret called me.\n').analysis;
  const b = analyseTalk('## A\n\nOur synergy framework leverages touchpoints.\n').analysis;

  test('records a snapshot per changed version of a talk, skipping identical ones', () => {
    const history = tempHistory();
    history.record('/t.md', a, 1);
    history.record('/t.md', a, 2);
    history.record('/t.md', b, 3);
    const list = history.list('/t.md');
    expect(list.map((snapshot) => snapshot.at)).toEqual([1, 3]);
    expect(list[0]!.variants[10].scores.stories).toBe(a.variants[10].scores.stories);
    expect(history.list('/other.md')).toEqual([]);
  });

  test('is bounded per talk', () => {
    const history = tempHistory();
    for (let i = 0; i < MAX_SNAPSHOTS + 5; i++) history.record('/t.md', i % 2 ? a : b, i);
    expect(history.list('/t.md')).toHaveLength(MAX_SNAPSHOTS);
    expect(history.list('/t.md').at(-1)!.at).toBe(MAX_SNAPSHOTS + 4);
  });
});
