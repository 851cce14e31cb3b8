import type { RehearsalRun } from '../../shared/rehearsal';
import { passes } from '../../shared/schema/check';
import { rehearsalRun, runVoice } from '../../shared/schema/rehearsal';
import { isRecord } from './checks';
import type { Cleaned } from './tolerantStore';

/** Whether a run's voice figures (optional: runs without the microphone have none) are whole. */
const isRunVoice = passes(runVoice);

/** Whether a value read back from disk is a whole rehearsal run: the run's one schema, as saveRun checks it. */
export const isStoredRun: (value: unknown) => value is RehearsalRun = passes(rehearsalRun);

/** The rehearsal file's data with every broken run left out alone; the others are kept. */
export function cleanRuns(raw: Record<string, unknown>): Cleaned<{ runs: RehearsalRun[] }> {
  if (!Object.hasOwn(raw, 'runs')) return { data: { ...raw, runs: [] }, dropped: [] };
  if (!Array.isArray(raw['runs'])) return { data: { ...raw, runs: [] }, dropped: ['runs'] };
  const dropped: string[] = [];
  const runs = raw['runs'].map((run, index) => {
    // Broken voice figures are left out alone: the run's times are kept.
    if (!isRecord(run) || run['voice'] === undefined || isRunVoice(run['voice'])) return run;
    dropped.push(`runs[${index}].voice`);
    return Object.fromEntries(Object.entries(run).filter(([key]) => key !== 'voice'));
  });
  const kept = runs.filter((run, index) => {
    if (isStoredRun(run)) return true;
    dropped.push(`runs[${index}]`);
    return false;
  });
  return { data: { ...raw, runs: kept }, dropped };
}
