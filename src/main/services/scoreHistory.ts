import type { TalkAnalysis } from '../../shared/analysis';
import type { ScoreSnapshot } from '../../shared/history';
import { VARIANTS } from '../../shared/talk';
import type { KeyValueStore } from './settingsStore';

/** What the history file holds: snapshots per talk key. */
export interface HistoryData {
  talks: Record<string, ScoreSnapshot[]>;
}

// Fifty saves cover an evening of editing; older points add nothing to a trend line.
export const MAX_SNAPSHOTS = 50;
// Twenty talks: a coach's active clients. The least recently scored talk is forgotten first.
export const MAX_TALKS = 20;

/** Options for electron-store (app) and conf (tests). */
export const HISTORY_STORE_OPTIONS = {
  configName: 'score-history',
  projectName: 'sticky',
  defaults: { talks: {} } as HistoryData,
  clearInvalidConfig: true,
  schema: { talks: { type: 'object', default: {} } },
} as const;

/** Keeps each talk's scores across saves, bounded. */
export class ScoreHistory {
  constructor(private readonly store: KeyValueStore<HistoryData>) {}

  /** Adds the scores of a new version of a talk, unless they equal the last ones. */
  record(key: string, analysis: TalkAnalysis, at: number): ScoreSnapshot[] {
    const variants = {} as ScoreSnapshot['variants'];
    for (const variant of VARIANTS)
      variants[variant] = { score: analysis.variants[variant].score, scores: analysis.variants[variant].scores };
    const talks = { ...this.store.get('talks') };
    const list = talks[key] ?? [];
    const last = list.at(-1);
    if (!last || JSON.stringify(last.variants) !== JSON.stringify(variants)) list.push({ at, variants });
    delete talks[key];
    talks[key] = list.slice(-MAX_SNAPSHOTS);
    const keys = Object.keys(talks);
    for (const old of keys.slice(0, Math.max(0, keys.length - MAX_TALKS))) delete talks[old];
    this.store.set('talks', talks);
    return talks[key]!;
  }

  /** A talk's snapshots, oldest first. */
  list(key: string): ScoreSnapshot[] {
    return this.store.get('talks')[key] ?? [];
  }
}
