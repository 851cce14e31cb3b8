import type { RehearsalRun } from '../../shared/rehearsal';
import type { KeyValueStore } from './settingsStore';

/** What the rehearsal store file holds. */
export interface RehearsalData {
  runs: RehearsalRun[];
}

// A speaker rehearsing a talk five times a week for a year is ~250 runs; 1,000 keeps several
// talks' history while the file stays well under a megabyte.
export const MAX_RUNS = 1000;

/** Options for electron-store (app) and conf (tests): a separate file from the settings. */
export const REHEARSAL_STORE_OPTIONS = {
  configName: 'rehearsals',
  projectName: 'sticky',
  defaults: { runs: [] } as RehearsalData,
  clearInvalidConfig: true,
  schema: { runs: { type: 'array', items: { type: 'object' }, default: [] } },
} as const;

/** Keeps every rehearsal run, saved as it happens so a crash loses nothing. */
export class RehearsalStore {
  constructor(private readonly store: KeyValueStore<RehearsalData>) {}

  /** Saves (or updates) a run; called at every section change. */
  save(run: RehearsalRun): RehearsalRun {
    const runs = this.store.get('runs').filter((existing) => existing.id !== run.id);
    runs.push(run);
    this.store.set('runs', runs.slice(-MAX_RUNS));
    return run;
  }

  /** The runs of one talk (all talks when no key), oldest first. */
  list(talkKey?: string): RehearsalRun[] {
    return this.store.get('runs').filter((run) => talkKey === undefined || run.plan.talkKey === talkKey);
  }

  /** At start-up: a run still marked running was cut off by a crash or a quit; it is kept as incomplete. */
  recover(): number {
    const runs = this.store.get('runs');
    const cut = runs.filter((run) => run.status === 'running').length;
    if (cut > 0)
      this.store.set(
        'runs',
        runs.map((run) => (run.status === 'running' ? { ...run, status: 'incomplete' as const } : run)),
      );
    return cut;
  }

  /** Deletes one run. */
  remove(id: string): RehearsalRun[] {
    this.store.set(
      'runs',
      this.store.get('runs').filter((run) => run.id !== id),
    );
    return this.store.get('runs');
  }
}

const csvCell = (value: string | number): string => {
  const text = String(value);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** The runs as CSV: one line per section of each run, seconds rounded to tenths. */
export function runsToCsv(runs: RehearsalRun[]): string {
  const header = [
    'run',
    'started',
    'talk',
    'variant',
    'target_s',
    'status',
    'run_total_s',
    'section',
    'title',
    'budget_s',
    'actual_s',
    'delta_s',
    'words',
    'wpm',
  ];
  const lines = [header.join(',')];
  const tenths = (seconds: number): number => Math.round(seconds * 10) / 10;
  for (const run of runs) {
    for (const section of run.sections) {
      const wpm = !section.fixed && section.actual >= 10 ? Math.round(section.words / (section.actual / 60)) : '';
      lines.push(
        [
          run.id,
          new Date(run.startedAt).toISOString(),
          run.plan.talkTitle,
          run.plan.variant,
          run.plan.target,
          run.status,
          tenths(run.total),
          section.id,
          section.title,
          tenths(section.budget),
          tenths(section.actual),
          tenths(section.actual - section.budget),
          section.words,
          wpm,
        ]
          .map(csvCell)
          .join(','),
      );
    }
  }
  return `${lines.join('\n')}\n`;
}
