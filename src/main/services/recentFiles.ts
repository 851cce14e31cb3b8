import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { MAX_RECENT_FILES, type RecentFile, type Settings } from '../../shared/settings';
import { updateSetting, type KeyValueStore } from './settingsStore';

/** Keeps the list of recently opened talks, most recent first. */
export class RecentFiles {
  constructor(private readonly store: KeyValueStore<Settings>) {}

  /** Puts a talk at the top of the list and remembers it as the last opened. */
  add(path: string): void {
    updateSetting(this.store, 'recentFiles', (files) => [path, ...files.filter((item) => item !== path)].slice(0, MAX_RECENT_FILES));
    this.store.set('lastFile', path);
  }

  /** The list, with whether each file still exists. */
  list(): RecentFile[] {
    return this.store.get('recentFiles').map((path) => ({ path, name: basename(path), exists: existsSync(path) }));
  }

  /** Forgets one talk, or all of them. */
  remove(path?: string): RecentFile[] {
    updateSetting(this.store, 'recentFiles', (files) => (path === undefined ? [] : files.filter((item) => item !== path)));
    return this.list();
  }
}
