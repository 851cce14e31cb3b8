import type { SidecarProblem } from '../../../shared/notes';
import type { Lang } from '../../../shared/talk';
import type { MergeEvent } from './sidecarMerge';

const PROBLEMS: Record<Lang, Record<SidecarProblem['kind'], string>> = {
  en: {
    corrupt:
      'The notes file {path} cannot be read ({detail}). Sticky left it exactly as it is and will not write to it: repair it or move it away, then open the talk again.',
    'newer-version':
      'The notes file {path} was written by a newer Sticky (format version {detail}). Sticky left it as it is and will not write to it: update Sticky to add notes.',
    unreadable: 'The notes file {path} cannot be opened ({detail}). Sticky will not write to it until it can be read.',
  },
  nl: {
    corrupt:
      'Het notitiebestand {path} is niet leesbaar ({detail}). Sticky laat het precies zoals het is en schrijft er niet in: herstel het of zet het opzij en open de talk opnieuw.',
    'newer-version':
      'Het notitiebestand {path} is geschreven door een nieuwere Sticky (formaatversie {detail}). Sticky laat het zoals het is en schrijft er niet in: werk Sticky bij om notities toe te voegen.',
    unreadable: 'Het notitiebestand {path} kan niet worden geopend ({detail}). Sticky schrijft er niet in tot het leesbaar is.',
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
  return PROBLEMS[lang][problem.kind].replace('{path}', problem.path).replace('{detail}', problem.detail);
}

/** What the user reads after a merge had to decide about a note, in English or Dutch. */
export function mergeEventMessage(event: MergeEvent, lang: Lang): string {
  return EVENTS[lang][event.kind];
}
