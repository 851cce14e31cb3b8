import type { SidecarProblem } from '../../../shared/notes';
import type { Lang } from '../../../shared/talk';
import { MAX_SIDECAR_BYTES, type Refusal } from '../cappedRead';
import { fsClause } from '../fsErrors';
import type { MergeEvent } from './sidecarMerge';

const PROBLEMS: Record<Lang, Record<SidecarProblem['kind'], string>> = {
  en: {
    corrupt:
      'The notes file {path} cannot be read ({detail}). Sticky left it exactly as it is and will not write to it: repair it or move it away, then open the talk again.',
    'newer-version':
      'The notes file {path} was written by a newer Sticky (format version {detail}). Sticky left it as it is and will not write to it: update Sticky to add notes.',
    unreadable: 'The notes file {path} cannot be opened ({detail}). Sticky will not write to it until it can be read.',
    'not-a-file':
      'The notes file {path} {detail}. Sticky did not read it and will not write to it: move it away, then open the talk again.',
    'read-only':
      'Notes cannot be saved beside this talk ({path}): {detail}. The notes are shown, but adding or changing them is switched off.',
  },
  nl: {
    corrupt:
      'Het notitiebestand {path} is niet leesbaar ({detail}). Sticky laat het precies zoals het is en schrijft er niet in: herstel het of zet het opzij en open de talk opnieuw.',
    'newer-version':
      'Het notitiebestand {path} is geschreven door een nieuwere Sticky (formaatversie {detail}). Sticky laat het zoals het is en schrijft er niet in: werk Sticky bij om notities toe te voegen.',
    unreadable: 'Het notitiebestand {path} kan niet worden geopend ({detail}). Sticky schrijft er niet in tot het leesbaar is.',
    'not-a-file':
      'Het notitiebestand {path} {detail}. Sticky heeft het niet gelezen en schrijft er niet in: zet het opzij en open de talk opnieuw.',
    'read-only':
      'Notities kunnen niet naast deze talk worden bewaard ({path}): {detail}. De notities worden getoond, maar toevoegen of wijzigen staat uit.',
  },
};

// What a sidecar that is not a file is instead (cappedRead.ts's Refusal), after its path.
const NOT_A_FILE: Record<Lang, Record<Refusal, string>> = {
  en: {
    folder: 'is a folder, not a file',
    pipe: 'is a named pipe, not a file (reading it could wait for ever)',
    device: 'is a device, not a file (reading it could never end)',
    socket: 'is a socket, not a file',
    'not-regular': 'is not a regular file',
    'too-large': `is larger than ${MAX_SIDECAR_BYTES / 1024 / 1024} MB, far more than any notes`,
  },
  nl: {
    folder: 'is een map, geen bestand',
    pipe: 'is een named pipe, geen bestand (lezen zou eindeloos kunnen wachten)',
    device: 'is een apparaat, geen bestand (lezen zou nooit eindigen)',
    socket: 'is een socket, geen bestand',
    'not-regular': 'is geen gewoon bestand',
    'too-large': `is groter dan ${MAX_SIDECAR_BYTES / 1024 / 1024} MB, veel meer dan notities ooit zijn`,
  },
};

const EVENTS: Record<Lang, Record<MergeEvent['kind'], string>> = {
  en: {
    'both-edited': 'A note was changed here and in the file at the same time; both texts are kept on the note.',
    'deleted-here-edited-there': 'A note you deleted was changed in the file meanwhile; it is back, marked, so nothing is lost.',
    'deleted-there-edited-here': 'A note you changed was deleted in the file meanwhile; it is kept, marked, so nothing is lost.',
  },
  nl: {
    'both-edited': 'Een notitie is hier en in het bestand tegelijk gewijzigd; beide teksten staan bij de notitie.',
    'deleted-here-edited-there':
      'Een notitie die je verwijderde, is intussen in het bestand gewijzigd; ze is terug, gemarkeerd, zodat niets verloren gaat.',
    'deleted-there-edited-here':
      'Een notitie die je wijzigde, is intussen uit het bestand verwijderd; ze blijft, gemarkeerd, zodat niets verloren gaat.',
  },
};

/** What the user reads when a sidecar cannot be used, in English or Dutch. */
export function sidecarProblemMessage(problem: SidecarProblem, lang: Lang): string {
  const detail =
    problem.kind === 'not-a-file'
      ? (NOT_A_FILE[lang][problem.detail as Refusal] ?? problem.detail)
      : problem.kind === 'unreadable' || problem.kind === 'read-only'
        ? fsClause(problem.detail, lang)
        : problem.detail;
  return PROBLEMS[lang][problem.kind].replace('{path}', problem.path).replace('{detail}', detail);
}

/** What the user reads after a merge had to decide about a note, in English or Dutch. */
export function mergeEventMessage(event: MergeEvent, lang: Lang): string {
  return EVENTS[lang][event.kind];
}
