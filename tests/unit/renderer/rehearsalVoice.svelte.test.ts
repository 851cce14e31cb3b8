import { beforeEach, describe, expect, test } from 'vitest';
import type { RehearsalRun } from '../../../src/shared/rehearsal';
import type { RunVoice } from '../../../src/shared/voice';
import type { CaptureError } from '../../../src/renderer/src/lib/voice/micErrors';
import type { VoiceLive } from '../../../src/renderer/src/lib/voice/voiceCollector';
import { RehearsalVoice, sectionSyllablesPerWord, type VoiceSource } from '../../../src/renderer/src/lib/rehearsal/rehearsalVoice.svelte';
import { RehearsalSession } from '../../../src/renderer/src/lib/rehearsal/session.svelte';
import { SettingsState } from '../../../src/renderer/src/lib/state/settings.svelte';
import { Notices } from '../../../src/renderer/src/lib/state/notices.svelte';
import { locale } from '../../../src/renderer/src/lib/i18n.svelte';
import { installFakeApi, openedTalk, rehearsalPlan, settle, type FakeApi } from './fakes';

/** A microphone that records what the rehearsal told it, and refuses to start when told to. */
class FakeSource implements VoiceSource {
  calls: string[] = [];
  on = false;
  refuse: CaptureError | null = null;
  measured: RunVoice | null = null;
  section(id: string, syllablesPerWord: number): void {
    this.calls.push(`section ${id} ${syllablesPerWord.toFixed(2)}`);
  }
  async turnOn(): Promise<CaptureError | null> {
    this.calls.push('on');
    this.on = this.refuse === null;
    return this.refuse;
  }
  async turnOff(): Promise<void> {
    this.calls.push('off');
    this.on = false;
  }
  hold(paused: boolean): void {
    this.calls.push(paused ? 'hold' : 'go');
  }
  live(): VoiceLive {
    return { listening: true, level: 0.5, speaking: true, sectionWpm: 131 };
  }
  summary(): RunVoice | null {
    return this.measured;
  }
}

let api: FakeApi;
let source: FakeSource;
let settings: SettingsState;
let ended: RehearsalRun[];

function session(): RehearsalSession {
  return new RehearsalSession(
    rehearsalPlan(),
    () => false,
    (run) => ended.push(run),
    () => new RehearsalVoice(source, () => 1.5, settings),
  );
}

const sectionVoice = { listened: 30, speaking: 25, paused: 5, wpm: 130, longPauses: [], pitchSpread: 1.2, flat: false };

beforeEach(() => {
  api = installFakeApi();
  source = new FakeSource();
  settings = new SettingsState(new Notices());
  ended = [];
  locale.current = 'en';
});

describe('RehearsalVoice', () => {
  test('with the microphone off, the run never asks for it and stores no voice', async () => {
    const run = session();
    run.control('start');
    run.control('next');
    run.control('end');
    await settle();
    expect(source.calls).not.toContain('on');
    expect(ended[0]).not.toHaveProperty('voice');
    expect(run.voice?.live).toBeNull();
  });

  test('switched on, it listens from the start, follows sections, pauses and the end', async () => {
    settings.adopt({ theme: 'system', talkDefaults: { wpm: null, audience: 'keynote', lang: 'auto' }, uiLanguage: 'en', microphone: true });
    const run = session();
    run.control('start');
    await settle();
    run.control('pause');
    run.control('resume');
    run.control('next');
    source.measured = { sections: { a: sectionVoice }, pace: [{ at: 10, sectionId: 'a', wpm: 130 }] };
    run.control('end');
    await settle();
    expect(source.calls).toEqual(['section a 1.50', 'on', 'hold', 'go', 'section b 1.50', 'off']);
    expect(ended[0]?.voice).toEqual(source.measured);
    const saved = api.saveRun.mock.calls.map(([stored]) => stored as RehearsalRun);
    expect(saved.filter((stored) => 'voice' in stored)).toHaveLength(1);
  });

  test('turned on mid-run it saves the setting first, and off again it keeps what was measured', async () => {
    api.updateSettings.mockImplementation(async (change: { microphone: boolean }) => {
      source.calls.push(`setting ${change.microphone}`);
      return change;
    });
    const run = session();
    run.control('start');
    await run.voice!.turn(true);
    expect(source.calls).toEqual(['section a 1.50', 'setting true', 'on']);
    expect(settings.microphone).toBe(true);
    run.voice!.tick();
    expect(run.voice!.live?.sectionWpm).toBe(131);
    source.measured = { sections: { a: sectionVoice }, pace: [] };
    await run.voice!.turn(false);
    expect(source.calls.slice(-2)).toEqual(['setting false', 'off']);
    run.voice!.tick();
    expect(run.voice!.live).toBeNull();
    run.control('next');
    expect(run.run.voice).toEqual(source.measured);
  });

  test('a refused microphone says why, switches off and the run goes on by keys', async () => {
    source.refuse = 'denied';
    const run = session();
    run.control('start');
    await run.voice!.turn(true);
    expect(run.voice!.problem).toMatch(/may not use the microphone/);
    expect(run.voice!.on).toBe(false);
    run.control('next');
    expect(run.view.index).toBe(1);
  });
});

describe('when the user does not confirm the microphone', () => {
  test('the switch goes back off, the microphone never starts and the rehearsal says why', async () => {
    api.updateSettings.mockImplementation(async () => ({ microphone: false }));
    const run = session();
    run.control('start');
    await run.voice!.turn(true);
    expect(run.voice!.on).toBe(false);
    expect(run.voice!.problem).toBe('The microphone stays off: turning it on was not confirmed.');
    expect(source.calls).not.toContain('on');
  });
});

describe('sectionSyllablesPerWord', () => {
  test('counts the section’s own words, and falls back to the language’s ratio without text', () => {
    // "A We begin section a": 1 + 1 + 2 + 2 + 1 syllables over 5 words.
    expect(sectionSyllablesPerWord(openedTalk(), 'a')).toBeCloseTo(7 / 5, 5);
    expect(sectionSyllablesPerWord(null, 'a')).toBe(1.4);
  });
});
