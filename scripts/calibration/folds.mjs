// Held-out evaluation on TED: the talks in five folds by talk id; each fold is scored with weights
// fitted on the other four (plus the project's own material), never on itself.
import { fitWeights, scoreSections, talkMean } from './fit.mjs';
import { spearman } from './stats.mjs';
import { TARGETS } from './ted.mjs';

export const FOLDS = 5;

/** Per TED target: the mean over folds of the held-out Spearman of the score fitted without that fold. */
export function heldOut(lib, ted, own, start, options) {
  const sums = Object.fromEntries(TARGETS.map(([score]) => [score, 0]));
  for (let fold = 0; fold < FOLDS; fold++) {
    const train = ted.filter((doc) => doc.id % FOLDS !== fold);
    const test = ted.filter((doc) => doc.id % FOLDS === fold);
    const weights = fitWeights(lib, [...train, ...own], start, options);
    const values = test.map((doc) => {
      const sections = scoreSections(lib, weights, doc.sections);
      return Object.fromEntries(TARGETS.map(([score]) => [score, talkMean(sections, (s) => s.values[score])]));
    });
    for (const [score] of TARGETS)
      sums[score] += spearman(
        values.map((v) => v[score]),
        test.map((doc) => doc.targets[score]),
      );
  }
  return TARGETS.map(([score, label]) => ({ score, label, sticky: sums[score] / FOLDS }));
}
