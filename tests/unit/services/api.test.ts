import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { createApi } from '../../../src/main/api';
import { ChosenPaths } from '../../../src/main/services/chosenPaths';
import { OpenNotes } from '../../../src/main/services/notes/openNotes';
import { RecentFiles } from '../../../src/main/services/recentFiles';
import { Recordings } from '../../../src/main/services/recordings';
import { firstRunSample, listSamples } from '../../../src/main/services/samples';
import { initialTalkPath } from '../../../src/main/services/startup';
import { TalkService } from '../../../src/main/services/talkService';
import { envelope } from '../../../src/main/services/userError';
import { INVOKE_CHANNELS, type AppState } from '../../../src/shared/api';
import { RecordingFiles } from '../../../src/main/services/recordingFiles';
import { tempHistory, tempRehearsals, tempServices, tempSettings } from '../../support/settings';

const samplesDir = resolve(__dirname, '../../../resources/samples');

function handlers(pick: string | null = null, chosen = new ChosenPaths()): ReturnType<typeof createApi> {
  const settings = tempSettings();
  const recent = new RecentFiles(settings);
  const talks = new TalkService({ recent, watchFile: () => async () => undefined, emit: () => undefined });
  return createApi({
    talks,
    recent,
    settings,
    samples: () => listSamples(samplesDir),
    pickTalkFile: async () => pick,
    rehearsals: tempRehearsals(),
    recordings: new Recordings(mkdtempSync(join(tmpdir(), 'sticky-recordings-')), () => false),
    recordingFiles: new RecordingFiles(),
    pickRecordingFile: async () => pick,
    pickSavePath: async () => null,
    pickReportPath: async () => null,
    confirmCapability: async () => true,
    notes: new OpenNotes({
      watchFile: () => async () => undefined,
      emit: () => undefined,
      author: () => settings.get('author'),
      analysis: () => talks.analysis,
      rescore: () => talks.rescore(),
    }),
    history: tempHistory(),
    chosen,
  });
}

describe('API handlers', () => {
  test('there is a handler for every channel of the contract', () => {
    expect(Object.keys(handlers()).sort()).toEqual(Object.keys(INVOKE_CHANNELS).sort());
  });

  test('getState lists the samples and starts empty', async () => {
    const state = await envelope(() => handlers().getState());
    expect(state).toMatchObject({ ok: true, value: { current: null, error: null, recent: [], theme: 'system', soundCue: false } });
    if (state.ok)
      expect((state.value as { samples: { name: string }[] }).samples.map((sample) => sample.name)).toEqual([
        'de-klant-aan-tafel.nl.md',
        'lead-your-leaders.md',
      ]);
  });

  test('bad arguments come back as bad-request errors, not crashes', async () => {
    const api = handlers();
    expect(await envelope(() => api.openFile(42))).toEqual({
      ok: false,
      error: { code: 'bad-request', message: 'Expected a file path as text.' },
    });
    expect(await envelope(() => api.setTheme('neon'))).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(await envelope(() => api.openDropped('x.md', null))).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });

  test('user errors keep their code; unexpected errors are wrapped', async () => {
    const chosen = new ChosenPaths();
    chosen.allow('/nowhere/talk.md');
    expect(await envelope(() => handlers(null, chosen).openFile('/nowhere/talk.md'))).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(await envelope(() => Promise.reject(new Error('boom')))).toEqual({
      ok: false,
      error: { code: 'internal', message: 'Something went wrong inside Sticky: boom' },
    });
  });

  test('openDialog opens the picked file, or nothing when cancelled', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sticky-dialog-'));
    const path = join(dir, 'picked.md');
    writeFileSync(path, '## Picked\n\nWords.\n');
    expect(await envelope(() => handlers(null).openDialog())).toEqual({ ok: true, value: null });
    const opened = await envelope(() => handlers(path).openDialog());
    expect(opened).toMatchObject({ ok: true, value: { name: 'picked.md' } });
  });
});

describe('a recording picked to analyse', () => {
  test('main opens the file the user picked; the page reads it by token in parts of at most 1 MB, then closes it', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'sticky-recording-')), 'phone.wav');
    writeFileSync(file, Buffer.from('RIFF0123WAVEfmt and some more bytes'));
    expect(await handlers(null).openRecording()).toBeNull();
    const api = handlers(file);
    const opened = (await api.openRecording()) as { token: string; name: string; size: number };
    expect(opened).toMatchObject({ name: 'phone.wav', size: 35 });
    expect(Buffer.from((await api.readRecording(opened.token, 4, 8)) as string, 'base64').toString()).toBe('0123WAVE');
    expect(Buffer.from((await api.readRecording(opened.token, 30, 100)) as string, 'base64').toString()).toBe('bytes');
    expect(await envelope(() => api.readRecording(opened.token, 0, 2 * 1024 * 1024))).toMatchObject({
      ok: false,
      error: { code: 'bad-request' },
    });
    expect(await envelope(() => api.readRecording('another', 0, 10))).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    await api.closeRecording(opened.token);
    expect(await envelope(() => api.readRecording(opened.token, 0, 10))).toMatchObject({
      ok: false,
      error: { code: 'bad-request', message: 'That recording is no longer open; choose it again.' },
    });
    // A folder is refused in plain words.
    expect(await envelope(() => handlers(tmpdir()).openRecording())).toMatchObject({ ok: false, error: { code: 'not-a-file' } });
  });
});

describe('samples', () => {
  test('first start opens the sample in the system language', () => {
    const samples = listSamples(samplesDir);
    expect(firstRunSample(samples, 'nl-NL')?.lang).toBe('nl');
    expect(firstRunSample(samples, 'en-GB')?.lang).toBe('en');
    expect(firstRunSample(samples, 'fr')?.lang).toBe('en');
    expect(listSamples('/no/such/folder')).toEqual([]);
  });
});

describe('initialTalkPath', () => {
  const samples = listSamples(samplesDir);
  test('first start: the sample; later: the last talk if it still exists; a command-line path wins', () => {
    const settings = tempSettings();
    expect(initialTalkPath(settings, samples, 'en-US')).toMatch(/lead-your-leaders\.md$/);
    expect(initialTalkPath(settings, samples, 'en-US')).toBeUndefined();
    const dir = mkdtempSync(join(tmpdir(), 'sticky-start-'));
    const last = join(dir, 'last.md');
    writeFileSync(last, '## A');
    settings.set('lastFile', last);
    expect(initialTalkPath(settings, samples, 'en-US')).toBe(last);
    settings.set('lastFile', join(dir, 'gone.md'));
    expect(initialTalkPath(settings, samples, 'en-US')).toBeUndefined();
    expect(initialTalkPath(settings, samples, 'en-US', '/given/talk.md')).toBe('/given/talk.md');
  });
});

describe('updateSettings', () => {
  test('validates, saves, and re-reads the open talk with new defaults', async () => {
    const { handlers: api, talks } = tempServices();
    const dir = mkdtempSync(join(tmpdir(), 'sticky-settings-talk-'));
    const path = join(dir, 'talk.md');
    writeFileSync(path, '## A\n\nWe want the customer to feel heard, because that is what matters most.\n');
    await talks.open(path);
    expect(talks.current!.talk).toMatchObject({ wpm: 130, audience: 'keynote' });
    const saved = await envelope(() =>
      api.updateSettings({ talkDefaults: { wpm: 110, audience: 'board', lang: 'auto' }, uiLanguage: 'nl', theme: 'dark' }),
    );
    expect(saved).toEqual({
      ok: true,
      value: {
        theme: 'dark',
        uiLanguage: 'nl',
        talkDefaults: { wpm: 110, audience: 'board', lang: 'auto' },
        microphone: false,
        keepRecording: false,
        author: '',
      },
    });
    expect(await envelope(() => api.updateSettings({ keepRecording: true }))).toMatchObject({ ok: true, value: { keepRecording: true } });
    expect(await envelope(() => api.updateSettings({ author: '  Coach Kim ' }))).toMatchObject({
      ok: true,
      value: { author: 'Coach Kim' },
    });
    expect(await envelope(() => api.updateSettings({ author: 'x'.repeat(81) }))).toMatchObject({
      ok: false,
      error: { code: 'bad-request' },
    });
    expect(talks.current!.talk).toMatchObject({ wpm: 110, audience: 'board' });
    expect(await envelope(() => api.updateSettings({ talkDefaults: { wpm: 20, audience: 'board', lang: 'auto' } }))).toMatchObject({
      ok: false,
      error: { code: 'bad-request' },
    });
    expect(await envelope(() => api.updateSettings({ uiLanguage: 'fr' }))).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    await talks.analysed;
    await talks.close();
  });
});

describe('store notices reach the window', () => {
  test('a store set aside at start is shown in the banner until a talk error takes its place', async () => {
    const { clearStoreNotices, reportStoreNotice } = await import('../../../src/main/services/storeNotices');
    clearStoreNotices();
    expect((handlers().getState() as AppState).error).toBeNull();
    reportStoreNotice({
      file: '/x/settings.json',
      backup: '/x/settings.corrupt.json',
      message: 'Your settings could not be read; kept as settings.corrupt.json.',
    });
    expect((handlers().getState() as AppState).error?.message).toContain('settings.corrupt.json');
    clearStoreNotices();
  });
});
