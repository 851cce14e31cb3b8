import { vi } from 'vitest';
import { BLIND_SPOTS } from '../../../src/shared/analysis';
import type { AppState, OpenedTalk, StickyApi, TalkUpdate } from '../../../src/shared/api';
import type { ApiError } from '../../../src/shared/errors';
import type { RehearsalPlan, RehearsalRun } from '../../../src/shared/rehearsal';

/** window.sticky with every call a vitest mock; a test replaces the ones it looks at. */
export type FakeApi = { [K in keyof StickyApi]: ReturnType<typeof vi.fn> };

/** A start-up state with no talk open. */
export function appState(changes: Partial<AppState> = {}): AppState {
  return {
    current: null,
    error: null,
    recent: [],
    samples: [],
    theme: 'system',
    soundCue: false,
    microphone: false,
    keepRecording: false,
    talkDefaults: { wpm: null, audience: 'keynote', lang: 'auto' },
    uiLanguage: 'en',
    author: '',
    ...changes,
  };
}

/** Installs a fake window.sticky (the renderer's only door to the main process) and returns it. */
export function installFakeApi(): FakeApi {
  const api = {
    getState: vi.fn(async () => appState()),
    scoreHistory: vi.fn(async () => []),
    openFile: vi.fn(async () => null),
    openDialog: vi.fn(async () => null),
    openDropped: vi.fn(async () => null),
    pathForFile: vi.fn(() => ''),
    removeRecent: vi.fn(async () => []),
    updateSettings: vi.fn(async (change: unknown) => change),
    rehearsalPlan: vi.fn(),
    listRuns: vi.fn(async () => []),
    exportRuns: vi.fn(async () => null),
    setPace: vi.fn(async () => undefined),
    setSoundCue: vi.fn(async (on: boolean) => on),
    removeRun: vi.fn(async () => []),
    appendRecording: vi.fn(async () => null),
    recordingOf: vi.fn(async () => null),
    showRecording: vi.fn(async () => false),
    saveRun: vi.fn(async () => undefined),
    sectionEvidence: vi.fn(async () => null),
    onTalkUpdate: vi.fn(() => () => undefined),
    notes: vi.fn(async () => null),
    runNoteCommand: vi.fn(),
    compareWith: vi.fn(async () => null),
    exportReport: vi.fn(async () => null),
  } as unknown as FakeApi;
  vi.stubGlobal('window', { sticky: api });
  vi.stubGlobal('navigator', { language: 'en-GB' });
  return api;
}

/** Principle scores, all the same value. */
const scores = (value: number): Record<string, number> => ({
  simple: value,
  unexpected: value,
  concrete: value,
  credible: value,
  emotional: value,
  stories: value,
});

/**
 * An open talk with sections a, b, c and d; the 10-minute version holds a, b and d (c is only in the
 * longer ones). `score` sets every principle's score, to make a change between two saves.
 */
export function openedTalk(options: { score?: number; encodingNote?: string } = {}): OpenedTalk {
  const score = options.score ?? 50;
  const ids = ['a', 'b', 'c', 'd'];
  const variantScores = { scores: scores(score), score, elements: {} };
  return {
    name: 'talk.md',
    path: '/talks/talk.md',
    key: '/talks/talk.md',
    loadedAt: 1,
    encodingNote: options.encodingNote ?? null,
    text: ids.map((id) => `## ${id.toUpperCase()}\n\nWe begin section ${id}.\n`).join('\n'),
    talk: {
      title: 'A talk',
      lang: 'en',
      mantra: null,
      sections: ids.map((id, index) => ({
        id,
        title: id.toUpperCase(),
        variants: [10, 30, 60],
        start: { offset: index * 28 },
        end: { offset: index * 28 + 27 },
      })),
    },
    plans: {
      10: { variant: 10, sections: ['a', 'b', 'd'].map((id) => ({ id })) },
      30: { variant: 30, sections: ids.map((id) => ({ id })) },
      60: { variant: 60, sections: ids.map((id) => ({ id })) },
    },
    analysis: {
      variants: { 10: variantScores, 30: variantScores, 60: variantScores },
      sections: ids.map((id) => ({
        id,
        scores: scores(score),
        blindSpots: Object.fromEntries(BLIND_SPOTS.map((spot) => [spot, { flagged: id === 'a' && spot === 'tooBoring' }])),
      })),
    },
  } as unknown as OpenedTalk;
}

/** An update as the main process pushes it: for `analysed`, all of the talk's scores. */
export function update(kind: Exclude<TalkUpdate['kind'], 'notes'>, current: OpenedTalk | null, error: ApiError | null = null): TalkUpdate {
  if (kind !== 'analysed') return { kind, current, error };
  const analysis = current!.analysis!;
  return {
    kind,
    key: current!.key,
    loadedAt: current!.loadedAt,
    complete: true,
    sections: analysis.sections,
    sectionIds: analysis.sections.map((section) => section.id),
    talk: analysis.talk,
    variants: analysis.variants,
    history: [],
    recent: [],
    error: null,
  };
}

/** The scores of `sections` only, as a re-score that changed only those sends them. */
export function partialScores(current: OpenedTalk, sections: string[]): TalkUpdate {
  const full = update('analysed', current);
  if (full.kind !== 'analysed') throw new Error('expected scores');
  return { ...full, complete: false, sections: full.sections.filter((section) => sections.includes(section.id)) };
}

/** Lets pending promise callbacks run. */
export const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** A plan of two sections, 60 s each, for the 10-minute version. */
export function rehearsalPlan(): RehearsalPlan {
  const section = (id: string) => ({ id, title: id.toUpperCase(), budget: 60, words: 130, fixed: false, prompt: `${id} begins.` });
  return { talkKey: '/talks/talk.md', talkTitle: 'A talk', variant: 10, target: 120, sections: [section('a'), section('b')] };
}

/** A complete run of one 70-second section of 140 words (120 words a minute). */
export function finishedRun(id: string): RehearsalRun {
  return {
    id,
    plan: rehearsalPlan(),
    startedAt: Date.UTC(2026, 10, 22, 9),
    events: [{ type: 'start', at: 0 }],
    status: 'complete',
    total: 70,
    sections: [{ id: 'a', title: 'A', budget: 60, actual: 70, words: 140, fixed: false, reached: true }],
  };
}
