// The TED calibration report of `npm run eval -- --ted <folder>`: Spearman correlations of Sticky's
// talk scores with the audience ratings each should predict, beside single word-list features, on
// five folds of the talks; and at passage level, whether passages the audience laughed or
// applauded after score higher on Unexpected and Emotional (AUC). The folder is read, never copied.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Parses a CSV file with quoted fields into rows keyed by the header. */
function parseCsv(text) {
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

const ranks = (values) => {
  const order = values.map((value, index) => [value, index]).sort((a, b) => a[0] - b[0]);
  const result = new Array(values.length);
  for (let i = 0; i < order.length;) {
    let j = i;
    while (j + 1 < order.length && order[j + 1][0] === order[i][0]) j++;
    for (let k = i; k <= j; k++) result[order[k][1]] = (i + j) / 2;
    i = j + 1;
  }
  return result;
};
function spearman(a, b) {
  const x = ranks(a);
  const y = ranks(b);
  const mean = (v) => v.reduce((s, n) => s + n, 0) / v.length;
  const mx = mean(x);
  const my = mean(y);
  let num = 0;
  let dx = 0;
  let dy = 0;
  for (let i = 0; i < x.length; i++) {
    num += (x[i] - mx) * (y[i] - my);
    dx += (x[i] - mx) ** 2;
    dy += (y[i] - my) ** 2;
  }
  return dx && dy ? num / Math.sqrt(dx * dy) : 0;
}
function auc(positives, negatives) {
  let wins = 0;
  for (const p of positives) for (const n of negatives) wins += p > n ? 1 : p === n ? 0.5 : 0;
  return wins / (positives.length * negatives.length);
}

// Audience cues in the transcripts: (Laughter), (Applause), (Music: ...), (Video) and the like.
const CUE = /\((?:Laughter|Applause|Music|Video|Audio|Cheers|Singing|Sighs|Audience[^)]*|[A-Z][a-z]+:[^)]*)\)/g;
// Pseudo-sections of about 300 words, the size of a talk section (two or three minutes).
const SECTION_WORDS = 300;

/** A transcript as a Sticky talk (cues stripped, paragraphs grouped into sections) and its passages. */
function asTalk(text) {
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
    const laughter = /\(Laughter\)/.test(paragraph);
    const applause = /\(Applause\)/.test(paragraph);
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
const TARGETS = [
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
/** Single word-list features, per 100 words, from the engine's own metrics. */
const BASELINES = {
  'feeling words': (m) => m.feeling + m.strongFeeling,
  'I/we/you': (m) => m.firstSingular + m.firstPlural + m.secondPerson,
  'number words': (m) => m.numbers + m.figures,
  'abstract nouns': (m) => -m.abstractNouns,
};
const FOLDS = 5;

/** Measures one talk: its scores, blind-spot risks, word-weighted metrics and passage scores. */
function measure(engine, text) {
  const { talk, passages } = asTalk(text);
  const { analysis } = engine.analyseTalk(talk);
  const words = analysis.sections.reduce((sum, s) => sum + s.metrics.words, 0) || 1;
  const mean = (value) => analysis.sections.reduce((sum, s) => sum + value(s) * s.metrics.words, 0) / words;
  const metrics = {};
  for (const key of Object.keys(analysis.sections[0]?.metrics ?? {})) metrics[key] = mean((s) => s.metrics[key] ?? 0);
  const values = { ...analysis.talk.scores };
  for (const spot of ['tooComplete', 'tooBoring', 'tooConceptual', 'tooFunctional', 'tooUnpersonal'])
    values[spot] = mean((s) => s.blindSpots[spot].risk);
  return { values, metrics, passages };
}

/** Prints the TED report; returns false when the folder is missing. */
export function tedReport(engine, folder) {
  const index = join(folder, 'index.csv');
  if (!existsSync(index)) {
    console.log(`\nTED calibration: no index.csv in ${folder}. Give the ted-dev folder: npm run eval -- --ted ../shared/eval/ted-dev`);
    return false;
  }
  const rows = parseCsv(readFileSync(index, 'utf8')).filter((row) => row.analysable === '1');
  const talks = rows.map((row) => ({ row, ...measure(engine, readFileSync(join(folder, row.transcript_file), 'utf8')) }));
  // Folds by talk id, so a run is repeatable; the weights are not fitted on this set, so each fold is held out.
  const folds = Array.from({ length: FOLDS }, (_, fold) => talks.filter((talk) => Number(talk.row.talk_id) % FOLDS === fold));
  const foldMean = (value, target) => folds.reduce((sum, fold) => sum + spearman(fold.map(value), fold.map(target)), 0) / FOLDS;
  console.log(`\nTED calibration: ${talks.length} analysable talks, Spearman with the audience's ratings, mean of ${FOLDS} folds`);
  console.log(`  ${'score'.padEnd(14)} ${'target'.padEnd(36)} ${'Sticky'.padStart(6)}  best single feature`);
  let wins = 0;
  for (const [score, label, target] of TARGETS) {
    const sticky = foldMean(
      (t) => t.values[score],
      (t) => target(t.row),
    );
    let best = { name: '', value: -1 };
    for (const [name, feature] of Object.entries(BASELINES)) {
      const value = Math.abs(
        foldMean(
          (t) => feature(t.metrics),
          (t) => target(t.row),
        ),
      );
      if (value > best.value) best = { name, value };
    }
    if (sticky > best.value) wins++;
    console.log(`  ${score.padEnd(14)} ${label.padEnd(36)} ${sticky.toFixed(2).padStart(6)}  ${best.value.toFixed(2)} (${best.name})`);
  }
  console.log(`  Sticky beats the best single feature on ${wins} of ${TARGETS.length} targets.`);
  const passages = talks.flatMap((talk) => talk.passages).filter((p) => p.text.split(/\s+/).length >= 15);
  const scored = passages.map((passage) => ({
    ...passage,
    scores: engine.analyseTalk(`---\nlang: en\n---\n${passage.text}\n`).analysis.sections[0]?.scores ?? {},
  }));
  const passageAuc = (key, score) =>
    auc(
      scored.filter((p) => p[key]).map((p) => p.scores[score] ?? 0),
      scored.filter((p) => !p[key]).map((p) => p.scores[score] ?? 0),
    );
  console.log(`\nTED passages (${scored.length} of 15+ words): AUC of passages followed by a reaction against the rest`);
  console.log(`  Unexpected, (Laughter) passages   ${passageAuc('laughter', 'unexpected').toFixed(2)}`);
  console.log(`  Emotional, (Applause) passages    ${passageAuc('applause', 'emotional').toFixed(2)}`);
  return true;
}
