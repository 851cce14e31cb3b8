import type { RehearsalRun } from '../../shared/rehearsal';
import { withStoreLock } from './fileLock';
import { cleanRuns, isStoredRun } from './runCheck';
import type { KeyValueStore } from './settingsStore';
import { openStore, tolerantDeserialize, type OpenedStore } from './tolerantStore';
import { UserError } from './userError';

export { runsToCsv } from './runsCsv';

/** What the rehearsal store file holds. */
export interface RehearsalData {
  runs: RehearsalRun[];
}

// A speaker rehearsing a talk five times a week for a year is ~250 runs; 1,000 keeps several
// talks' history while the file stays well under a megabyte.
export const MAX_RUNS = 1000;

/**
 * Options for electron-store (app) and conf (tests): a separate file from the settings, read so
 * that one broken run is left out alone and an unreadable file is kept aside (tolerantDeserialize).
 */
export const REHEARSAL_STORE_OPTIONS = {
  configName: 'rehearsals',
  projectName: 'sticky',
  defaults: { runs: [] } as RehearsalData,
  clearInvalidConfig: true,
  deserialize: tolerantDeserialize('rehearsal history', cleanRuns),
  schema: { runs: { type: 'array', items: { type: 'object' }, default: [] } },
} as const;

/**
 * Keeps every rehearsal run, saved as it happens so a crash loses nothing. Each change re-reads
 * the file under its lock (fileLock.ts), so two processes saving at once both keep their runs.
 */
export class RehearsalStore {
  constructor(private readonly store: KeyValueStore<RehearsalData>) {}

  /** Changes the runs as one step: read, change and write under the file's lock. */
  private change<T>(update: (runs: RehearsalRun[]) => { runs?: RehearsalRun[]; result: T }): T {
    return withStoreLock(this.store, () => {
      const { runs, result } = update(this.runs());
      if (runs) this.store.set('runs', runs);
      return result;
    });
  }

  private runs(): RehearsalRun[] {
    return this.store.get('runs') ?? []; // conf reads a file deleted meanwhile as empty
  }

  /** Saves (or updates) a run; called at every section change. Refuses a run that is not whole or has no valid start date. */
  save(run: RehearsalRun): RehearsalRun {
    if (!isStoredRun(run)) throw new UserError('bad-request', 'That is not a whole rehearsal run with a valid start date.');
    return this.change((runs) => ({ runs: [...runs.filter((existing) => existing.id !== run.id), run].slice(-MAX_RUNS), result: run }));
  }

  /** The runs of one talk (all talks when no key), oldest first. */
  list(talkKey?: string): RehearsalRun[] {
    return this.runs().filter((run) => talkKey === undefined || run.plan.talkKey === talkKey);
  }

  /** At start-up: a run still marked running was cut off by a crash or a quit; it is kept as incomplete. */
  recover(): number {
    return this.change((runs) => {
      const cut = runs.filter((run) => run.status === 'running').length;
      if (cut === 0) return { result: 0 };
      return { runs: runs.map((run) => (run.status === 'running' ? { ...run, status: 'incomplete' as const } : run)), result: cut };
    });
  }

  /** Deletes one run. */
  remove(id: string): RehearsalRun[] {
    return this.change((runs) => {
      const kept = runs.filter((run) => run.id !== id);
      return { runs: kept, result: kept };
    });
  }
}

/** For the app's start: the rehearsal store, or one in memory with a notice when its file cannot be used; never throws. */
export function openRehearsals(create: () => KeyValueStore<RehearsalData>): OpenedStore<RehearsalData> {
  return openStore(create, { runs: [] }, 'rehearsal history');
}
