import type { Note, NoteAnchor } from '../../../shared/notes';
import type { NotePlacement } from '../../../shared/notesView';
import { createAnchor, type AnchorSection } from './createAnchor';

/** The anchor a placed note should store now, so the sidecar follows the talk; an orphan keeps its old one. */
export function followedAnchor(anchor: NoteAnchor, placement: NotePlacement, text: string, sections: readonly AnchorSection[]): NoteAnchor {
  return placement.status === 'orphaned' ? anchor : createAnchor(text, sections, placement.start, placement.end);
}

/**
 * The anchor to store back after placing a note: its place and context now, so the last placement
 * decides ties, not the first draft's offsets. It keeps the section it was written in (the window
 * says when it moved) and, when its words changed, the words it was written on, so the note still
 * says "words changed" and shows both. An orphan keeps its anchor.
 */
export function placedAnchor(anchor: NoteAnchor, placement: NotePlacement, text: string, sections: readonly AnchorSection[]): NoteAnchor {
  if (placement.status === 'orphaned') return anchor;
  const now = createAnchor(text, sections, placement.start, placement.end);
  return {
    ...now,
    sectionId: anchor.sectionId,
    sectionTitle: anchor.sectionTitle,
    exact: placement.status === 'fuzzy' ? anchor.exact : now.exact,
  };
}

const sameAnchor = (a: NoteAnchor, b: NoteAnchor): boolean =>
  a.start === b.start && a.end === b.end && a.exact === b.exact && a.prefix === b.prefix && a.suffix === b.suffix;

/** The notes whose stored anchor differs from where they were just placed, with the anchor to store (empty when none moved). */
export function anchorsToStore(
  notes: readonly Note[],
  placements: readonly NotePlacement[],
  text: string,
  sections: readonly AnchorSection[],
): Map<string, NoteAnchor> {
  const changed = new Map<string, NoteAnchor>();
  notes.forEach((note, index) => {
    const anchor = placedAnchor(note.anchor, placements[index]!, text, sections);
    if (!sameAnchor(anchor, note.anchor)) changed.set(note.id, anchor);
  });
  return changed;
}
