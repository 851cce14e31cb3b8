import pc from 'picocolors';
import type { Variant } from '../../shared/talk';
import { analyseTalk, SignalCache } from '../engine/analyse';
import { scoreJson, scoreJsonParts, type ScoreJsonParts } from '../engine/scoreJson';
import { readNotesBeside } from '../services/notes/readSidecar';
import { sidecarProblemMessage } from '../services/notes/sidecarMessages';
import { EXIT } from './exitCodes';
import { withoutControls } from './safeText';
import { formatScoreReport, type ReportStyle } from './scoreReport';
import { forEachTalk, formatOf, type Io } from './talkLoop';

/** What `sticky score` was asked for. */
export interface ScoreOptions {
  format: 'text' | 'md' | 'json';
  variant: Variant | null;
  failUnder: number | null;
  /** Colour in the text report; the terminal's own support when not said. */
  colour?: boolean;
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

// Stands for the sections while the rest of the JSON is written: a string JSON.stringify escapes
// (NUL), so no text of a talk can ever produce it.
const SECTIONS_MARK = '\u0000sections\u0000';

/** Writes one talk's score JSON as one line, a section at a time, so a long talk's JSON never sits in memory whole. */
function writeScoreJson(parts: ScoreJsonParts, write: (text: string) => void): void {
  const [head, tail] = JSON.stringify({ ...parts.shell, sections: SECTIONS_MARK }).split(JSON.stringify(SECTIONS_MARK)) as [string, string];
  write(`${head}[`);
  let first = true;
  for (const section of parts.sections()) {
    write(`${first ? '' : ','}${JSON.stringify(section)}`);
    first = false;
  }
  write(`]${tail}\n`);
}

/** `sticky score FILE...`: scores, blind spots and the CX Story per talk, with the coach's dismissals applied. */
export function runScore(files: string[], options: ScoreOptions, io: Io): Promise<number> {
  const { format, variant, failUnder } = options;
  // Drafts of one talk share most sections: with several files, each section is scored once. One
  // file gains nothing, and a long talk's cache would only hold memory.
  const cache = files.length > 1 ? new SignalCache() : undefined;
  return forEachTalk(files, io, async (file, talkFile, index) => {
    // The coach's dismissals in the sidecar beside the talk count here as in the app.
    const notes = await readNotesBeside(file);
    if (notes.problem) io.err(`sticky: ${withoutControls(sidecarProblemMessage(notes.problem, 'en'))}`);
    const analysed = analyseTalk(talkFile.text, { fileName: talkFile.name, cache, dismissed: notes.sidecar?.dismissals ?? [] });
    // The path as the user gave it (README): an absolute one stays absolute.
    let score: number;
    if (format === 'json') {
      const parts = scoreJsonParts(file, analysed, variant, formatOf(talkFile));
      if (io.write) writeScoreJson(parts, io.write);
      else io.out(JSON.stringify({ ...parts.shell, sections: [...parts.sections()] }));
      score = variant ? parts.shell.variants[`${variant}`].score : parts.shell.talk.score;
    } else {
      const json = scoreJson(file, analysed, variant, formatOf(talkFile));
      io.out(
        `${index > 0 ? '\n' : ''}${formatScoreReport(withoutControls(json), format === 'md' ? markdownStyle : colourStyle(options.colour ?? pc.isColorSupported))}`,
      );
      score = variant ? json.variants[`${variant}`].score : json.talk.score;
    }
    if (failUnder !== null && score < failUnder) {
      // On stderr, so --json output stays one document per talk: which talk failed, and by how much.
      io.err(`sticky: ${withoutControls(file)}: scored ${score}/100, below --fail-under ${failUnder}.`);
      return EXIT.belowThreshold;
    }
  });
}
