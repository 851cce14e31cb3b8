import type { TalkAnalysis } from '../../shared/analysis';
import type { ScoreSnapshot } from '../../shared/history';
import { VARIANTS } from '../../shared/talk';
import { isNumberIn, isRecord } from './checks';
import { withStoreLock } from './fileLock';
import type { KeyValueStore } from './settingsStore';
import { openStore, tolerantDeserialize, type Cleaned, type OpenedStore } from './tolerantStore';

/** What the history file holds: snapshots per talk key. */
export interface HistoryData {
  talks: Record<string, ScoreSnapshot[]>;
}

// Fifty saves cover an evening of editing; older points add nothing to a trend line.
export const MAX_SNAPSHOTS = 50;
// Twenty talks: a coach's active clients. The least recently scored talk is forgotten first.
export const MAX_TALKS = 20;

const isNumber = isNumberIn();
const isSnapshot = (value: unknown): value is ScoreSnapshot =>
  isRecord(value) &&
  isNumber(value['at']) &&
  VARIANTS.every((variant) => {
    const scored = isRecord(value['variants']) ? value['variants'][variant] : undefined;
    return isRecord(scored) && isNumber(scored['score']) && isRecord(scored['scores']) && Object.values(scored['scores']).every(isNumber);
  });

/** The history file's data with every broken snapshot (or talk entry) left out alone. */
export function cleanHistory(raw: Record<string, unknown>): Cleaned<HistoryData> {
  if (!Object.hasOwn(raw, 'talks')) return { data: { ...raw, talks: {} }, dropped: [] };
  if (!isRecord(raw['talks'])) return { data: { ...raw, talks: {} }, dropped: ['talks'] };
  const dropped: string[] = [];
  const talks: Record<string, ScoreSnapshot[]> = {};
  for (const [key, list] of Object.entries(raw['talks'])) {
    if (!Array.isArray(list)) {
      dropped.push(`talks.${key}`);
      continue;
    }
    talks[key] = [];
    list.forEach((snapshot, index) => (isSnapshot(snapshot) ? talks[key]!.push(snapshot) : dropped.push(`talks.${key}[${index}]`)));
  }
  return { data: { ...raw, talks }, dropped };
}

/** Options for electron-store (app) and conf (tests); a damaged file keeps what is valid (tolerantDeserialize). */
export const HISTORY_STORE_OPTIONS = {
  configName: 'score-history',
  projectName: 'sticky',
  defaults: { talks: {} } as HistoryData,
  clearInvalidConfig: true,
  deserialize: tolerantDeserialize('score history', cleanHistory),
  schema: { talks: { type: 'object', default: {} } },
} as const;

/** Keeps each talk's scores across saves, bounded. */
export class ScoreHistory {
  constructor(private readonly store: KeyValueStore<HistoryData>) {}

  /** Adds the scores of a new version of a talk, unless they equal the last ones (under the file's lock). */
  record(key: string, analysis: TalkAnalysis, at: number): ScoreSnapshot[] {
    const variants = {} as ScoreSnapshot['variants'];
    for (const variant of VARIANTS)
      variants[variant] = { score: analysis.variants[variant].score, scores: analysis.variants[variant].scores };
    return withStoreLock(this.store, () => {
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
    });
  }

  /** A talk's snapshots, oldest first. */
  list(key: string): ScoreSnapshot[] {
    return this.store.get('talks')?.[key] ?? [];
  }
}

/** For the app's start: the score history, or one in memory with a notice when its file cannot be used; never throws. */
export function openHistory(create: () => KeyValueStore<HistoryData>): OpenedStore<HistoryData> {
  return openStore(create, { talks: {} }, 'score history');
}
