import pc from 'picocolors';
import { parseArgs } from 'node:util';
import type { TalkFormat } from '../shared/outline';
import type { Variant } from '../shared/talk';
import { formatOutlineText } from './cli/outlineText';
import { formatScoreReport, type ReportStyle } from './cli/scoreReport';
import { analyseTalk, SignalCache } from './engine/analyse';
import { outlineJson } from './engine/outline';
import { scoreJson } from './engine/scoreJson';
import { parseTalk } from './engine/talk/parseTalk';
import { planTalk } from './engine/timing/plan';
import { readTalkFile, type TalkFile } from './services/talkFiles';
import { asUserError } from './services/userError';
import { withoutControls } from './cli/safeText';
import { EXIT } from './cli/exitCodes';
import { argsMessage } from './cli/draftCommand';
import { COMPARE_USAGE, runCompare } from './cli/compareCommand';
import { REPORT_USAGE, runReport } from './cli/reportCommand';
import { NOTES_USAGE, runNotes } from './cli/notesCommand';
import { runVoice, VOICE_USAGE } from './cli/voiceCommand';
import { readNotesBeside } from './services/notes/readSidecar';
import { sidecarProblemMessage } from './services/notes/sidecarMessages';

/** The format a talk was read from: an Office file's, or Markdown. */
const formatOf = (file: TalkFile): TalkFormat => file.source?.format ?? 'markdown';

const HELP = `sticky: coach a customer-experience talk written in Markdown, Word, PowerPoint or OpenDocument

Usage:
  sticky outline FILE... [--json]
      sections, variants (10/30/60 min) and the timing plan
  sticky score FILE... [--format text|md|json] [--json] [--variant 10|30|60] [--fail-under N]
      SUCCESs scores and blind spots per section, the CX Story per variant, in the talk's language
${COMPARE_USAGE}
${REPORT_USAGE}
${NOTES_USAGE}
${VOICE_USAGE}

Options:
  --json            same as --format json: one JSON object per file, one per line (NDJSON)
  --format FORMAT   text (default), md (Markdown) or json
  --variant V       score only the sections of the 10-, 30- or 60-minute version
  --fail-under N    exit 3 when a talk scores below N (0-100), for batch checks of drafts
  -h, --help        show this help
  -v, --version     show the version

Exit codes: 0 success, 1 a file could not be read, 2 bad usage, 3 a talk scored below --fail-under,
4 an internal error in Sticky (please report it, with the talk if you can share it).
Files: .md, .markdown or .txt up to 5 MB; Word .docx, OpenDocument .odt, PowerPoint .pptx and
OpenDocument .odp up to 25 MB (presentations up to 100 MB, their pictures unread).
Findings say where they are in the file ("Heading 'Where we are now', paragraph 3",
"slide 7, notes, paragraph 2", "slide 3, notes, line 2").`;

export { EXIT };

interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Where progress goes, when the error stream is a terminal. */
  progress?: (text: string) => void;
}

class UsageError extends Error {}

function options(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        format: { type: 'string' },
        variant: { type: 'string' },
        'fail-under': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw new UsageError(argsMessage(error));
  }
}

const colourStyle = (colour: boolean): ReportStyle => {
  const c = pc.createColors(colour);
  return {
    markdown: false,
    bold: c.bold,
    dim: c.dim,
    warn: c.yellow,
    score: (value) => (value >= 60 ? c.green : value >= 35 ? c.yellow : c.red)(String(value).padStart(3)),
  };
};
const markdownStyle: ReportStyle = {
  markdown: true,
  bold: (text) => `**${text}**`,
  dim: (text) => text,
  warn: (text) => text,
  score: (value) => String(value),
};

/** Runs the `sticky` command with the given arguments; resolves to the exit code. */
export async function runCli(argv: string[], io: Io, version: string, colour = pc.isColorSupported): Promise<number> {
  // The coach's commands have options of their own (--out, --runs).
  if (argv[0] === 'compare' || argv[0] === 'diff') return runCompare(argv.slice(1), io);
  if (argv[0] === 'report') return runReport(argv.slice(1), io);
  if (argv[0] === 'notes') return runNotes(argv.slice(1), io);
  if (argv[0] === 'voice') return runVoice(argv.slice(1), io);
  let parsed;
  try {
    parsed = options(argv);
  } catch (error) {
    io.err(`sticky: ${withoutControls((error as Error).message)}\nRun \`sticky --help\` for usage.`);
    return EXIT.usage;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(HELP);
    return EXIT.ok;
  }
  if (values.version) {
    io.out(version);
    return EXIT.ok;
  }
  const [command, ...files] = positionals;
  const usage = (message: string): number => {
    io.err(`sticky: ${withoutControls(message)}\nRun \`sticky --help\` for usage.`);
    return EXIT.usage;
  };
  if (command !== 'outline' && command !== 'score')
    return command
      ? usage(`unknown command "${command}". Commands: outline, score, compare, report, notes, voice.`)
      : (io.err(HELP), EXIT.usage);
  if (files.length === 0) return usage(`name at least one talk file, e.g. \`sticky ${command} talk.md\`.`);
  const format = values.json ? 'json' : (values.format ?? 'text');
  if (!['text', 'md', 'json'].includes(format)) return usage(`--format must be text, md or json, not "${format}".`);
  if (command === 'outline' && format === 'md') return usage('outline prints text or JSON; use --json for JSON.');
  const variant = values.variant === undefined ? null : Number(values.variant);
  if (variant !== null && ![10, 30, 60].includes(variant)) return usage(`--variant must be 10, 30 or 60, not "${values.variant}".`);
  const failUnder = values['fail-under'] === undefined ? null : Number(values['fail-under']);
  if (failUnder !== null && !(Number.isFinite(failUnder) && failUnder >= 0 && failUnder <= 100))
    return usage('--fail-under takes a score from 0 to 100.');
  if (command === 'outline' && (variant !== null || failUnder !== null))
    return usage('--variant and --fail-under belong to `sticky score`.');

  let code: number = EXIT.ok;
  const cache = new SignalCache();
  for (const [index, file] of files.entries()) {
    if (files.length > 1) io.progress?.(`\rsticky: ${index + 1}/${files.length} ${file}`.slice(0, 120).padEnd(120));
    try {
      const talkFile = await readTalkFile(file);
      if (talkFile.encodingNote) io.err(`sticky: ${withoutControls(file)}: ${talkFile.encodingNote}`);
      // The path as the user gave it (README): an absolute one stays absolute.
      const shownPath = file;
      if (command === 'outline') {
        const talk = parseTalk(talkFile.text, { fileName: talkFile.name });
        const outline = outlineJson(shownPath, talk, planTalk(talk), formatOf(talkFile));
        io.out(format === 'json' ? JSON.stringify(outline) : `${index > 0 ? '\n' : ''}${formatOutlineText(withoutControls(outline))}`);
        continue;
      }
      // The coach's dismissals in the sidecar beside the talk count here as in the app.
      const notes = await readNotesBeside(file);
      if (notes.problem) io.err(`sticky: ${withoutControls(sidecarProblemMessage(notes.problem, 'en'))}`);
      const analysed = analyseTalk(talkFile.text, { fileName: talkFile.name, cache, dismissed: notes.sidecar?.dismissals ?? [] });
      const json = scoreJson(shownPath, analysed, variant as Variant | null, formatOf(talkFile));
      if (format === 'json') io.out(JSON.stringify(json));
      else
        io.out(
          `${index > 0 ? '\n' : ''}${formatScoreReport(withoutControls(json), format === 'md' ? markdownStyle : colourStyle(colour))}`,
        );
      const score = variant ? json.variants[`${variant as Variant}`].score : json.talk.score;
      if (failUnder !== null && score < failUnder) {
        // On stderr, so --json output stays one document per talk: which talk failed, and by how much.
        io.err(`sticky: ${withoutControls(file)}: scored ${score}/100, below --fail-under ${failUnder}.`);
        if (code === EXIT.ok) code = EXIT.belowThreshold;
      }
    } catch (error) {
      const plain = asUserError(error);
      if (plain) {
        io.err(`sticky: ${withoutControls(file)}: ${withoutControls(plain.message)}`);
        if (code !== EXIT.internal) code = EXIT.unreadable;
      } else {
        // Not the file's fault: a defect in Sticky. Say so, with what to report.
        const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
        io.err(
          `sticky: ${withoutControls(file)}: internal error in Sticky, please report it (with the talk if you can share it):\n${withoutControls(detail)}`,
        );
        code = EXIT.internal;
      }
    }
  }
  if (files.length > 1) io.progress?.(`\r${' '.repeat(120)}\r`);
  return code;
}

declare const __STICKY_VERSION__: string | undefined;

/** Entry point of the `sticky` command: runs with process arguments and sets the exit code. */
export async function main(argv: string[] = process.argv.slice(2)): Promise<void> {
  const version = typeof __STICKY_VERSION__ === 'string' ? __STICKY_VERSION__ : 'dev';
  const io: Io = {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
    ...(process.stderr.isTTY ? { progress: (text: string) => process.stderr.write(text) } : {}),
  };
  // `sticky score *.md | head` closes the pipe early: stop quietly, as Unix tools do.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  process.exitCode = await runCli(argv, io, version);
}

if (require.main === module) void main();
