// Ridge least squares for the word-norm models: small (a few dozen inputs, a few thousand words),
// solved exactly by the normal equations with Gaussian elimination.

// A light ridge keeps the suffix indicators (some rare among rated words) from taking extreme weights.
const RIDGE = 1;

/** Fits weights (intercept last) minimising squared error plus RIDGE times the squared weights. */
export function fitLinear(rows, targets) {
  const width = rows[0].length + 1;
  const a = Array.from({ length: width }, () => new Array(width).fill(0));
  const b = new Array(width).fill(0);
  rows.forEach((row, index) => {
    const x = [...row, 1];
    for (let i = 0; i < width; i++) {
      b[i] += x[i] * targets[index];
      for (let j = 0; j < width; j++) a[i][j] += x[i] * x[j];
    }
  });
  for (let i = 0; i < width - 1; i++) a[i][i] += RIDGE; // the intercept is not shrunk
  return solve(a, b);
}

/** The model's value for one row of inputs. */
export const predictLinear = (weights, row) => row.reduce((sum, value, index) => sum + value * weights[index], weights[row.length]);

function solve(a, b) {
  const n = b.length;
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let row = col + 1; row < n; row++) if (Math.abs(a[row][col]) > Math.abs(a[pivot][col])) pivot = row;
    [a[col], a[pivot]] = [a[pivot], a[col]];
    [b[col], b[pivot]] = [b[pivot], b[col]];
    for (let row = col + 1; row < n; row++) {
      const factor = a[row][col] / a[col][col];
      for (let k = col; k < n; k++) a[row][k] -= factor * a[col][k];
      b[row] -= factor * b[col];
    }
  }
  const x = new Array(n).fill(0);
  for (let row = n - 1; row >= 0; row--) {
    let sum = b[row];
    for (let k = row + 1; k < n; k++) sum -= a[row][k] * x[k];
    x[row] = sum / a[row][row];
  }
  return x;
}
