import { BLIND_SPOTS, ELEMENTS, PRINCIPLES, type SectionAnalysis } from '../../../shared/analysis';
import { isBlindSpot, isPrinciple } from '../../../shared/target';
import type { DraftComparison, NoteOutcome, SectionChange, VariantChange } from '../../../shared/compare';
import type { Note } from '../../../shared/notes';
import { VARIANTS } from '../../../shared/talk';
import type { AnalysedTalk } from '../analyse';
import { AnchorWork } from '../anchors/anchorWork';
import { anchorSections } from '../anchors/createAnchor';
import { followedAnchor, resolveAnchors } from '../anchors/resolveAnchor';
import { tenthsOfMinutes as tenths } from '../timing/plan';
import { matchSections } from './matchSections';
import { formatFree } from '../text/formatFree';

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
    olds.map(({ section, title }) => ({ id: section.id, title, spoken: section.spoken, words: section.metrics['words'] })),
    news.map(({ section, title }) => ({ id: section.id, title, spoken: section.spoken, words: section.metrics['words'] })),
  );
  const byNew: { at: number; change: SectionChange }[] = matching.pairs.map((pair, index) => {
    const [before, after] = [olds[pair.old]!, news[pair.new]!];
    // Re-wrapping, line endings and the style of quotes change no words: the section is unchanged.
    const same = formatFree(before.section.spoken) === formatFree(after.section.spoken);
    const renamed = formatFree(before.title) !== formatFree(after.title);
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

/** Whether a note's principle went up or its blind-spot risk went down in its section (as placed in OLD, matched across drafts). */
function improvement(note: Note, sectionId: string, sections: SectionChange[]): boolean | null {
  const change = sections.find((section) => section.oldId === sectionId && section.newId !== null);
  if (!change) return null;
  const move = isPrinciple(note.tag) ? change.scores[note.tag] : isBlindSpot(note.tag) ? change.risks[note.tag] : null;
  if (!move || move.before === null || move.after === null) return null;
  return isPrinciple(note.tag) ? move.after > move.before : move.after < move.before;
}

/**
 * What this step (OLD to NEW) did to each note: the note is placed in OLD first (it may have been
 * written on an earlier draft), then its words as they are in OLD are followed to NEW. Words found
 * as they were are open; changed or gone are addressed; words already gone from OLD are `gone`,
 * which this step did not do. A note not looked for (the placing budget ran out) is never claimed
 * as addressed: it stays open.
 */
function noteOutcomes(notes: readonly Note[], oldDraft: Draft, newDraft: Draft, sections: SectionChange[]): NoteOutcome[] {
  const oldSections = anchorSections(oldDraft.analysed.talk);
  // Both placings share one work budget: comparing costs no more than placing the notes once.
  const work = new AnchorWork();
  const inOld = resolveAnchors(
    notes.map((note) => note.anchor),
    oldDraft.text,
    oldSections,
    work,
  );
  const followed = notes.map((note, index) => followedAnchor(note.anchor, inOld[index]!, oldDraft.text, oldSections));
  // Only words found in OLD are followed to NEW: a note already gone from OLD is not this step's doing.
  const looked = notes.map((_, index) => index).filter((index) => inOld[index]!.status !== 'orphaned');
  const found = resolveAnchors(
    looked.map((index) => followed[index]!),
    newDraft.text,
    anchorSections(newDraft.analysed.talk),
    work,
  );
  const inNew = new Map(looked.map((index, at) => [index, found[at]!]));
  return notes.map((note, index) => {
    const [before, anchor] = [inOld[index]!, followed[index]!];
    const after = inNew.get(index) ?? before;
    const notLookedFor = before.reason === 'too-much-work' || after.reason === 'too-much-work';
    const now = after.status === 'orphaned' ? null : newDraft.text.slice(after.start, after.end);
    // Words only re-wrapped, given other line endings or other quotes are the same words.
    const unchanged = now !== null && formatFree(now) === formatFree(anchor.exact);
    const status: NoteOutcome['status'] = note.resolved
      ? 'resolved'
      : notLookedFor || unchanged
        ? 'open'
        : before.status === 'orphaned'
          ? 'gone'
          : 'addressed';
    return {
      noteId: note.id,
      author: note.author,
      tag: note.tag,
      text: note.text,
      quote: anchor.exact,
      quoteNow: unchanged ? null : now,
      sectionTitle: anchor.sectionTitle,
      status,
      improved: improvement(note, anchor.sectionId, sections),
    };
  });
}

/**
 * Compares two drafts: sections added, removed, renamed, moved and changed with their score and
 * risk movements; per variant the score, the timing and the CX Story elements gained or lost; and
 * what this step did to the coach's notes (placed in the old draft, then followed to the new).
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
    notes: notes && notes.length > 0 ? noteOutcomes(notes, oldDraft, newDraft, sections) : null,
  };
}
