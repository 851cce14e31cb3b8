// The help texts, kept apart from the commands so `sticky --help` loads none of the engine.
import { CLI_FORMATS } from '../../renderer/src/lib/voice/fileAudio/problems';

/** Usage of `sticky compare`, for the help text. */
export const COMPARE_USAGE = `  sticky compare OLD NEW [--format text|md|json] [--json]   (also: sticky diff)
      what moved between two drafts: sections added, removed, renamed, moved and changed, scores,
      CX Story elements and timing per variant, and which notes the change resolved`;

/** Usage of `sticky report`, for the help text. */
export const REPORT_USAGE = `  sticky report FILE [--out FILE] [--format html|md|pdf] [--paper a4|letter] [--runs DIR]
      the coach's report to hand back: feedback, summary, CX Story, heatmap, every section with
      its notes and dismissed findings; --runs names the folder of Sticky's rehearsals.json`;

/** Usage of `sticky notes`, for the help text. */
export const NOTES_USAGE = `  sticky notes FILE [--json]
      the coach's checklist: every note beside the talk with its status (attached, words changed,
      orphaned), section, current words, author, tag, replies and conflicts; read only`;

/** Usage of `sticky voice`, for the help text. */
export const VOICE_USAGE = `  sticky voice TALK RECORDING [--json]
      pace, pauses, vocal variety and filled pauses of a rehearsal recorded elsewhere (a phone),
      the talk's sections placed along it by their share of its words; reads ${CLI_FORMATS}`;

/** The whole help of the `sticky` command. */
export const HELP = `sticky: coach a customer-experience talk written in Markdown, Word, PowerPoint or OpenDocument

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
