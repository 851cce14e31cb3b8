import { basename, extname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { REPORT_FORMAT_LIST, REPORT_FORMATS, type ReportFormat } from '../../shared/api';
import type { RehearsalRun } from '../../shared/rehearsal';
import { buildReportData } from '../report/reportData';
import { renderReportHtml } from '../report/reportHtml';
import { renderReportMarkdown } from '../report/reportMarkdown';
import type { Paper } from '../report/reportStyles';
import { writeFileAtomic } from '../services/atomicWrite';
import { MAX_STORE_BYTES, readTextCapped, RefusedFile } from '../services/cappedRead';
import { fsClause, fsReason } from '../services/fsErrors';
import { cleanRuns } from '../services/runCheck';
import { UserError } from '../services/userError';
import { argsMessage, type CliIo, guarded, loadDraft, usageError } from './draftCommand';
import { EXIT } from './exitCodes';
import { printPdf } from './pdf';
import { withoutControls } from './safeText';

const FORMATS = REPORT_FORMATS;
type Format = ReportFormat;

// What --out's extension says the report is; any other extension (x.docx) is refused, never filled with HTML.
const BY_EXTENSION: Record<string, Format> = { '': 'html', '.html': 'html', '.htm': 'html', '.md': 'md', '.markdown': 'md', '.pdf': 'pdf' };

/** The report's format from --format, else from --out's extension; a message when neither names one. */
function formatOf(explicit: string | undefined, out: string | undefined): Format | string {
  if (explicit !== undefined)
    return (FORMATS as readonly string[]).includes(explicit)
      ? (explicit as Format)
      : `--format must be ${REPORT_FORMAT_LIST}, not "${explicit}".`;
  const extension = out ? extname(out).toLowerCase() : '';
  return (
    (Object.hasOwn(BY_EXTENSION, extension) ? BY_EXTENSION[extension] : undefined) ??
    `a report is written as HTML, Markdown or PDF, so --out must end in .html, .md or .pdf, not "${extension}" (or add --format).`
  );
}

/** This talk's runs from a rehearsals.json in `folder` (the app's user-data folder); broken runs are left out. */
async function runsOf(folder: string, talkPath: string): Promise<RehearsalRun[]> {
  const path = join(folder, 'rehearsals.json');
  let raw: unknown;
  try {
    raw = JSON.parse(await readTextCapped(path, MAX_STORE_BYTES));
  } catch (error) {
    // Never the parser's message: it quotes the file, which may be a link to any other file.
    const why =
      error instanceof RefusedFile
        ? error.message
        : error instanceof SyntaxError
          ? 'it is not valid JSON'
          : ((error as NodeJS.ErrnoException).code ?? 'unknown error');
    throw new UserError('unreadable', `--runs: cannot read ${path} (${why}).`);
  }
  const runs = typeof raw === 'object' && raw !== null ? cleanRuns(raw as Record<string, unknown>).data.runs : [];
  const absolute = resolve(talkPath);
  return runs.filter((run) => run.plan.talkKey === absolute || basename(run.plan.talkKey) === basename(talkPath));
}

function cannotWrite(out: string, error: NodeJS.ErrnoException): never {
  const code = error.code ?? error.message;
  const why = fsReason(error.code) ? fsClause(code, 'en') : `${code}: check that its folder exists and can be written`;
  throw new UserError('forbidden', `cannot write ${out}: ${why}.`);
}

/** `sticky report FILE`: writes the report (HTML by default) to --out, or HTML/Markdown to stdout. */
export async function runReport(argv: string[], io: CliIo, made = new Date()): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { out: { type: 'string', short: 'o' }, format: { type: 'string' }, paper: { type: 'string' }, runs: { type: 'string' } },
    });
  } catch (error) {
    return usageError(io, argsMessage(error));
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) return usageError(io, 'name one talk: `sticky report talk.md --out report.html`.');
  const format = formatOf(values.format, values.out);
  if (!(FORMATS as readonly string[]).includes(format)) return usageError(io, withoutControls(format));
  const paper = (values.paper ?? 'a4').toLowerCase();
  if (paper !== 'a4' && paper !== 'letter') return usageError(io, `--paper must be a4 or letter, not "${values.paper}".`);
  if (format === 'pdf' && !values.out) return usageError(io, 'a PDF needs a file to go to: add --out report.pdf.');
  const file = positionals[0]!;
  const out = values.out;
  if (out && resolve(file) === resolve(out)) return usageError(io, '--out names the talk itself; Sticky never writes a talk.');
  return guarded(
    io,
    () => file,
    async () => {
      const draft = await loadDraft(file, io);
      if (out && resolve(out) === resolve(draft.notes.path))
        throw new UserError('bad-request', '--out names the notes file beside the talk; choose another name.');
      const runs = values.runs === undefined ? null : await runsOf(values.runs, file);
      const data = buildReportData({
        file: draft.file,
        text: draft.text,
        analysed: draft.analysed,
        sidecar: draft.notes.sidecar,
        runs,
        made,
      });
      const page = format === 'md' ? renderReportMarkdown(data) : renderReportHtml(data, paper as Paper);
      if (format === 'pdf') await printPdf(page, resolve(out!));
      else if (out) await writeFileAtomic(out, page).catch((error: NodeJS.ErrnoException) => cannotWrite(out, error));
      // To a terminal: titles and notes are the talk's and the sidecar's text, so no escape sequences.
      else io.out(withoutControls(page));
      if (out) io.err(`sticky: wrote ${withoutControls(out)}`);
      return EXIT.ok;
    },
  );
}
