#!/usr/bin/env node
// `npm run fit -- --ted <folder> [--write]`: fits every score's term weights (scoring/terms.ts
// gives the terms and the sign the coaching method prescribes for each) on calibration data: the
// TED talks with audience ratings when their folder is given, the public-domain speeches, Twain
// and the labelled passages. Picks the ridge strength by five-fold cross-validation on TED, prints
// the held-out Spearman per score, and with --write stores the weights in scoring/weights.json.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { passageDocuments, speechDocuments } from './calibration/corpora.mjs';
import { DATASET_WEIGHTS, fitWeights } from './calibration/fit.mjs';
import { heldOut } from './calibration/folds.mjs';
import { tedDocuments } from './calibration/ted.mjs';

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('..', import.meta.url));
const lib = require('../out/main/engine.js');
const weightsPath = join(root, 'src/main/engine/scoring/weights.json');
const current = JSON.parse(readFileSync(weightsPath, 'utf8'));

// Ridge strengths tried, relative to the mean squared feature: from almost none to strong.
const LAMBDAS = [0.003, 0.01, 0.03, 0.1, 0.3];

const tedAt = process.argv.indexOf('--ted');
const folder = tedAt === -1 ? null : process.argv[tedAt + 1];
const started = performance.now();
const own = [...speechDocuments(lib, root), ...passageDocuments(lib, root)];
const ted = folder ? tedDocuments(lib, folder) : null;
if (folder && !ted) console.log(`No index.csv in ${folder}: fitting on the project's own material only.`);
if (!folder) console.log("No TED folder given (npm run fit -- --ted ../shared/eval/ted-dev): fitting on the project's own material only.");

let best = { lambda: LAMBDAS[1], mean: -Infinity };
if (ted) {
  for (const lambda of LAMBDAS) {
    const result = heldOut(lib, ted, own, current, { datasetWeights: DATASET_WEIGHTS, lambda });
    const mean = result.reduce((sum, row) => sum + row.sticky, 0) / result.length;
    console.log(
      `ridge ${String(lambda).padEnd(6)} mean held-out Spearman ${mean.toFixed(3)}  ${result.map((r) => `${r.score} ${r.sticky.toFixed(2)}`).join('  ')}`,
    );
    if (mean > best.mean) best = { lambda, mean };
  }
  console.log(`chosen ridge ${best.lambda}`);
}
const documents = [...(ted ?? []), ...own];
const fitted = fitWeights(lib, documents, current, { datasetWeights: DATASET_WEIGHTS, lambda: best.lambda });
const note =
  `Fitted by scripts/fit-weights.mjs on ${ted ? `${ted.length} TED talks (audience ratings; ted-dev half), ` : ''}` +
  `${own.filter((d) => d.dataset === 'speeches').length} presidential speeches, Twain, and ${own.filter((d) => d.dataset.startsWith('passages')).length} labelled passages (en, nl). ` +
  "Per score: non-negative least squares on standardised target ranks with each weight's sign fixed by the coaching method (scoring/terms.ts), " +
  `ridge ${best.lambda} chosen by five-fold cross-validation on TED, then scaled so calibration sections spread from 10 (5th percentile) to 90 (95th). ` +
  'tooCorporate has no rating to fit and keeps its hand weights. Regenerate: npm run fit -- --ted <folder> --write.';
const output = { note, lambda: best.lambda, datasetWeights: DATASET_WEIGHTS, ...fitted };
console.log(JSON.stringify(fitted, null, 1).slice(0, 4000));
if (process.argv.includes('--write')) {
  writeFileSync(weightsPath, `${JSON.stringify(output, null, 2)}\n`);
  console.log(`Wrote ${weightsPath}`);
}
console.log(`(${((performance.now() - started) / 1000).toFixed(1)} s)`);
