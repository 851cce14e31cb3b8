#!/usr/bin/env node
// `npm run eval`: how well Sticky's scores agree with labelled material.
// (a) Public-domain speeches: do Stories and Emotional separate canonical presidential speeches and
//     Mark Twain from routine presidential messages, and are routine ones riskier on too
//     functional / too unpersonal? Reported as AUC (0.5 = chance, 1 = perfect separation).
// (b) Our labelled passages (40 English, 40 Dutch): for every principle, every pair of a passage
//     that clearly shows it and one that clearly lacks it; the share ranked the right way round.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { editSensitivity } from './calibration/edits.mjs';
import { rewriteSensitivity } from './calibration/onestop.mjs';
import { auc } from './calibration/stats.mjs';
import { tedReport } from './eval-ted.mjs';
const require = createRequire(import.meta.url);
const __dirname = fileURLToPath(new URL('.', import.meta.url));
const engine = require('../out/main/engine.js');
const root = join(__dirname, '..');

const csv = (path) => {
  const [header, ...rows] = readFileSync(path, 'utf8').trim().split('\n');
  const keys = header.split(',');
  return rows.map((row) => Object.fromEntries(row.split(',').map((cell, index) => [keys[index], cell])));
};

function measure(text) {
  const { analysis } = engine.analyseTalk(`---\nlang: en\n---\n${text}`);
  const words = analysis.sections.reduce((sum, section) => sum + section.metrics.words, 0) || 1;
  const risk = (spot) => analysis.sections.reduce((sum, section) => sum + section.blindSpots[spot].risk * section.metrics.words, 0) / words;
  const flagged = (spot) => analysis.sections.some((section) => section.blindSpots[spot].flagged);
  return {
    scores: analysis.talk.scores,
    functional: risk('tooFunctional'),
    unpersonal: risk('tooUnpersonal'),
    flaggedFunctional: flagged('tooFunctional'),
    flaggedUnpersonal: flagged('tooUnpersonal'),
  };
}

const started = performance.now();
const presidential = csv(join(root, 'eval/corpora/presidential/speeches_index.csv')).map((row) => ({
  group: row.group,
  ...measure(readFileSync(join(root, 'eval/corpora/presidential', row.file), 'utf8')),
}));
const twain = csv(join(root, 'eval/corpora/twain/index.csv')).map((row) =>
  measure(readFileSync(join(root, 'eval/corpora/twain', row.file), 'utf8')),
);
const canonical = presidential.filter((speech) => speech.group === 'canonical');
const routine = presidential.filter((speech) => speech.group === 'routine');

const contrasts = [
  [
    'Stories: canonical > routine',
    auc(
      canonical.map((s) => s.scores.stories),
      routine.map((s) => s.scores.stories),
    ),
  ],
  [
    'Emotional: canonical > routine',
    auc(
      canonical.map((s) => s.scores.emotional),
      routine.map((s) => s.scores.emotional),
    ),
  ],
  [
    'Stories: Twain > routine',
    auc(
      twain.map((s) => s.scores.stories),
      routine.map((s) => s.scores.stories),
    ),
  ],
  [
    'Emotional: Twain > routine',
    auc(
      twain.map((s) => s.scores.emotional),
      routine.map((s) => s.scores.emotional),
    ),
  ],
  [
    'Too functional risk: routine > canonical',
    auc(
      routine.map((s) => s.functional),
      canonical.map((s) => s.functional),
    ),
  ],
  [
    'Too unpersonal risk: routine > canonical',
    auc(
      routine.map((s) => s.unpersonal),
      canonical.map((s) => s.unpersonal),
    ),
  ],
];
console.log(`Corpora: ${canonical.length} canonical and ${routine.length} routine presidential speeches, ${twain.length} Twain speeches\n`);
console.log('contrast                                        AUC');
for (const [name, value] of contrasts)
  console.log(`  ${name.padEnd(44)} ${value.toFixed(2)}${value >= 0.8 ? '' : '   (below the 0.80 aim)'}`);
const share = (list, key) => `${Math.round((100 * list.filter((s) => s[key]).length) / list.length)}%`;
console.log(`\nflagged somewhere      routine  canonical  Twain`);
console.log(
  `  too functional        ${share(routine, 'flaggedFunctional').padStart(5)}  ${share(canonical, 'flaggedFunctional').padStart(9)}  ${share(twain, 'flaggedFunctional').padStart(5)}`,
);
console.log(
  `  too unpersonal        ${share(routine, 'flaggedUnpersonal').padStart(5)}  ${share(canonical, 'flaggedUnpersonal').padStart(9)}  ${share(twain, 'flaggedUnpersonal').padStart(5)}`,
);

const PRINCIPLES = ['simple', 'unexpected', 'concrete', 'credible', 'emotional', 'stories'];
console.log('\nLabelled passages: pairwise accuracy (shows vs lacks, per principle)');
console.log(`  ${'principle'.padEnd(12)} ${'en'.padStart(12)} ${'nl'.padStart(12)}`);
const totals = {};
const perPrinciple = {};
for (const lang of ['en', 'nl']) {
  const { passages } = JSON.parse(readFileSync(join(root, `eval/passages/${lang}.json`), 'utf8'));
  const scored = passages.map((passage) => ({
    ...passage,
    scores: engine.analyseTalk(`---\nlang: ${lang}\n---\n${passage.text}\n`).analysis.sections[0].scores,
  }));
  let right = 0;
  let pairs = 0;
  for (const principle of PRINCIPLES) {
    const shows = scored.filter((passage) => passage.shows.includes(principle));
    const lacks = scored.filter((passage) => passage.lacks.includes(principle));
    let ok = 0;
    for (const a of shows)
      for (const b of lacks) ok += a.scores[principle] > b.scores[principle] ? 1 : a.scores[principle] === b.scores[principle] ? 0.5 : 0;
    const n = shows.length * lacks.length;
    right += ok;
    pairs += n;
    (perPrinciple[principle] ??= {})[lang] = n ? `${(ok / n).toFixed(2)} (${n})` : 'n/a';
  }
  totals[lang] = right / pairs;
}
for (const principle of PRINCIPLES)
  console.log(`  ${principle.padEnd(12)} ${perPrinciple[principle].en.padStart(12)} ${perPrinciple[principle].nl.padStart(12)}`);
console.log(
  `  ${'all pairs'.padEnd(12)} ${totals.en.toFixed(2).padStart(12)} ${totals.nl.toFixed(2).padStart(12)}${totals.en < 0.85 || totals.nl < 0.85 ? '   (aim: 0.85)' : ''}`,
);
const { edits } = JSON.parse(readFileSync(join(root, 'eval/edits/edits.json'), 'utf8'));
const own = editSensitivity(engine, edits);
console.log(`\nEdit sensitivity, our before/after pairs (${edits.length}, en and nl): share moving the right way`);
for (const [dimension, { right, pairs }] of Object.entries(own.dimensions))
  console.log(
    `  ${dimension.padEnd(14)} ${(right / pairs).toFixed(2)} (${right} of ${pairs})${right / pairs < 0.9 ? '   (aim: 0.90)' : ''}`,
  );
for (const miss of own.misses) console.log(`  did not move: ${miss.lang} ${miss.kind}, ${miss.dimension} ${miss.before} -> ${miss.after}`);
const onestopAt = process.argv.indexOf('--onestop');
const onestopFolder = onestopAt === -1 ? join(root, '../shared/eval/onestop-dev') : process.argv[onestopAt + 1];
const rewrites = rewriteSensitivity(engine, onestopFolder);
if (!rewrites) console.log(`\nOneStopEnglish rewrites: not run (no folder at ${onestopFolder}; give --onestop <folder>).`);
else {
  console.log(`\nOneStopEnglish rewrites (${rewrites.texts} texts, ${rewrites.pairs} harder/simpler pairs, sections of ~150 words):`);
  console.log('  share of pairs where the simpler version moves the right way');
  for (const [dimension, share] of Object.entries(rewrites.shares))
    console.log(`  ${dimension.padEnd(14)} ${share.toFixed(2)}${share < 0.9 ? '   (aim: 0.90)' : ''}`);
}

const tedAt = process.argv.indexOf('--ted');
if (tedAt === -1 || !process.argv[tedAt + 1])
  console.log(
    '\nTED calibration: not run. Give the folder of TED talks with audience ratings: npm run eval -- --ted ../shared/eval/ted-dev',
  );
else {
  const normsAt = process.argv.indexOf('--norms');
  const weights = JSON.parse(readFileSync(join(root, 'src/main/engine/scoring/weights.json'), 'utf8'));
  tedReport(engine, process.argv[tedAt + 1], root, weights, normsAt === -1 ? undefined : process.argv[normsAt + 1]);
}
console.log(`\n(${((performance.now() - started) / 1000).toFixed(1)} s)`);
