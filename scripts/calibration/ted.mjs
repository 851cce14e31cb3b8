// Reads the TED calibration folder (given on the command line, never copied): talks as Sticky
// talks, their audience-rating targets, and their passages marked by laughter and applause.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Parses a CSV file with quoted fields into rows keyed by the header. */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') endCell();
    else if (char === '\n') {
      endCell();
      rows.push(row);
      row = [];
    } else if (char !== '\r') cell += char;
  }
  if (cell || row.length) {
    endCell();
    rows.push(row);
  }
  const [header, ...body] = rows;
  return body.map((cells) => Object.fromEntries(header.map((key, index) => [key, cells[index] ?? ''])));
}

// Stage cues in the transcripts: a capitalised word or short phrase in parentheses (the audience's
// reactions, music, video), never spoken. The two reactions used as labels are named in words.
const CUE = /\(\p{Lu}[^()\n]{0,60}\)/gu;
const reaction = (word) => new RegExp(`\\(${word}\\)`, 'i');
const LAUGHTER = reaction('laughter');
const APPLAUSE = reaction('applause');
// Pseudo-sections of about 300 words, the size of a talk section (two or three minutes).
const SECTION_WORDS = 300;

/** A transcript as a Sticky talk (cues stripped, paragraphs grouped into sections) and its passages. */
export function asTalk(text) {
  const paragraphs = text
    .split(/\n\s*\n|\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  const passages = [];
  const sections = [];
  let current = [];
  let words = 0;
  for (const paragraph of paragraphs) {
    const spoken = paragraph.replace(CUE, ' ').replace(/\s+/g, ' ').trim();
    const laughter = LAUGHTER.test(paragraph);
    const applause = APPLAUSE.test(paragraph);
    if (spoken) passages.push({ text: spoken, laughter: false, applause: false });
    // A cue marks the passage it follows: on its own line, the one before; inline, its own.
    const target = passages.at(-1);
    if (target) {
      target.laughter ||= laughter;
      target.applause ||= applause;
    }
    if (!spoken) continue;
    current.push(spoken);
    words += spoken.split(/\s+/).length;
    if (words >= SECTION_WORDS) {
      sections.push(current.join('\n\n'));
      current = [];
      words = 0;
    }
  }
  if (current.length) sections.push(current.join('\n\n'));
  const talk = `---\nlang: en\n---\n${sections.map((body, index) => `## Part ${index + 1}\n\n${body}`).join('\n\n')}\n`;
  return { talk, passages };
}

const share = (row, ...names) => names.reduce((sum, name) => sum + Number(row[`share_${name}`] ?? 0), 0);
/** Each score's target, as the folder's README suggests: [score, label, target(row)]. */
export const TARGETS = [
  ['emotional', 'Beautiful+Inspiring+Courageous', (r) => share(r, 'Beautiful', 'Inspiring', 'Courageous')],
  ['unexpected', 'Jaw-dropping+Fascinating+Funny', (r) => share(r, 'Jaw-dropping', 'Fascinating', 'Funny')],
  ['stories', 'Beautiful+Courageous-Informative', (r) => share(r, 'Beautiful', 'Courageous') - share(r, 'Informative')],
  ['concrete', '-(Longwinded+Confusing)', (r) => -share(r, 'Longwinded', 'Confusing')],
  ['credible', 'Persuasive-Unconvincing', (r) => share(r, 'Persuasive') - share(r, 'Unconvincing')],
  ['simple', '-Confusing', (r) => -share(r, 'Confusing')],
  ['tooComplete', 'Longwinded', (r) => share(r, 'Longwinded')],
  ['tooBoring', 'OK-(Funny+Jaw-dropping+Fascinating)', (r) => share(r, 'OK') - share(r, 'Funny', 'Jaw-dropping', 'Fascinating')],
  ['tooConceptual', 'Confusing', (r) => share(r, 'Confusing')],
  ['tooFunctional', 'Informative-Inspiring', (r) => share(r, 'Informative') - share(r, 'Inspiring')],
  ['tooUnpersonal', 'Informative-Inspiring', (r) => share(r, 'Informative') - share(r, 'Inspiring')],
];

/** The analysable TED talks as calibration documents (sections' metrics, targets, passages); null without index.csv. */
export function tedDocuments(engine, folder, baselines = null) {
  const index = join(folder, 'index.csv');
  if (!existsSync(index)) return null;
  const rows = parseCsv(readFileSync(index, 'utf8')).filter((row) => row.analysable === '1');
  return rows.map((row) => {
    const { talk, passages } = asTalk(readFileSync(join(folder, row.transcript_file), 'utf8'));
    const { analysis } = engine.analyseTalk(talk);
    return {
      dataset: 'ted',
      id: Number(row.talk_id),
      sections: analysis.sections.map((section) => section.metrics),
      targets: Object.fromEntries(TARGETS.map(([score, , target]) => [score, target(row)])),
      passages,
      norms: baselines ? baselines(passages.map((passage) => passage.text).join(' ')) : {},
    };
  });
}
