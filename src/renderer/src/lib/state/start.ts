import type { AppState } from '../../../../shared/api';
import { api } from '../api';
import { Rehearsals } from '../rehearsal/rehearsals.svelte';
import { Coaching } from './coaching.svelte';
import { Notices } from './notices.svelte';
import { SettingsState } from './settings.svelte';
import { TalkState } from './talk.svelte';

/** The window's state, one small object per concern; components get only the one they drive. */
export interface WindowState {
  notices: Notices;
  settings: SettingsState;
  talk: TalkState;
  coaching: Coaching;
  rehearsals: Rehearsals;
}

/** Makes the window's state objects, wired to each other only through what each needs. */
export function createWindowState(): WindowState {
  const notices = new Notices();
  const talk = new TalkState(notices);
  const settings = new SettingsState(notices);
  return {
    notices,
    settings,
    talk,
    coaching: new Coaching(() => talk.sectionIds),
    rehearsals: new Rehearsals(() => talk.current, notices, settings),
  };
}

/** Loads the initial state and subscribes to talk updates; returns the unsubscribe function. */
export function startWindowState({ notices, settings, talk, rehearsals }: WindowState): () => void {
  let stop: () => void;
  try {
    stop = api().onTalkUpdate((update) => {
      talk.apply(update);
      if (update.kind === 'opened') void rehearsals.reopen();
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
      rehearsals.adoptSoundCue(state.soundCue);
      void rehearsals.load();
    })
    .catch((error: unknown) => notices.showFailure('talk', error))
    .finally(() => talk.finishLoading());
  return stop;
}
