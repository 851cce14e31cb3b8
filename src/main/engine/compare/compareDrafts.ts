import { BLIND_SPOTS, ELEMENTS, PRINCIPLES, type BlindSpotId, type PrincipleId, type SectionAnalysis } from '../../../shared/analysis';
import type { DraftComparison, NoteOutcome, SectionChange, VariantChange } from '../../../shared/compare';
import type { Note } from '../../../shared/notes';
import { VARIANTS } from '../../../shared/talk';
import type { AnalysedTalk } from '../analyse';
import { anchorSections } from '../anchors/createAnchor';
import { resolveAnchors } from '../anchors/resolveAnchor';
import { matchSections } from './matchSections';

/** One draft to compare: its file name as shown, its text and its analysis. */
export interface Draft {
  file: string;
  text: string;
  analysed: AnalysedTalk;
}

type Side = { section: SectionAnalysis; title: string } | null;

function sectionChange(before: Side, after: Side, status: SectionChange['status'], renamed: boolean, moved: boolean): SectionChange {
  const scores = {} as SectionChange['scores'];
  for (const principle of PRINCIPLES)
    scores[principle] = { before: before?.section.scores[principle] ?? null, after: after?.section.scores[principle] ?? null };
  const risks = {} as SectionChange['risks'];
  for (const spot of BLIND_SPOTS)
    risks[spot] = {
      before: before?.section.blindSpots[spot].risk ?? null,
      after: after?.section.blindSpots[spot].risk ?? null,
      flaggedBefore: before?.section.blindSpots[spot].flagged ?? false,
      flaggedAfter: after?.section.blindSpots[spot].flagged ?? false,
    };
  return {
    status,
    renamed,
    moved,
    oldId: before?.section.id ?? null,
    newId: after?.section.id ?? null,
    oldTitle: before?.title ?? null,
    newTitle: after?.title ?? null,
    words: { before: before?.section.metrics['words'] ?? null, after: after?.section.metrics['words'] ?? null },
    scores,
    risks,
  };
}

function sectionChanges(oldDraft: Draft, newDraft: Draft): SectionChange[] {
  const side = (draft: Draft) =>
    draft.analysed.analysis.sections.map((section, index) => ({
      section,
      title: draft.analysed.talk.sections[index]?.title ?? section.id,
    }));
  const [olds, news] = [side(oldDraft), side(newDraft)];
  const matching = matchSections(
    olds.map(({ section, title }) => ({ id: section.id, title, spoken: section.spoken })),
    news.map(({ section, title }) => ({ id: section.id, title, spoken: section.spoken })),
  );
  const byNew: { at: number; change: SectionChange }[] = matching.pairs.map((pair, index) => {
    const [before, after] = [olds[pair.old]!, news[pair.new]!];
    const same = before.section.spoken.trim() === after.section.spoken.trim();
    const renamed = pair.how === 'similar' || before.title !== after.title;
    return { at: pair.new, change: sectionChange(before, after, same ? 'unchanged' : 'changed', renamed, matching.moved.has(index)) };
  });
  for (const index of matching.added) byNew.push({ at: index, change: sectionChange(null, news[index]!, 'added', false, false) });
  // A removed section is listed where it used to be: after the new section that followed its predecessor.
  for (const index of matching.removed) {
    const previous = matching.pairs.filter((pair) => pair.old < index).at(-1);
    byNew.push({ at: (previous?.new ?? -1) + 0.5, change: sectionChange(olds[index]!, null, 'removed', false, false) });
  }
  return byNew.sort((a, b) => a.at - b.at).map((item) => item.change);
}

const tenths = (value: number): number => Math.round(value * 10) / 10;

function variantChanges(oldDraft: Draft, newDraft: Draft): VariantChange[] {
  return VARIANTS.map((variant) => {
    const [before, after] = [oldDraft.analysed, newDraft.analysed];
    const present = (draft: AnalysedTalk) => ELEMENTS.filter((element) => draft.analysis.variants[variant].elements[element].present);
    const [had, has] = [present(before), present(after)];
    return {
      variant,
      target: after.plans[variant].target,
      score: { before: before.analysis.variants[variant].score, after: after.analysis.variants[variant].score },
      minutes: { before: tenths(before.plans[variant].minutes), after: tenths(after.plans[variant].minutes) },
      fitsBefore: before.plans[variant].fits,
      fitsAfter: after.plans[variant].fits,
      elementsGained: has.filter((element) => !had.includes(element)),
      elementsLost: had.filter((element) => !has.includes(element)),
    };
  });
}

const isPrinciple = (tag: string): tag is PrincipleId => (PRINCIPLES as readonly string[]).includes(tag);
const isBlindSpot = (tag: string): tag is BlindSpotId => (BLIND_SPOTS as readonly string[]).includes(tag);

/** Whether a note's principle went up or its blind-spot risk went down in its section (matched across drafts). */
function improvement(note: Note, sections: SectionChange[]): boolean | null {
  const change = sections.find((section) => section.oldId === note.anchor.sectionId && section.newId !== null);
  if (!change) return null;
  const move = isPrinciple(note.tag) ? change.scores[note.tag] : isBlindSpot(note.tag) ? change.risks[note.tag] : null;
  if (!move || move.before === null || move.after === null) return null;
  return isPrinciple(note.tag) ? move.after > move.before : move.after < move.before;
}

function noteOutcomes(notes: readonly Note[], newDraft: Draft, sections: SectionChange[]): NoteOutcome[] {
  const anchors = anchorSections(newDraft.analysed.talk);
  const placements = resolveAnchors(
    notes.map((note) => note.anchor),
    newDraft.text,
    anchors,
  );
  return notes.map((note, index) => {
    const placement = placements[index]!;
    // A note not looked for (the placing budget ran out) is not claimed as addressed: still open.
    const unchanged = placement.status === 'exact' || placement.reason === 'too-much-work';
    const status = note.resolved ? 'resolved' : unchanged ? 'open' : 'addressed';
    return {
      noteId: note.id,
      author: note.author,
      tag: note.tag,
      text: note.text,
      quote: note.anchor.exact,
      sectionTitle: note.anchor.sectionTitle,
      status,
      improved: improvement(note, sections),
    };
  });
}

/**
 * Compares two drafts: sections added, removed, renamed, moved and changed with their score and
 * risk movements; per variant the score, the timing and the CX Story elements gained or lost; and
 * what became of the coach's notes (written on the old draft) in the new one.
 */
export function compareDrafts(oldDraft: Draft, newDraft: Draft, notes: readonly Note[] | null = null): DraftComparison {
  const summary = (draft: Draft) => ({
    file: draft.file,
    title: draft.analysed.talk.title,
    words: draft.analysed.talk.words,
    score: draft.analysed.analysis.talk.score,
  });
  const scores = {} as DraftComparison['scores'];
  for (const principle of PRINCIPLES)
    scores[principle] = {
      before: oldDraft.analysed.analysis.talk.scores[principle],
      after: newDraft.analysed.analysis.talk.scores[principle],
    };
  const sections = sectionChanges(oldDraft, newDraft);
  return {
    old: summary(oldDraft),
    new: summary(newDraft),
    lang: newDraft.analysed.talk.lang,
    scores,
    sections,
    variants: variantChanges(oldDraft, newDraft),
    notes: notes && notes.length > 0 ? noteOutcomes(notes, newDraft, sections) : null,
  };
}
