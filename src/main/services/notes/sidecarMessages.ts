import type { SidecarProblem } from '../../../shared/notes';
import type { Lang } from '../../../shared/talk';
import { MAX_SIDECAR_BYTES, type Refusal } from '../cappedRead';
import { fsClause } from '../fsErrors';
import type { MergeCounts, MergeEvent } from './sidecarMerge';

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
    'both-edited': 'A {item} was changed here and in the file at the same time; both texts are kept on the note.',
    'deleted-here-edited-there': 'A {item} you deleted was changed in the file meanwhile; it is back, marked, so nothing is lost.',
    'deleted-there-edited-here': 'A {item} you changed was deleted in the file meanwhile; it is kept, marked, so nothing is lost.',
  },
  nl: {
    'both-edited': 'Een {item} is hier en in het bestand tegelijk gewijzigd; beide teksten staan bij de notitie.',
    'deleted-here-edited-there':
      'Een {item} die je verwijderde, is intussen in het bestand gewijzigd; ze is terug, gemarkeerd, zodat niets verloren gaat.',
    'deleted-there-edited-here':
      'Een {item} die je wijzigde, is intussen uit het bestand verwijderd; ze blijft, gemarkeerd, zodat niets verloren gaat.',
  },
};

// What the clash was over: {item} in EVENTS (notitie and reactie are both "de" words, so "die" fits both).
const ITEM: Record<Lang, { note: string; reply: string }> = {
  en: { note: 'note', reply: 'reply' },
  nl: { note: 'notitie', reply: 'reactie' },
};

type Plural = [one: string, many: string];
const SUMMARY: Record<
  Lang,
  {
    intro: string;
    restored: string;
    kept: Plural;
    took: Plural;
    conflicts: Plural;
    saved: string;
    unsaved: string;
  }
> = {
  en: {
    intro: 'The notes file changed on disk and was merged:',
    restored: 'The notes file was removed on disk; Sticky wrote back what it had open:',
    kept: ['kept 1 note or reply the file lacked', 'kept {n} notes or replies the file lacked'],
    took: ['took 1 change from the file', 'took {n} changes from the file'],
    conflicts: ['1 conflict to resolve', '{n} conflicts to resolve'],
    saved: 'The file now holds all of it.',
    unsaved: 'Sticky could not write the notes file ({detail}): the merged notes stay in the app and are written with the next change.',
  },
  nl: {
    intro: 'Het notitiebestand is op schijf gewijzigd en samengevoegd:',
    restored: 'Het notitiebestand is op schijf verwijderd; Sticky heeft teruggeschreven wat het open had:',
    kept: ['1 notitie of reactie die in het bestand ontbrak, bewaard', '{n} notities of reacties die in het bestand ontbraken, bewaard'],
    took: ['1 wijziging uit het bestand overgenomen', '{n} wijzigingen uit het bestand overgenomen'],
    conflicts: ['1 conflict om op te lossen', '{n} conflicten om op te lossen'],
    saved: 'Het bestand bevat nu alles.',
    unsaved:
      'Sticky kon het notitiebestand niet schrijven ({detail}): de samengevoegde notities blijven in de app en worden bij de volgende wijziging geschreven.',
  },
};

/**
 * The one-line summary of a merge (what it kept, took and could not decide, and whether the file
 * holds it: `unsaved` is why not), or null when it did nothing worth saying.
 */
export function mergeSummaryMessage(counts: MergeCounts, restored: boolean, lang: Lang, unsaved?: string): string | null {
  const words = SUMMARY[lang];
  const count = (n: number, [one, many]: Plural): string[] => (n === 0 ? [] : [(n === 1 ? one : many).replace('{n}', String(n))]);
  const parts = [
    ...count(counts.keptHere, words.kept),
    ...count(counts.tookThere, words.took),
    ...count(counts.conflicts, words.conflicts),
  ];
  const after = unsaved === undefined ? words.saved : words.unsaved.replace('{detail}', unsaved);
  if (parts.length === 0) return unsaved === undefined ? null : after;
  return `${restored ? words.restored : words.intro} ${parts.join(', ')}. ${after}`;
}

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
  return EVENTS[lang][event.kind].replace('{item}', ITEM[lang][event.replyId === undefined ? 'note' : 'reply']);
}
