import { storeNoticeAsError } from '../services/storeNotices';
import type { ApiServices } from './services';
import type { OpenedTalk, OpenReceipt } from '../../shared/api';
import type { ApiHandlers } from './types';

/** Which talk and version an open call opened: the talk itself follows in the `opened` update. */
const receipt = ({ path, name, key, loadedAt }: OpenedTalk): OpenReceipt => ({ path, name, key, loadedAt });

/** The calls about the open talk: the first screen's state, opening, recent files, score history. */
export type TalkMethod = 'getState' | 'openFile' | 'openDialog' | 'openDropped' | 'removeRecent' | 'scoreHistory' | 'sectionEvidence';

/** The talk calls, given arguments that passed their schema (schemas.ts). */
export function talkApi(services: ApiServices): ApiHandlers<TalkMethod> {
  const { talks, recent, settings, chosen } = services;
  return {
    getState: () => ({
      current: talks.current,
      // A store that could not be read (and was set aside) is reported in the window's banner.
      error: talks.error ?? storeNoticeAsError(),
      recent: recent.list(),
      samples: services.samples(),
      theme: settings.get('theme'),
      soundCue: settings.get('soundCue'),
      microphone: settings.get('microphone'),
      keepRecording: settings.get('keepRecording'),
      talkDefaults: settings.get('talkDefaults'),
      uiLanguage: settings.get('uiLanguage'),
      author: settings.get('author'),
    }),
    // Refused before the file system is touched, so the answer says nothing about the path.
    openFile: async (path) => receipt(await talks.open(chosen.check(path))),
    openDialog: async () => {
      const path = await services.pickTalkFile();
      return path ? receipt(await talks.open(chosen.allow(path))) : null;
    },
    openDropped: async (name, text) => receipt(await talks.openText(name, text)),
    removeRecent: (path) => recent.remove(path ?? undefined),
    scoreHistory: () => (talks.current ? services.history.list(talks.current.key) : []),
    sectionEvidence: (sectionId) => talks.evidence(sectionId),
  };
}
