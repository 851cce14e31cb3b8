// The TED calibration report of `npm run eval -- --ted <folder>`: per score, the Spearman
// correlation with the audience ratings it should predict, held out (each fold of talks scored
// with weights fitted without it, as scripts/fit-weights.mjs fits them) and with the shipped
// weights, beside single word-list features on the same folds; and at passage level, whether
// passages the audience laughed or applauded after score higher on Unexpected and Emotional (AUC).
// The folder is read, never copied.
import { join } from 'node:path';
import { passageDocuments, speechDocuments } from './calibration/corpora.mjs';
import { DATASET_WEIGHTS, scoreSections, talkMean } from './calibration/fit.mjs';
import { FOLDS, heldOut } from './calibration/folds.mjs';
import { auc, spearman } from './calibration/stats.mjs';
import { normsBaselines } from './calibration/norms.mjs';
import { TARGETS, tedDocuments } from './calibration/ted.mjs';

/** Single word-list features of Sticky's own lexicons, per 100 words (concreteness: the mean over rated words, 0-100). */
const OWN_BASELINES = {
  'word concreteness': (m) => m.concreteness,
  'feeling words': (m) => m.feeling + m['strong-feeling'],
  'I/we/you': (m) => m['first-singular'] + m['first-plural'] + m['second-person'],
  'number words': (m) => m.numbers + m.figures,
};

/** Mean over the folds of the Spearman of a talk value with a target. */
function foldMean(docs, value, target) {
  let sum = 0;
  for (let fold = 0; fold < FOLDS; fold++) {
    const test = docs.filter((doc) => doc.id % FOLDS === fold);
    sum += spearman(test.map(value), test.map(target));
  }
  return sum / FOLDS;
}

/** Prints the TED report; returns false when the folder is missing. */
export function tedReport(engine, folder, root, weights, normsFolder = join(root, '../shared/lexicons')) {
  const norms = normsBaselines(normsFolder);
  const ted = tedDocuments(engine, folder, norms);
  if (!ted) {
    console.log(`\nTED calibration: no index.csv in ${folder}. Give the ted-dev folder: npm run eval -- --ted ../shared/eval/ted-dev`);
    return false;
  }
  const own = [...speechDocuments(engine, root), ...passageDocuments(engine, root)];
  const held = heldOut(engine, ted, own, weights, { datasetWeights: DATASET_WEIGHTS, lambda: weights.lambda });
  for (const doc of ted) {
    const sections = scoreSections(engine, weights, doc.sections);
    doc.shipped = Object.fromEntries(TARGETS.map(([score]) => [score, talkMean(sections, (s) => s.values[score])]));
    doc.metrics = Object.fromEntries(Object.keys(doc.sections[0] ?? {}).map((key) => [key, talkMean(sections, (s) => s.inputs[key] ?? 0)]));
  }
  // Human norms' features (Glasgow concreteness among them) are the baselines to beat, beside our own word lists.
  const baselines = {
    ...Object.fromEntries(Object.entries(OWN_BASELINES).map(([name, feature]) => [name, (doc) => feature(doc.metrics)])),
    ...Object.fromEntries(Object.keys(ted[0]?.norms ?? {}).map((name) => [name, (doc) => doc.norms[name]])),
  };
  if (!norms) console.log(`\nNo human norms in ${normsFolder} (give --norms <folder>): baselines are Sticky's own word lists only.`);
  console.log(`\nTED calibration: ${ted.length} analysable talks, Spearman with the audience's ratings, mean of ${FOLDS} folds`);
  console.log('  held out: each fold scored with weights fitted on the other four; shipped: the weights in scoring/weights.json');
  console.log(`  ${'score'.padEnd(14)} ${'target'.padEnd(36)} ${'held out'.padStart(8)} ${'shipped'.padStart(8)}  best single feature`);
  let wins = 0;
  for (const { score, label, sticky } of held) {
    const target = (doc) => doc.targets[score];
    const shipped = foldMean(ted, (doc) => doc.shipped[score], target);
    let best = { name: '', value: -1 };
    for (const [name, feature] of Object.entries(baselines)) {
      const value = Math.abs(foldMean(ted, feature, target));
      if (value > best.value) best = { name, value };
    }
    if (sticky > best.value) wins++;
    console.log(
      `  ${score.padEnd(14)} ${label.padEnd(36)} ${sticky.toFixed(2).padStart(8)} ${shipped.toFixed(2).padStart(8)}  ${best.value.toFixed(2)} (${best.name})`,
    );
  }
  console.log(`  Held out, Sticky beats the best single feature on ${wins} of ${held.length} targets.`);
  const passages = ted.flatMap((doc) => doc.passages).filter((p) => p.text.split(/\s+/).length >= 15);
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
  console.log(`  Unexpected, passages followed by laughter   ${passageAuc('laughter', 'unexpected').toFixed(2)}`);
  console.log(`  Emotional, passages followed by applause    ${passageAuc('applause', 'emotional').toFixed(2)}`);
  return true;
}
