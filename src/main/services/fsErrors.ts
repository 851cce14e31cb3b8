import { basename } from 'node:path';
import type { Lang } from '../../shared/talk';

/** The file-system failures a user can meet and fix, each with its own words. */
export type FsReason =
  | 'fs-no-permission'
  | 'fs-read-only'
  | 'fs-disk-full'
  | 'fs-quota'
  | 'fs-too-many-open'
  | 'fs-io'
  | 'fs-busy'
  | 'fs-name-too-long'
  | 'fs-link-loop';

const REASON_OF: Record<string, FsReason> = {
  EACCES: 'fs-no-permission',
  EPERM: 'fs-no-permission',
  EROFS: 'fs-read-only',
  ENOSPC: 'fs-disk-full',
  EDQUOT: 'fs-quota',
  EFBIG: 'fs-disk-full',
  EMFILE: 'fs-too-many-open',
  ENFILE: 'fs-too-many-open',
  EIO: 'fs-io',
  EBUSY: 'fs-busy',
  ETXTBSY: 'fs-busy',
  ENAMETOOLONG: 'fs-name-too-long',
  ELOOP: 'fs-link-loop',
};

/** Why, as a clause that follows "…:", and what to do, in English and Dutch. */
const CLAUSES: Record<Lang, Record<FsReason, string>> = {
  en: {
    'fs-no-permission': 'you do not have permission to use it there; choose another folder or ask for access',
    'fs-read-only': 'the disk or folder is read-only; copy the talk to a folder you can write to',
    'fs-disk-full': 'the disk is full; free some space, then try again',
    'fs-quota': 'your disk quota is used up; free some space, then try again',
    'fs-too-many-open': 'too many files are open; close some programs, then try again',
    'fs-io': 'the disk reported an error; check the disk, then try again',
    'fs-busy': 'another program is using it; close it there, then try again',
    'fs-name-too-long': 'its name or folder path is too long for the system; use a shorter one',
    'fs-link-loop': 'it is a symbolic link that leads back to itself; remove the link',
  },
  nl: {
    'fs-no-permission': 'u hebt geen toestemming om het daar te gebruiken; kies een andere map of vraag om toegang',
    'fs-read-only': 'de schijf of map is alleen-lezen; kopieer de talk naar een map waarin u kunt schrijven',
    'fs-disk-full': 'de schijf is vol; maak ruimte vrij en probeer het opnieuw',
    'fs-quota': 'uw schijfquotum is op; maak ruimte vrij en probeer het opnieuw',
    'fs-too-many-open': 'er zijn te veel bestanden open; sluit wat programma’s en probeer het opnieuw',
    'fs-io': 'de schijf gaf een fout; controleer de schijf en probeer het opnieuw',
    'fs-busy': 'een ander programma gebruikt het; sluit het daar en probeer het opnieuw',
    'fs-name-too-long': 'de naam of het pad is te lang voor het systeem; kies een kortere',
    'fs-link-loop': 'het is een symbolische koppeling die naar zichzelf terugleidt; verwijder de koppeling',
  },
};

/** The plain reason for a system error code (EACCES, ENOSPC, …), or null for one the user cannot act on. */
export function fsReason(code: string | undefined): FsReason | null {
  return (code && REASON_OF[code]) || null;
}

/** The clause saying why and what to do, in the language asked; the bare code for one without words. */
export function fsClause(code: string, lang: Lang): string {
  const reason = fsReason(code);
  return reason ? CLAUSES[lang][reason] : code;
}

/**
 * A system error the user can fix (no permission, read-only disk, full disk…) as a plain sentence
 * naming the file, with its reason for the window's own words; null for anything else (a defect).
 */
export function fileSystemProblem(error: unknown): { message: string; params: { name: string; reason: FsReason } } | null {
  if (!(error instanceof Error)) return null;
  const { code, path } = error as NodeJS.ErrnoException;
  const reason = fsReason(code);
  if (!reason) return null;
  // A temporary file beside the target (atomicWrite.ts) is named for it: name the target.
  const name = basename(path ?? 'the file').replace(/^\.(.+)\.\d+\.[a-z0-9]+\.sticky-tmp$/, '$1');
  return { message: `Sticky could not use "${name}": ${CLAUSES.en[reason]}.`, params: { name, reason } };
}
