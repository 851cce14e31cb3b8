import { watch } from 'chokidar';
import { basename } from 'node:path';

// The same rule as talkFiles.ts's isLockFile, kept here so the watcher needs no file reader.
const isLockFile = (name: string): boolean => /^(~\$|\.~lock\.)/.test(name);

/** Stops a watch. */
export type StopWatching = () => Promise<void>;

/** Starts watching one file; calls back once per burst of changes. */
export type WatchFile = (path: string, onChange: () => void) => StopWatching;

// Editors save in bursts (write, rename, touch); 250 ms groups one save into one reload while
// still feeling instant to someone who saved and looked up.
export const SAVE_DEBOUNCE_MS = 250;

/**
 * Watches a file with chokidar, which follows editors that save by writing a new file and renaming
 * it over the old one. Calls back once per burst of events.
 */
export function watchFileWithChokidar(path: string, onChange: () => void, debounceMs = SAVE_DEBOUNCE_MS): StopWatching {
  let timer: NodeJS.Timeout | undefined;
  // Office suites put a lock file beside the document ("~$talk.docx", ".~lock.talk.odt#"); it is
  // not the talk, so its coming and going never reloads it.
  const watcher = watch(path, { ignoreInitial: true, atomic: true, ignored: (file) => isLockFile(basename(file)) });
  const schedule = (): void => {
    clearTimeout(timer);
    timer = setTimeout(onChange, debounceMs);
  };
  watcher.on('change', schedule).on('add', schedule).on('unlink', schedule);
  watcher.on('error', () => schedule());
  return async () => {
    clearTimeout(timer);
    await watcher.close();
  };
}
