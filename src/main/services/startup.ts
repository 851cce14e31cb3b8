import { existsSync } from 'node:fs';
import type { SampleTalk } from '../../shared/api';
import type { Settings } from '../../shared/settings';
import { firstRunSample } from './samples';
import type { KeyValueStore } from './settingsStore';

/**
 * Which talk to open at start: a path given on the command line, else the bundled sample on the
 * very first start, else the talk that was open last time (if it still exists). Marks the first
 * start as done.
 */
export function initialTalkPath(
  settings: KeyValueStore<Settings>,
  samples: SampleTalk[],
  locale: string,
  argumentPath?: string,
): string | undefined {
  const firstRun = !settings.get('firstRunDone');
  settings.set('firstRunDone', true);
  if (argumentPath) return argumentPath;
  if (firstRun) return firstRunSample(samples, locale)?.path;
  const lastFile = settings.get('lastFile');
  return lastFile && existsSync(lastFile) ? lastFile : undefined;
}
