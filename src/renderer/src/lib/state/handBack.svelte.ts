import type { ReportFormat } from '../../../../shared/api';
import type { DraftComparison } from '../../../../shared/compare';
import { api } from '../api';
import { t } from '../i18n.svelte';
import type { Notices } from './notices.svelte';

/** The coach's hand-back tools: "Compare with…" another draft, and the report to export. */
export class HandBack {
  #comparison = $state.raw<DraftComparison | null>(null);
  #busy = $state(false);

  constructor(private readonly notices: Notices) {}

  /** The last comparison, shown until closed or another talk opens. */
  get comparison(): DraftComparison | null {
    return this.#comparison;
  }

  /** Whether a comparison or an export is under way. */
  get busy(): boolean {
    return this.#busy;
  }

  /** Asks for another draft and compares the open talk with it (a cancelled dialog changes nothing). */
  async compare(): Promise<void> {
    await this.working(async () => {
      const comparison = await api().compareWith();
      if (comparison) this.#comparison = comparison;
    });
  }

  /** Closes the comparison. */
  closeComparison(): void {
    this.#comparison = null;
  }

  /** Asks where to save the report and writes it; says where it went. */
  async exportReport(format: ReportFormat): Promise<void> {
    await this.working(async () => {
      const path = await api().exportReport(format);
      if (path) this.notices.show('talk', { tone: 'info', message: t('report.saved', { path }) });
    });
  }

  private async working(work: () => Promise<void>): Promise<void> {
    this.#busy = true;
    try {
      await work();
    } catch (error) {
      this.notices.showFailure('talk', error);
    } finally {
      this.#busy = false;
    }
  }
}
