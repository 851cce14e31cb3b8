import type { OpenedTalk } from '../../shared/api';
import { planVariant } from '../engine/timing/plan';
import { writeFileAtomic } from '../services/atomicWrite';
import { runsToCsv } from '../services/rehearsalStore';
import { updateSetting } from '../services/settingsStore';
import type { TalkService } from '../services/talkService';
import { UserError } from '../services/userError';
import type { ApiServices } from './services';
import type { ApiHandlers } from './types';

function openTalk(talks: TalkService): OpenedTalk {
  const current = talks.current;
  if (!current) throw new UserError('bad-request', 'Open a talk first.');
  return current;
}

/** The rehearsal calls, and the speaker's measured pace. */
export type RehearsalMethod =
  'rehearsalPlan' | 'saveRun' | 'listRuns' | 'removeRun' | 'appendRecording' | 'recordingOf' | 'showRecording' | 'exportRuns' | 'setPace';

/** The rehearsal calls, given arguments that passed their schema (schemas.ts). */
export function rehearsalApi(services: ApiServices): ApiHandlers<RehearsalMethod> {
  const { talks, rehearsals, settings, recordings } = services;
  return {
    rehearsalPlan: (variant, targetMinutes) => {
      const target = targetMinutes ?? variant;
      const opened = openTalk(talks);
      const plan = planVariant(opened.talk, variant, target, opened.pace ?? opened.talk.wpm);
      const byId = new Map(opened.talk.sections.map((section) => [section.id, section]));
      return {
        talkKey: opened.key,
        talkTitle: opened.talk.title,
        variant,
        target: Math.round(target * 60),
        sections: plan.sections.map((timing) => {
          const section = byId.get(timing.id)!;
          return {
            id: timing.id,
            title: section.title,
            budget: Math.round(timing.budget * 60),
            words: section.words,
            fixed: timing.fixed,
            prompt: section.prompt,
            ...(section.slide !== undefined ? { slide: section.slide } : {}),
          };
        }),
      };
    },
    saveRun: (run) => rehearsals.save(run),
    listRuns: () => rehearsals.list(openTalk(talks).key),
    removeRun: async (id) => {
      rehearsals.remove(id);
      await recordings.remove(id); // the recording goes with its run
      return rehearsals.list(openTalk(talks).key);
    },
    appendRecording: (runId, index, pcmBase64, final) => {
      // Audio reaches the disk only while the user has both switches on (turned on with main's consent).
      if (!settings.get('keepRecording') || !settings.get('microphone'))
        throw new UserError('forbidden', 'Turn on "Keep the recording" in Settings to keep the audio of a rehearsal.', {
          reason: 'recording-off',
        });
      return recordings.append(runId, index, Buffer.from(pcmBase64, 'base64'), final);
    },
    recordingOf: (runId) => recordings.fileOf(runId),
    showRecording: (runId) => {
      const path = recordings.pathFor(runId);
      if (!path || !services.showInFolder) return false;
      services.showInFolder(path);
      return true;
    },
    exportRuns: async () => {
      const opened = openTalk(talks);
      const runs = rehearsals.list(opened.key);
      if (runs.length === 0) throw new UserError('bad-request', 'There are no rehearsals of this talk to export yet.');
      const path = await services.pickSavePath(`${opened.name.replace(/\.[^.]+$/, '')}-rehearsals.csv`);
      if (!path) return null;
      await writeFileAtomic(path, runsToCsv(runs));
      return path;
    },
    setPace: (wpm) => {
      const opened = openTalk(talks);
      updateSetting(settings, 'paceByTalk', (now) => {
        const paces = { ...now };
        if (wpm === null) delete paces[opened.key];
        else paces[opened.key] = Math.round(wpm);
        return paces;
      });
      return talks.replan();
    },
  };
}
