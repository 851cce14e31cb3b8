import type { App, BrowserWindow } from 'electron';
import { talkArgument } from '../services/launch';

// Relative talk paths are relative to where `npm start` was typed (npm sets INIT_CWD).
const typedIn = (): string => process.env['INIT_CWD'] ?? process.cwd();

/**
 * Talks the system asks Sticky to open: on its command line, by a second launch, or by the
 * system's "open with" (macOS sends `open-file`, possibly before the app is ready).
 */
export class LaunchRequests {
  #pending: string | undefined;
  #open: ((path: string) => void) | undefined;

  constructor(private readonly app: App) {
    this.#pending = talkArgument(process.argv, typedIn());
    app.on('open-file', (event, path) => {
      event.preventDefault();
      if (this.#open) this.#open(path);
      else this.#pending = path;
    });
  }

  /** The talk asked for before the app was ready, if any. */
  get pending(): string | undefined {
    return this.#pending;
  }

  /** From now on, opens each requested talk at once and brings the window forward on a second launch. */
  serve(open: (path: string) => void, window: () => BrowserWindow | undefined): void {
    this.#open = open;
    this.app.on('second-instance', (_event, argv) => {
      const path = talkArgument(argv, typedIn());
      if (path) open(path);
      const shown = window();
      if (shown?.isMinimized()) shown.restore();
      shown?.focus();
    });
  }
}
