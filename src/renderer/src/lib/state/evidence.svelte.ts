import type { AnalysisView, SectionEvidence } from '../../../../shared/analysis';
import { api } from '../api';

/**
 * The findings and spoken text of the section the coaching view shows, fetched when a section is
 * opened (updates carry only scores). Kept per analysis, so stepping back to a section is instant;
 * a section's previous evidence stays on screen until its re-scored evidence arrives.
 */
export class Evidence {
  #shown = $state.raw<SectionEvidence | null>(null);
  #wanted: { analysis: AnalysisView; id: string } | null = null;
  #fetched = new WeakMap<AnalysisView, Map<string, SectionEvidence>>();

  /** The shown section's evidence, or null while it is on its way. */
  get current(): SectionEvidence | null {
    return this.#shown;
  }

  /** Shows the evidence of section `id` as scored in `analysis`. */
  async show(analysis: AnalysisView, id: string): Promise<void> {
    this.#wanted = { analysis, id };
    const known = this.#fetched.get(analysis)?.get(id);
    if (known) {
      this.#shown = known;
      return;
    }
    if (this.#shown?.id !== id) this.#shown = null;
    let evidence: SectionEvidence | null;
    try {
      evidence = await api().sectionEvidence(id);
    } catch {
      evidence = null; // the section went away meanwhile: its scores still show, without highlights
    }
    if (this.#wanted?.analysis !== analysis || this.#wanted.id !== id || !evidence) return;
    let forAnalysis = this.#fetched.get(analysis);
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a cache read by show(), never rendered
    if (!forAnalysis) this.#fetched.set(analysis, (forAnalysis = new Map()));
    forAnalysis.set(id, evidence);
    this.#shown = evidence;
  }
}
