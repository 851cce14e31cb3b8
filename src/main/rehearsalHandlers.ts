import type { InvokeMethod } from '../shared/api';
import type { RehearsalPlan, RehearsalRun } from '../shared/rehearsal';
import type { Settings } from '../shared/settings';
import { VARIANTS, type Variant } from '../shared/talk';
import { planVariant } from './engine/timing/plan';
import { writeFileAtomic } from './services/atomicWrite';
import { runsToCsv, type RehearsalStore } from './services/rehearsalStore';
import type { KeyValueStore } from './services/settingsStore';
import type { TalkService } from './services/talkService';
import { UserError } from './services/userError';
import type { Handler } from './handlers';

/** What the rehearsal calls need. */
export interface RehearsalServices {
  talks: TalkService;
  rehearsals: RehearsalStore;
  settings: KeyValueStore<Settings>;
  /** Shows a save dialog for a CSV file; the chosen path or null. */
  pickSavePath: (suggestedName: string) => Promise<string | null>;
}

// Custom targets from one minute (an elevator pitch) to three hours (a workshop day's block).
const MIN_TARGET = 1;
const MAX_TARGET = 180;

function openTalk(talks: TalkService) {
  const current = talks.current;
  if (!current) throw new UserError('bad-request', 'Open a talk first.');
  return current;
}

function isRun(value: unknown): value is RehearsalRun {
  const run = value as RehearsalRun;
  return (
    typeof run === 'object' &&
    run !== null &&
    typeof run.id === 'string' &&
    typeof run.plan?.talkKey === 'string' &&
    Array.isArray(run.events) &&
    Array.isArray(run.sections) &&
    ['running', 'complete', 'incomplete'].includes(run.status)
  );
}

/** The API calls served here. */
export type RehearsalMethod = Extract<
  InvokeMethod,
  'rehearsalPlan' | 'saveRun' | 'listRuns' | 'removeRun' | 'exportRuns' | 'setPace' | 'setSoundCue'
>;

/** The handlers of the rehearsal calls. */
export function createRehearsalHandlers(services: RehearsalServices): Record<RehearsalMethod, Handler> {
  const { talks, rehearsals, settings } = services;
  return {
    rehearsalPlan: (variant: unknown, targetMinutes: unknown): RehearsalPlan => {
      if (!VARIANTS.includes(variant as Variant)) throw new UserError('bad-request', 'The version must be 10, 30 or 60.');
      const target = targetMinutes === null || targetMinutes === undefined ? (variant as Variant) : Number(targetMinutes);
      if (!Number.isFinite(target) || target < MIN_TARGET || target > MAX_TARGET)
        throw new UserError('bad-request', `A target must be between ${MIN_TARGET} and ${MAX_TARGET} minutes.`);
      const opened = openTalk(talks);
      const plan = planVariant(opened.talk, variant as Variant, target, opened.pace ?? opened.talk.wpm);
      const byId = new Map(opened.talk.sections.map((section) => [section.id, section]));
      return {
        talkKey: opened.key,
        talkTitle: opened.talk.title,
        variant: variant as Variant,
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
    saveRun: (run: unknown): RehearsalRun => {
      if (!isRun(run)) throw new UserError('bad-request', 'That is not a rehearsal run.');
      return rehearsals.save(run);
    },
    listRuns: (): RehearsalRun[] => rehearsals.list(openTalk(talks).key),
    removeRun: (id: unknown): RehearsalRun[] => {
      if (typeof id !== 'string') throw new UserError('bad-request', 'Expected a run id.');
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
    setPace: (wpm: unknown) => {
      const opened = openTalk(talks);
      const paces = { ...settings.get('paceByTalk') };
      if (wpm === null) delete paces[opened.key];
      else if (typeof wpm === 'number' && wpm >= 60 && wpm <= 250) paces[opened.key] = Math.round(wpm);
      else throw new UserError('bad-request', 'A pace must be between 60 and 250 words per minute.');
      settings.set('paceByTalk', paces);
      return talks.replan();
    },
    setSoundCue: (on: unknown): boolean => {
      settings.set('soundCue', on === true);
      return on === true;
    },
  };
}
