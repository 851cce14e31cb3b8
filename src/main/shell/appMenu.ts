import { app, Menu } from 'electron';
import type { SampleTalk } from '../../shared/api';
import type { Settings } from '../../shared/settings';
import type { RecentFiles } from '../services/recentFiles';
import type { KeyValueStore } from '../services/settingsStore';
import { buildMenu } from './menu';
import { menuLanguage } from './menuLanguage';

/** What the application menu shows and does. */
export interface AppMenuInputs {
  recent: RecentFiles;
  samples: SampleTalk[];
  settings: KeyValueStore<Settings>;
  pickTalkFile: () => Promise<string | null>;
  openPath: (path: string) => void;
}

/** Returns a function that installs the menu afresh: after a talk opens or the settings change. */
export function createAppMenu(inputs: AppMenuInputs): () => void {
  const { recent, samples, settings, openPath } = inputs;
  const refresh = (): void => {
    const actions = {
      openDialog: () => void inputs.pickTalkFile().then((path) => path && openPath(path)),
      openPath,
      clearRecent: () => {
        recent.remove();
        refresh();
      },
    };
    const language = menuLanguage(settings.get('uiLanguage'), app.getLocale());
    Menu.setApplicationMenu(buildMenu(recent.list(), samples, actions, language));
  };
  return refresh;
}
