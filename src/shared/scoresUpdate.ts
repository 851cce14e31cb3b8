import type { AnalysisView } from './analysis';
import type { TalkScored } from './api';

/**
 * The analysis a TalkScored update describes, given the one the window had for the same talk:
 * changed sections replace theirs, the others are kept. Null when the update is partial and the
 * previous analysis lacks a section it keeps (the window must ask for the whole state).
 */
export function applyScores(previous: AnalysisView | null, update: TalkScored): AnalysisView | null {
  const changed = new Map(update.sections.map((section) => [section.id, section]));
  const kept = update.complete ? new Map() : new Map(previous?.sections.map((section) => [section.id, section]));
  const sections = [];
  for (const id of update.sectionIds) {
    const section = changed.get(id) ?? kept.get(id);
    if (!section) return null;
    sections.push(section);
  }
  return { sections, talk: update.talk, variants: update.variants };
}
