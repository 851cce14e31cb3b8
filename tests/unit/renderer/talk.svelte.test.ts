import { beforeEach, describe, expect, test } from 'vitest';
import { locale } from '../../../src/renderer/src/lib/i18n.svelte';
import { Notices } from '../../../src/renderer/src/lib/state/notices.svelte';
import { TalkState } from '../../../src/renderer/src/lib/state/talk.svelte';
import { appState, installFakeApi, openedTalk, partialScores, settle, update, type FakeApi } from './fakes';
import type { TalkScored } from '../../../src/shared/api';
import type { ScoreSnapshot } from '../../../src/shared/history';
import { en } from '../../../src/renderer/src/lib/messages/en';
import { nl } from '../../../src/renderer/src/lib/messages/nl';

let api: FakeApi;
let notices: Notices;
let talk: TalkState;
const missing = { code: 'not-found' as const, message: 'talk.md is gone', params: { name: 'talk.md' } };

beforeEach(() => {
  api = installFakeApi();
  notices = new Notices();
  talk = new TalkState(notices);
});

describe('start-up', () => {
  test('adopt() takes the talk, its error, the recent files and the samples; loading ends when told', () => {
    const current = openedTalk();
    const recent = [{ path: '/a.md', name: 'a.md', exists: true }];
    talk.adopt(appState({ current, error: missing, recent }));
    expect(talk.current).toBe(current);
    expect(talk.recent).toEqual(recent);
    expect(notices.talk?.message).toBe('talk.md is gone');
    expect(talk.loading).toBe(true);
    talk.finishLoading();
    expect(talk.loading).toBe(false);
  });
});

describe('updates from the main process, by kind', () => {
  test('opened: shows the talk, clears the last notice and score changes, and asks the main process for nothing', async () => {
    notices.show('talk', { tone: 'error', message: 'an older failure' });
    const current = openedTalk();
    talk.apply(update('opened', current));
    expect(talk.current).toBe(current);
    expect(notices.talk).toBeNull();
    expect(talk.reloadedAt).toBeNull();
    await settle();
    // The talk came with the update: no second call for the state (issue: a slim open path).
    expect(api.getState).not.toHaveBeenCalled();
  });

  test('opened with an encoding note: the note shows as information, in the interface language', () => {
    talk.apply(update('opened', openedTalk({ encodingNote: 'Read as Windows-1252.' })));
    expect(notices.talk).toEqual({ tone: 'info', message: en['notice.notUtf8'] });
    locale.current = 'nl';
    talk.apply(update('opened', openedTalk({ encodingNote: 'Read as Windows-1252.' })));
    expect(notices.talk).toEqual({ tone: 'info', message: nl['notice.notUtf8'] });
    locale.current = 'en';
  });

  test('reloaded then analysed: marks the reload, and the new scores are compared with those before the save', async () => {
    talk.apply(update('opened', openedTalk({ score: 50 })));
    talk.apply(update('reloaded', openedTalk({ score: 50 })));
    expect(talk.reloadedAt).not.toBeNull();
    const history = [{ at: 1 }, { at: 2 }] as unknown as ScoreSnapshot[];
    const recent = [{ path: '/b.md', name: 'b.md', exists: true }];
    const rescored = openedTalk({ score: 60 });
    talk.apply({ ...(update('analysed', rescored) as TalkScored), history, recent });
    expect(talk.current?.analysis).toEqual(rescored.analysis);
    expect(talk.changes?.variants[10]).toEqual({
      simple: 10,
      unexpected: 10,
      concrete: 10,
      credible: 10,
      emotional: 10,
      stories: 10,
      score: 10,
    });
    expect(talk.changes?.sections['a']?.simple).toBe(10);
    // The history and the recent files ride on the scores' update: no call of their own.
    expect(talk.history).toEqual(history);
    expect(talk.recent).toEqual(recent);
    await settle();
    expect(api.scoreHistory).not.toHaveBeenCalled();
    expect(api.getState).not.toHaveBeenCalled();
  });

  test('a re-score that changed one section keeps the others as they were', () => {
    const before = openedTalk({ score: 50 });
    talk.apply(update('opened', before));
    talk.apply(update('analysed', before));
    const kept = talk.current!.analysis!.sections[1];
    talk.apply(partialScores(openedTalk({ score: 60 }), ['a']));
    expect(talk.current!.analysis!.sections.map((section) => section.scores.simple)).toEqual([60, 50, 50, 50]);
    expect(talk.current!.analysis!.sections[1]).toBe(kept);
  });

  test('scores the window cannot apply (another version, or missing the scores they build on) ask for the whole state', async () => {
    talk.apply(update('opened', { ...openedTalk({ score: 50 }), analysis: null }));
    api.getState.mockClear();
    talk.apply(partialScores(openedTalk({ score: 60 }), ['a']));
    await settle();
    expect(api.getState).toHaveBeenCalledOnce();
  });

  test('analysed without a save before it: no changes to show', () => {
    talk.apply(update('opened', openedTalk({ score: 50 })));
    talk.apply(update('analysed', openedTalk({ score: 70 })));
    expect(talk.changes).toBeNull();
    expect(api.scoreHistory).not.toHaveBeenCalled();
  });

  test("a newly opened talk forgets the last talk's changes", () => {
    talk.apply(update('reloaded', openedTalk({ score: 50 })));
    talk.apply(update('analysed', openedTalk({ score: 70 })));
    expect(talk.changes).not.toBeNull();
    talk.apply(update('opened', openedTalk()));
    expect(talk.changes).toBeNull();
  });

  test('replanned: replaces the talk and leaves notices and history alone', () => {
    notices.show('talk', { tone: 'warning', message: 'kept' });
    const current = openedTalk();
    talk.apply(update('replanned', current));
    expect(talk.current).toBe(current);
    expect(notices.talk?.message).toBe('kept');
    expect(api.scoreHistory).not.toHaveBeenCalled();
  });

  test('missing: keeps the talk and warns', () => {
    const current = openedTalk();
    talk.apply(update('opened', current));
    talk.apply(update('missing', current, missing));
    expect(talk.current).toBe(current);
    expect(notices.talk).toEqual({ tone: 'warning', message: 'talk.md is gone' });
  });

  test('failed: keeps the talk and shows the error', () => {
    const current = openedTalk();
    talk.apply(update('opened', current));
    talk.apply(update('failed', null, { code: 'unreadable', message: 'cannot read x.md', params: { name: 'x.md' } }));
    expect(talk.current).toBe(current);
    expect(notices.talk).toEqual({ tone: 'error', message: 'cannot read x.md' });
  });
});

describe('the version and view shown', () => {
  test('the plan and the section ids follow the chosen version', () => {
    talk.apply(update('opened', openedTalk()));
    expect(talk.variant).toBe(10);
    expect(talk.sectionIds).toEqual(['a', 'b', 'd']);
    talk.chooseVariant(30);
    expect(talk.plan?.variant).toBe(30);
    expect(talk.sectionIds).toEqual(['a', 'b', 'c', 'd']);
  });

  test('without a talk there is no plan and no section', () => {
    expect(talk.plan).toBeNull();
    expect(talk.sectionIds).toEqual([]);
  });

  test('showTab() switches between the plan and the coaching view', () => {
    expect(talk.tab).toBe('plan');
    talk.showTab('coach');
    expect(talk.tab).toBe('coach');
  });
});

describe('opening', () => {
  test('a failed open shows its error and is no longer busy', async () => {
    api.openFile.mockRejectedValue(new Error('no such file'));
    const opening = talk.openFile('/x.md');
    expect(talk.busy).toBe(true);
    await opening;
    expect(talk.busy).toBe(false);
    expect(notices.talk).toEqual({ tone: 'error', message: 'no such file' });
  });

  test('a dropped file with a path is opened by path', async () => {
    api.pathForFile.mockReturnValue('/talks/dropped.md');
    await talk.openDropped(new File(['# Talk'], 'dropped.md'));
    expect(api.openFile).toHaveBeenCalledWith('/talks/dropped.md');
  });

  test('a dropped Markdown file without a path is opened from its text', async () => {
    await talk.openDropped(new File(['# Talk'], 'dropped.md'));
    expect(api.openDropped).toHaveBeenCalledWith('dropped.md', '# Talk');
  });

  test('a dropped video is refused by name, without reading it', async () => {
    await talk.openDropped(new File(['not a talk'], 'holiday.mp4'));
    expect(api.openDropped).not.toHaveBeenCalled();
    expect(notices.talk?.message).toContain('is not a Markdown talk');
  });

  test.each(['talk.docx', 'talk.odt', 'deck.pptx', 'deck.ODP'])(
    'a dropped %s without a path is refused with a way to open it',
    async (name) => {
      await talk.openDropped(new File(['x'], name));
      expect(api.openDropped).not.toHaveBeenCalled();
      expect(notices.talk?.message).toContain('Open talk…');
    },
  );

  test('a dropped deck without a path is refused in the interface language', async () => {
    locale.current = 'nl';
    try {
      await talk.openDropped(new File(['x'], 'deck.pptx'));
      expect(notices.talk?.message).toBe(
        '"deck.pptx" kan hier niet worden geopend; open het met Talk openen… of sleep het vanuit je bestandsbeheer.',
      );
    } finally {
      locale.current = 'en';
    }
  });

  test('removeRecent() keeps the list the main process returns', async () => {
    api.removeRecent.mockResolvedValue([]);
    talk.adopt(appState({ recent: [{ path: '/a.md', name: 'a.md', exists: true }] }));
    await talk.removeRecent('/a.md');
    expect(api.removeRecent).toHaveBeenCalledWith('/a.md');
    expect(talk.recent).toEqual([]);
  });
});
