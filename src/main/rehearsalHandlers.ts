import type { InvokeMethod } from '../shared/api';
import type { RehearsalPlan, RehearsalRun } from '../shared/rehearsal';
import type { Settings } from '../shared/settings';
import type { Variant } from '../shared/talk';
import { planVariant } from './engine/timing/plan';
import { writeFileAtomic } from './services/atomicWrite';
import { runsToCsv, type RehearsalStore } from './services/rehearsalStore';
import type { KeyValueStore } from './services/settingsStore';
import type { TalkService } from './services/talkService';
import { UserError } from './services/userError';
import type { CheckedHandlers } from './handlers';

/** What the rehearsal calls need. */
export interface RehearsalServices {
  talks: TalkService;
  rehearsals: RehearsalStore;
  settings: KeyValueStore<Settings>;
  /** Shows a save dialog for a CSV file; the chosen path or null. */
  pickSavePath: (suggestedName: string) => Promise<string | null>;
}

// Custom targets from one minute (an elevator pitch) to three hours (a workshop day's block).
/** The shortest custom rehearsal target, in minutes. */
export const MIN_TARGET = 1;
/** The longest custom rehearsal target, in minutes. */
export const MAX_TARGET = 180;

function openTalk(talks: TalkService) {
  const current = talks.current;
  if (!current) throw new UserError('bad-request', 'Open a talk first.');
  return current;
}

/** The API calls served here. */
export type RehearsalMethod = Extract<
  InvokeMethod,
  'rehearsalPlan' | 'saveRun' | 'listRuns' | 'removeRun' | 'exportRuns' | 'setPace' | 'setSoundCue'
>;

/** The handlers of the rehearsal calls, given arguments that passed their schema (ipcSchemas.ts). */
export function createRehearsalHandlers(services: RehearsalServices): CheckedHandlers<RehearsalMethod> {
  const { talks, rehearsals, settings } = services;
  return {
    rehearsalPlan: (variant: Variant, targetMinutes: number | null): RehearsalPlan => {
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
          };
        }),
      };
    },
    saveRun: (run: RehearsalRun): RehearsalRun => rehearsals.save(run),
    listRuns: (): RehearsalRun[] => rehearsals.list(openTalk(talks).key),
    removeRun: (id: string): RehearsalRun[] => {
      rehearsals.remove(id);
      return rehearsals.list(openTalk(talks).key);
    },
    exportRuns: async (): Promise<string | null> => {
      const opened = openTalk(talks);
      const runs = rehearsals.list(opened.key);
      if (runs.length === 0) throw new UserError('bad-request', 'There are no rehearsals of this talk to export yet.');
      const path = await services.pickSavePath(`${opened.name.replace(/\.[^.]+$/, '')}-rehearsals.csv`);
      if (!path) return null;
      await writeFileAtomic(path, runsToCsv(runs));
      return path;
    },
    setPace: (wpm: number | null) => {
      const opened = openTalk(talks);
      const paces = { ...settings.get('paceByTalk') };
      if (wpm === null) delete paces[opened.key];
      else paces[opened.key] = Math.round(wpm);
      settings.set('paceByTalk', paces);
      return talks.replan();
    },
    setSoundCue: (on: boolean): boolean => {
      settings.set('soundCue', on);
      return on;
    },
  };
}
