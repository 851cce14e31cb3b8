import type { AppState } from '../../../../shared/api';
import { api } from '../api';
import { Rehearsals } from '../rehearsal/rehearsals.svelte';
import { Coaching } from './coaching.svelte';
import { Notices } from './notices.svelte';
import { NotesState } from './notes.svelte';
import { HandBack } from './handBack.svelte';
import { SettingsState } from './settings.svelte';
import { TalkState } from './talk.svelte';

/** The window's state, one small object per concern; components get only the one they drive. */
export interface WindowState {
  notices: Notices;
  settings: SettingsState;
  talk: TalkState;
  coaching: Coaching;
  rehearsals: Rehearsals;
  notes: NotesState;
  handBack: HandBack;
}

/** Makes the window's state objects, wired to each other only through what each needs. */
export function createWindowState(): WindowState {
  const notices = new Notices();
  const talk = new TalkState(notices);
  const settings = new SettingsState(notices);
  return {
    notices,
    settings,
    notes: new NotesState(notices, () => settings.author),
    handBack: new HandBack(notices),
    talk,
    coaching: new Coaching(() => talk.sectionIds),
    rehearsals: new Rehearsals(() => talk.current, notices, settings),
  };
}

/** Loads the initial state and subscribes to talk updates; returns the unsubscribe function. */
export function startWindowState({ notices, settings, talk, rehearsals, notes, handBack }: WindowState): () => void {
  let stop: () => void;
  try {
    stop = api().onTalkUpdate((update) => {
      if (update.kind === 'notes') return notes.apply(update);
      talk.apply(update);
      if (update.kind === 'opened') {
        void rehearsals.reopen();
        handBack.closeComparison();
      }
    });
  } catch (error) {
    // Opened outside the app (a plain browser): say so instead of showing a blank window.
    notices.showFailure('talk', error);
    talk.finishLoading();
    return () => undefined;
  }
  void api()
    .getState()
    .then((state: AppState) => {
      talk.adopt(state);
      settings.adopt(state);
      void notes.load(state.current?.key ?? null);
      rehearsals.adoptSoundCue(state.soundCue);
      void rehearsals.load();
    })
    .catch((error: unknown) => notices.showFailure('talk', error))
    .finally(() => talk.finishLoading());
  return stop;
}
