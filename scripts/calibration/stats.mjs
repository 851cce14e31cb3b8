// Rank statistics for the eval and the weight fitting: ranks with ties, Spearman, AUC.

/** Ranks of values (0-based), ties sharing their mean rank. */
export function ranks(values) {
  const order = values.map((value, index) => [value, index]).sort((a, b) => a[0] - b[0]);
  const result = new Array(values.length);
  for (let i = 0; i < order.length;) {
    let j = i;
    while (j + 1 < order.length && order[j + 1][0] === order[i][0]) j++;
    for (let k = i; k <= j; k++) result[order[k][1]] = (i + j) / 2;
    i = j + 1;
  }
  return result;
}

/** Pearson correlation of two equally long lists; 0 when either is constant. */
export function pearson(x, y) {
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

/** Spearman's rank correlation. */
export const spearman = (a, b) => pearson(ranks(a), ranks(b));

/** The chance that a positive outscores a negative (ties count half). */
export function auc(positives, negatives) {
  const all = [...positives.map((v) => [v, 1]), ...negatives.map((v) => [v, 0])];
  const r = ranks(all.map(([v]) => v));
  let sum = 0;
  all.forEach(([, positive], i) => (sum += positive ? r[i] + 1 : 0));
  const p = positives.length;
  const n = negatives.length;
  return p && n ? (sum - (p * (p + 1)) / 2) / (p * n) : 0.5;
}

/** Values as standardised ranks: mean 0, standard deviation 1 (what least squares on Spearman fits). */
export function standardRanks(values) {
  const r = ranks(values);
  const mean = r.reduce((s, n) => s + n, 0) / r.length;
  const sd = Math.sqrt(r.reduce((s, n) => s + (n - mean) ** 2, 0) / r.length) || 1;
  return r.map((n) => (n - mean) / sd);
}

/** The q-quantile (0-1) of values. */
export function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))))];
}
