// Fits each score's term weights: least squares on standardised target ranks, with every weight's
// sign fixed by the coaching method (scoring/terms.ts), ridge-regularised, then scaled to 0-100.
import { quantile, standardRanks } from './stats.mjs';

// How much each source counts in a fit (each is standardised within itself first): the audience
// ratings of ~1,000 talks are the real judgement; the speeches, Twain and the passages (in Dutch
// too) keep the scores sensible on other material and in both languages. The 80 passages are our
// own labels, which cannot say whether a score is right: at 0.15 each they pulled Credible and too
// boring below single word features held out on TED; at 0.05 they still rank 99% of their pairs.
export const DATASET_WEIGHTS = { ted: 1, speeches: 0.2, twain: 0.2, 'passages-en': 0.05, 'passages-nl': 0.05 };

// The least a signal the coaching method names counts for, in points at its full effect: enough to
// show in "why these scores" and to move a score when the signal is strong, so a fit on audience
// ratings can weigh signals but never silence one the method prescribes (DOMAIN.md).
export const MIN_POINTS = 4;

/** A term's effect before weighting, as scoring/formula.ts computes it. */
export function effect(term, inputs) {
  const share = Math.min(1, Math.max(0, ((inputs[term.input] ?? 0) - (term.offset ?? 0)) / term.full));
  return term.absent ? 1 - share : share;
}

// The formulas of a weights object, built once for all the documents scored with it.
const built = new WeakMap();
function formulasOf(lib, weights) {
  let formulas = built.get(weights);
  if (!formulas) {
    formulas = {
      principles: lib.buildFormulas(lib.PRINCIPLE_TERMS, weights.principles),
      spots: lib.buildFormulas(lib.BLIND_SPOT_TERMS, weights.blindSpots),
    };
    built.set(weights, formulas);
  }
  return formulas;
}

/** Section scores and risks of a document's sections under given weights, as the engine computes them. */
export function scoreSections(lib, weights, sections) {
  const { principles, spots } = formulasOf(lib, weights);
  return sections.map((metrics) => {
    const inputs = { ...metrics };
    for (const [name, formula] of Object.entries(principles)) inputs[`score:${name}`] = lib.evaluate(formula, inputs).value;
    Object.assign(inputs, lib.derivedInputs(inputs));
    const values = {};
    for (const name of Object.keys(principles)) values[name] = inputs[`score:${name}`];
    for (const [name, formula] of Object.entries(spots)) values[name] = lib.evaluate(formula, inputs).value;
    return { inputs, values };
  });
}

/** A document's talk-level value of something computed per section: the word-weighted mean. */
export function talkMean(sections, value) {
  const words = sections.reduce((sum, s) => sum + s.inputs.words, 0) || 1;
  return sections.reduce((sum, s) => sum + value(s) * s.inputs.words, 0) / words;
}

/** Bounded ridge least squares by coordinate descent: min |Xb - y|^2_w + lambda |b|^2, b >= floor. */
function boundedRidge(rows, targets, sampleWeights, lambda, floor) {
  const k = rows[0]?.length ?? 0;
  const gram = Array.from({ length: k }, () => new Array(k).fill(0));
  const cross = new Array(k).fill(0);
  rows.forEach((x, i) => {
    for (let a = 0; a < k; a++) {
      cross[a] += sampleWeights[i] * x[a] * targets[i];
      for (let b = 0; b < k; b++) gram[a][b] += sampleWeights[i] * x[a] * x[b];
    }
  });
  const scale = gram.reduce((sum, row, a) => sum + row[a], 0) / (k || 1);
  const beta = [...floor];
  for (let sweep = 0; sweep < 500; sweep++) {
    let moved = 0;
    for (let a = 0; a < k; a++) {
      let rest = cross[a];
      for (let b = 0; b < k; b++) if (b !== a) rest -= gram[a][b] * beta[b];
      const next = Math.max(floor[a], rest / (gram[a][a] + lambda * scale));
      moved = Math.max(moved, Math.abs(next - beta[a]));
      beta[a] = next;
    }
    if (moved < 1e-9) break;
  }
  return beta;
}

/**
 * Fits one score. Each dataset's features are centred and its target turned into standardised
 * ranks, so a dataset only says which of its documents should score higher; `datasetWeights` says
 * how much each dataset counts in total. Returns raw weights (signed, per unit of effect).
 */
function fitScore(documents, terms, score, datasetWeights, lambda, floor) {
  const used = documents.filter((doc) => doc.targets[score] !== undefined && datasetWeights[doc.dataset]);
  const rows = [];
  const targets = [];
  const sampleWeights = [];
  for (const dataset of new Set(used.map((doc) => doc.dataset))) {
    const docs = used.filter((doc) => doc.dataset === dataset);
    const features = docs.map((doc) => terms.map((term) => term.sign * talkMean(doc.scored, (s) => effect(term, s.inputs))));
    const means = terms.map((_, j) => features.reduce((sum, f) => sum + f[j], 0) / features.length);
    const y = standardRanks(docs.map((doc) => doc.targets[score]));
    features.forEach((f, i) => {
      rows.push(f.map((value, j) => value - means[j]));
      targets.push(y[i]);
      sampleWeights.push(datasetWeights[dataset] / docs.length);
    });
  }
  if (rows.length === 0) return null;
  return boundedRidge(rows, targets, sampleWeights, lambda, floor).map((b, j) => b * terms[j].sign);
}

/** Base and weights that spread the calibration sections' raw scores from 10 (5th percentile) to 90 (95th). */
function toPoints(terms, raw, sections) {
  const { scale, low } = spread(terms, raw, sections);
  const weights = {};
  terms.forEach((term, j) => {
    const points = Math.round(raw[j] * scale * 10) / 10;
    // A rule file's own term is written even at 0: left out, it would count its provisional points again.
    if (points !== 0 || term.provisional !== undefined) weights[`${term.input}${term.absent ? ':absent' : ''}`] = points;
  });
  return { base: Math.round((10 - scale * low) * 10) / 10, weights };
}

/** How raw scores map to points: the scale that spreads the 5th-95th percentile over 80 points. */
function spread(terms, raw, sections) {
  const values = sections.map((s) => terms.reduce((sum, term, j) => sum + raw[j] * effect(term, s.inputs), 0));
  const low = quantile(values, 0.05);
  const high = quantile(values, 0.95);
  return { scale: high > low ? 80 / (high - low) : 0, low };
}

/**
 * Fits every score with a target in the documents: principles first, then the blind spots on the
 * fitted principle scores. Scores no document measures keep their weights from `start`.
 */
export function fitWeights(lib, documents, start, { datasetWeights, lambda }) {
  const weights = structuredClone({ principles: start.principles, blindSpots: start.blindSpots });
  for (const [group, specs] of [
    ['principles', lib.PRINCIPLE_TERMS],
    ['blindSpots', lib.BLIND_SPOT_TERMS],
  ]) {
    // A copy of the weights as they stand now (formulas are built once per weights object).
    const current = { principles: { ...weights.principles }, blindSpots: { ...weights.blindSpots } };
    for (const doc of documents) doc.scored = scoreSections(lib, current, doc.sections);
    const sections = documents.flatMap((doc) => doc.scored);
    for (const [score, terms] of Object.entries(specs)) {
      // Every signal the method names keeps a say: after a first fit, each weight is held to at
      // least MIN_POINTS points at full effect, and the score is fitted again within that floor.
      let raw = fitScore(
        documents,
        terms,
        score,
        datasetWeights,
        lambda,
        terms.map(() => 0),
      );
      if (!raw || raw.every((value) => value === 0)) continue;
      for (let round = 0; round < 2; round++) {
        const { scale } = spread(terms, raw, sections);
        raw = fitScore(
          documents,
          terms,
          score,
          datasetWeights,
          lambda,
          terms.map((term) => (scale > 0 ? (term.min ?? MIN_POINTS) / scale : 0)),
        );
      }
      weights[group][score] = toPoints(terms, raw, sections);
    }
  }
  for (const doc of documents) delete doc.scored;
  return weights;
}
