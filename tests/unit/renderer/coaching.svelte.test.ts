import { describe, expect, test, vi } from 'vitest';
import { Coaching } from '../../../src/renderer/src/lib/state/coaching.svelte';

const coachingOf = (ids = ['a', 'b', 'c']): Coaching => new Coaching(() => ids);
const pick = { signal: 'time-markers.year', from: 'stories', section: 'a' };

describe('moving between sections', () => {
  test('next() from the summary selects the first section, then each in turn, and stays on the last', () => {
    const coaching = coachingOf();
    coaching.next();
    expect(coaching.selected).toBe('a');
    coaching.next();
    expect(coaching.selected).toBe('b');
    coaching.next();
    coaching.next();
    expect(coaching.selected).toBe('c');
  });

  test('previous() steps back and stays on the first; from the summary it selects the first', () => {
    const coaching = coachingOf();
    coaching.previous();
    expect(coaching.selected).toBe('a');
    coaching.select('c');
    coaching.previous();
    expect(coaching.selected).toBe('b');
    coaching.previous();
    coaching.previous();
    expect(coaching.selected).toBe('a');
  });

  test('moves through the sections of the version shown now, read at every move', () => {
    let ids = ['a', 'b', 'c'];
    const coaching = new Coaching(() => ids);
    coaching.select('a');
    ids = ['a', 'c'];
    coaching.next();
    expect(coaching.selected).toBe('c');
  });

  test('with no sections there is nothing to select', () => {
    const coaching = coachingOf([]);
    coaching.next();
    expect(coaching.selected).toBeNull();
  });

  test('closeSection() goes back to the summary', () => {
    const coaching = coachingOf();
    coaching.select('b');
    coaching.closeSection();
    expect(coaching.selected).toBeNull();
  });
});

describe('highlights', () => {
  test('filterBy() sets the filter and clears a picked signal', () => {
    const coaching = coachingOf();
    coaching.pickSignal(pick);
    coaching.filterBy('concrete');
    expect(coaching.filter).toBe('concrete');
    expect(coaching.pick).toBeNull();
  });

  test('showEvidence() opens the section and highlights the element; a personal story highlights the stories', () => {
    const coaching = coachingOf();
    coaching.showEvidence('b', 'personalStory');
    expect(coaching.selected).toBe('b');
    expect(coaching.filter).toBe('stories');
    coaching.showEvidence('c', 'urgency');
    expect(coaching.filter).toBe('urgency');
    coaching.showEvidence('a');
    expect(coaching.selected).toBe('a');
    expect(coaching.filter).toBe('urgency');
  });
});

describe('keys', () => {
  test('j and k move and ask the page not to scroll', () => {
    const coaching = coachingOf();
    expect(coaching.press('j')).toBe(true);
    expect(coaching.press('j')).toBe(true);
    expect(coaching.selected).toBe('b');
    expect(coaching.press('k')).toBe(true);
    expect(coaching.selected).toBe('a');
  });

  test('the arrows move only inside the heatmap', () => {
    const coaching = coachingOf();
    expect(coaching.press('ArrowDown')).toBe(false);
    expect(coaching.selected).toBeNull();
    expect(coaching.press('ArrowDown', { inField: false, inHeatmap: true, modified: false })).toBe(true);
    expect(coaching.press('ArrowDown', { inField: false, inHeatmap: true, modified: false })).toBe(true);
    expect(coaching.press('ArrowUp', { inField: false, inHeatmap: true, modified: false })).toBe(true);
    expect(coaching.selected).toBe('a');
  });

  test('1-6 highlight the principles in order and 0 all, each clearing a picked signal', () => {
    const coaching = coachingOf();
    coaching.pickSignal(pick);
    coaching.press('1');
    expect(coaching.filter).toBe('simple');
    expect(coaching.pick).toBeNull();
    coaching.press('6');
    expect(coaching.filter).toBe('stories');
    coaching.pickSignal(pick);
    coaching.press('0');
    expect(coaching.filter).toBe('all');
    expect(coaching.pick).toBeNull();
    coaching.press('7');
    expect(coaching.filter).toBe('all');
  });

  test('Esc steps back one level: the picked signal first, then the section', () => {
    const coaching = coachingOf();
    coaching.select('b');
    coaching.pickSignal(pick);
    coaching.press('Escape');
    expect(coaching.pick).toBeNull();
    expect(coaching.selected).toBe('b');
    coaching.press('Escape');
    expect(coaching.selected).toBeNull();
  });

  test('? opens and closes the help', () => {
    const coaching = coachingOf();
    coaching.press('?');
    expect(coaching.helpOpen).toBe(true);
    coaching.press('?');
    expect(coaching.helpOpen).toBe(false);
    coaching.toggleHelp();
    coaching.closeHelp();
    expect(coaching.helpOpen).toBe(false);
  });

  test('keys typed in a field or with Ctrl, Cmd or Alt are left alone', () => {
    const coaching = coachingOf();
    expect(coaching.press('j', { inField: true, inHeatmap: false, modified: false })).toBe(false);
    expect(coaching.press('1', { inField: false, inHeatmap: false, modified: true })).toBe(false);
    expect(coaching.selected).toBeNull();
    expect(coaching.filter).toBe('all');
  });

  test('onkeydown() reads the event and prevents the default only when it moved', () => {
    const coaching = coachingOf();
    const event = (key: string, ctrlKey = false) =>
      ({ key, ctrlKey, metaKey: false, altKey: false, target: null, preventDefault: vi.fn() }) as unknown as KeyboardEvent;
    const j = event('j');
    coaching.onkeydown(j);
    expect(coaching.selected).toBe('a');
    expect(j.preventDefault).toHaveBeenCalledOnce();
    const three = event('3');
    coaching.onkeydown(three);
    expect(coaching.filter).toBe('concrete');
    expect(three.preventDefault).not.toHaveBeenCalled();
    const withCtrl = event('j', true);
    coaching.onkeydown(withCtrl);
    expect(coaching.selected).toBe('a');
    expect(withCtrl.preventDefault).not.toHaveBeenCalled();
  });
});
