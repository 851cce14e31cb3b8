import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TALK_EXTENSIONS } from './talkFiles';

/**
 * The talk named among the app's command-line arguments, if any: a path relative to `base` (where
 * `npm start -- talk.md` was typed), an absolute one, or a `file://` URL (what a Linux file manager
 * passes to an opener whose desktop entry takes `%U`). Flags and other files are skipped.
 */
export function talkArgument(argv: string[], base: string): string | undefined {
  return argv
    .slice(1)
    .filter((arg) => !arg.startsWith('-') && TALK_EXTENSIONS.some((ext) => arg.toLowerCase().endsWith(ext)))
    .map((arg) => (arg.startsWith('file://') ? fileURLToPath(arg) : resolve(base, arg)))
    .find((path) => existsSync(path));
}

/** Where the bundled sample talks are: beside the app's archive when packaged, else in the project. */
export function samplesDirectory(app: { isPackaged: boolean; resourcesPath: string; appPath: string }): string {
  return app.isPackaged ? join(app.resourcesPath, 'samples') : join(app.appPath, 'resources', 'samples');
}
