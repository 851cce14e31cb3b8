import type { ApiError } from '../../../../shared/errors';
import { errorMessage, localizedError } from '../api';

/** A notice shown above the talk: a failure, a file that went missing, or news from a rehearsal. */
export interface Notice {
  tone: 'error' | 'warning' | 'info';
  message: string;
}

/**
 * Where a notice comes from. Each source shows at most one notice; a new one replaces the old.
 * talk: opening, reading and watching the talk file; rehearsal: saving and exporting runs.
 */
export type NoticeSource = 'talk' | 'rehearsal';

/** The notices above the talk: one per source, shown until dismissed or replaced. */
export class Notices {
  #talk = $state.raw<Notice | null>(null);
  #rehearsal = $state.raw<Notice | null>(null);

  /** The notices to show, the rehearsal's first (as the screen has always stacked them). */
  get shown(): { source: NoticeSource; notice: Notice }[] {
    const shown: { source: NoticeSource; notice: Notice }[] = [];
    if (this.#rehearsal) shown.push({ source: 'rehearsal', notice: this.#rehearsal });
    if (this.#talk) shown.push({ source: 'talk', notice: this.#talk });
    return shown;
  }

  /** The talk file's notice, if any. */
  get talk(): Notice | null {
    return this.#talk;
  }

  /** The rehearsal's notice, if any. */
  get rehearsal(): Notice | null {
    return this.#rehearsal;
  }

  /** Shows a notice from a source, replacing that source's last one; null clears it. */
  show(source: NoticeSource, notice: Notice | null): void {
    if (source === 'talk') this.#talk = notice;
    else this.#rehearsal = notice;
  }

  /** Shows anything an API call rejected with as an error from a source. */
  showFailure(source: NoticeSource, error: unknown): void {
    this.show(source, { tone: 'error', message: errorMessage(error) });
  }

  /** Shows the main process's error about the talk file, in the interface language; null clears it. */
  showTalkError(error: ApiError | null, tone: Notice['tone'] = 'error'): void {
    this.show('talk', error ? { tone, message: localizedError(error.code, error.params) ?? error.message } : null);
  }

  /** Hides a source's notice (the user closed it). */
  dismiss(source: NoticeSource): void {
    this.show(source, null);
  }
}
