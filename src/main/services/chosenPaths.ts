import { resolve } from 'node:path';
import { UserError } from './userError';

// Every drop and dialog pick of a long session: a few hundred at most. Past this the oldest are
// forgotten (they stay openable while they are in the recent list).
const MAX_REMEMBERED = 1_000;

/** The one answer to a path the user did not choose: the same whether or not it exists. */
export const NOT_CHOSEN_MESSAGE =
  'Sticky opens only talks you chose: use File > Open Talk…, drop the file on the window, or pick it from the recent talks.';

/**
 * The paths the user chose, kept in the main process: picked in the open dialog, dropped on the
 * window, named on the command line or by the system (open-file), plus whatever `alsoChosen` lists
 * at the time of asking (the recent talks, the bundled samples, the open talk that the watcher
 * follows). The page may open only these; it can never add to them itself.
 */
export class ChosenPaths {
  private readonly chosen = new Set<string>();

  constructor(private readonly alsoChosen: () => Iterable<string | null | undefined> = () => []) {}

  /** Records a path the user chose; returns it absolute. */
  allow(path: string): string {
    const absolute = resolve(path);
    this.chosen.delete(absolute);
    this.chosen.add(absolute);
    if (this.chosen.size > MAX_REMEMBERED) this.chosen.delete(this.chosen.values().next().value!);
    return absolute;
  }

  /** Whether the user chose this path (compared absolute, without touching the file system). */
  has(path: string): boolean {
    const absolute = resolve(path);
    if (this.chosen.has(absolute)) return true;
    for (const other of this.alsoChosen()) if (other && resolve(other) === absolute) return true;
    return false;
  }

  /** The path, absolute, if the user chose it; else a refusal that says nothing about the path. */
  check(path: string): string {
    if (!this.has(path)) throw new UserError('forbidden', NOT_CHOSEN_MESSAGE);
    return resolve(path);
  }
}
