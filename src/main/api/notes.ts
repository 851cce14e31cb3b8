import { basename, resolve } from 'node:path';
import { emptySidecar, type Sidecar } from '../../shared/notes';
import type { NotesView } from '../../shared/notesView';
import { compareDrafts } from '../engine/compare/compareDrafts';
import { buildReportData } from '../report/reportData';
import { renderReportHtml } from '../report/reportHtml';
import { renderReportMarkdown } from '../report/reportMarkdown';
import { writeFileAtomic } from '../services/atomicWrite';
import { readNotesBeside } from '../services/notes/readSidecar';
import { sidecarPathFor } from '../services/notes/sidecarPath';
import { UserError } from '../services/userError';
import type { ApiServices } from './services';
import type { ApiHandlers } from './types';

/** The coach's calls: the open talk's notes, commands on them, comparing drafts, the report. */
export type NotesMethod = 'notes' | 'runNoteCommand' | 'compareWith' | 'exportReport';

/** The sidecar as the notes view holds it (notes where they were written, without their placement now). */
function sidecarOf(view: NotesView | null, talkName: string): Sidecar | null {
  if (!view) return null;
  const notes = [...view.notes, ...view.orphans].map(({ placement: _placement, ...note }) => note);
  return { ...emptySidecar(talkName), authors: view.authors, notes, dismissals: view.dismissals };
}

/** The coach's calls, given arguments that passed their schema (schemas.ts). */
export function notesApi(services: ApiServices): ApiHandlers<NotesMethod> {
  const { talks, notes } = services;
  const scored = async () => {
    const now = await talks.analysedNow();
    if (!now) throw new UserError('bad-request', 'Open a talk and wait for its scores first.');
    return now;
  };
  return {
    notes: () => notes.view(),
    runNoteCommand: (command) => notes.run(command),
    compareWith: async () => {
      const { opened, analysed } = await scored();
      const path = await services.pickTalkFile();
      if (!path) return null;
      const other = await talks.readFile(services.chosen.allow(path));
      const beside = await readNotesBeside(other.path);
      const older = await talks.analyseDraft(other.text, other.name, beside.sidecar?.dismissals ?? []);
      const own = notes.view();
      // The notes followed are the open talk's, else those beside the other draft (as `sticky compare`).
      const followed = own && own.notes.length + own.orphans.length > 0 ? sidecarOf(own, opened.name) : beside.sidecar;
      return compareDrafts(
        { file: other.name, text: other.text, analysed: older },
        { file: opened.name, text: opened.text, analysed },
        followed?.notes ?? null,
      );
    },
    exportReport: async (format) => {
      const { opened, analysed } = await scored();
      const stem = opened.name.replace(/\.[^.]+$/, '');
      const path = await services.pickReportPath(`${stem}-report.${format}`, format);
      if (!path) return null;
      // The talk and its notes are never written over, whatever name the dialog was given.
      if (opened.path && [opened.path, sidecarPathFor(opened.path)].includes(resolve(path)))
        throw new UserError('forbidden', 'Choose another name: the report never replaces the talk or its notes.');
      const data = buildReportData({
        file: basename(opened.name),
        text: opened.text,
        analysed,
        sidecar: sidecarOf(notes.view(), opened.name),
        runs: services.rehearsals.list(opened.key),
        made: new Date(),
      });
      if (format === 'md') await writeFileAtomic(path, renderReportMarkdown(data));
      else if (format === 'html') await writeFileAtomic(path, renderReportHtml(data));
      else if (services.printToPdf) await writeFileAtomic(path, await services.printToPdf(renderReportHtml(data)));
      else throw new UserError('bad-request', 'PDF export needs the Sticky app: export HTML here and print it from a browser.');
      return path;
    },
  };
}
