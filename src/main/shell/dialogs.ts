import { app, dialog, shell, type BrowserWindow, type MessageBoxOptions, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import type { ReportFormat } from '../../shared/api';
import type { Settings } from '../../shared/settings';
import type { ConfirmCapability } from '../services/capabilities';
import type { KeyValueStore } from '../services/keyValueStore';
import { asked, capabilityQuestion, linkQuestion } from './confirmations';
import { menuLanguage } from './menuLanguage';
import { TALK_EXTENSIONS } from '../services/talkFiles';
import { RECORDING_EXTENSIONS } from '../../shared/recordingFile';
import { printReportToPdf } from './printPdf';

/** The system dialogs the app shows, attached to the window when there is one, and printing to PDF. */
export interface Dialogs {
  /** Asks for a talk to open; its path, or null when cancelled. */
  pickTalkFile: () => Promise<string | null>;
  /** Asks where to save the rehearsal CSV; the path, or null when cancelled. */
  pickSavePath: (suggestedName: string) => Promise<string | null>;
  /** Asks where to save a report (HTML, Markdown or PDF); the path, or null when cancelled. */
  pickReportPath: (suggestedName: string, format: ReportFormat) => Promise<string | null>;
  /** Asks for a recording to analyse; its path, or null when cancelled. */
  pickRecordingFile: () => Promise<string | null>;
  /** Prints a report's HTML to PDF with Chromium's own printing (printPdf.ts). */
  printToPdf: (html: string) => Promise<Uint8Array>;
  /** Shows a file (a kept recording) in the system's file manager. */
  showInFolder: (path: string) => void;
  /** Asks the user whether to turn the microphone or keeping recordings on (the page cannot say yes). */
  confirmCapability: ConfirmCapability;
  /** Asks the user whether to open an address that is not on the allow-list, naming it. */
  confirmLink: (url: string) => Promise<boolean>;
}

const REPORT_FILTERS: Record<ReportFormat, { name: string; extensions: string[] }> = {
  html: { name: 'HTML', extensions: ['html'] },
  md: { name: 'Markdown', extensions: ['md'] },
  pdf: { name: 'PDF', extensions: ['pdf'] },
};

/** The open dialog's options: every format Sticky reads, under one filter. */
export const OPEN_TALK_OPTIONS: OpenDialogOptions = {
  title: 'Open a talk',
  properties: ['openFile'],
  filters: [{ name: 'Talks (Markdown, Word, PowerPoint, OpenDocument)', extensions: TALK_EXTENSIONS.map((ext) => ext.slice(1)) }],
};

/** The open dialog for a recording to analyse: the audio formats the rehearsal screen decodes. */
export const OPEN_RECORDING_OPTIONS: OpenDialogOptions = {
  title: 'Analyse a recording',
  properties: ['openFile'],
  filters: [
    { name: 'Recordings (WAV, MP3, M4A/AAC, Ogg, Opus, FLAC)', extensions: RECORDING_EXTENSIONS },
    { name: 'All files', extensions: ['*'] },
  ],
};

/** The rehearsal export's save dialog options. */
export const saveRunsOptions = (suggestedName: string): SaveDialogOptions => ({
  title: 'Export rehearsals',
  defaultPath: suggestedName,
  filters: [{ name: 'CSV', extensions: ['csv'] }],
});

/** Dialogs over the window that `window()` returns at the time they open; questions in the menu's language. */
export function createDialogs(window: () => BrowserWindow | undefined, settings: KeyValueStore<Settings>): Dialogs {
  const lang = () => menuLanguage(settings.get('uiLanguage'), app.getLocale());
  const show = (options: MessageBoxOptions) => {
    const owner = window();
    return owner ? dialog.showMessageBox(owner, options) : dialog.showMessageBox(options);
  };
  return {
    confirmCapability: (capability) => asked(show, capabilityQuestion(capability, lang())),
    confirmLink: (url) => asked(show, linkQuestion(url, lang())),
    printToPdf: (html) => printReportToPdf(html),
    showInFolder: (path) => shell.showItemInFolder(path),
    pickTalkFile: async () => {
      const owner = window();
      const result = owner ? await dialog.showOpenDialog(owner, OPEN_TALK_OPTIONS) : await dialog.showOpenDialog(OPEN_TALK_OPTIONS);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    pickRecordingFile: async () => {
      const owner = window();
      const result = owner
        ? await dialog.showOpenDialog(owner, OPEN_RECORDING_OPTIONS)
        : await dialog.showOpenDialog(OPEN_RECORDING_OPTIONS);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    pickSavePath: async (suggestedName) => {
      const owner = window();
      const options = saveRunsOptions(suggestedName);
      const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
      return result.canceled ? null : (result.filePath ?? null);
    },
    pickReportPath: async (suggestedName, format) => {
      const owner = window();
      const options: SaveDialogOptions = { title: 'Export report', defaultPath: suggestedName, filters: [REPORT_FILTERS[format]] };
      const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
      return result.canceled ? null : (result.filePath ?? null);
    },
  };
}
