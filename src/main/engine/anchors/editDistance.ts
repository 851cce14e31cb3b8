/** Edit distance by the table, row by row (any lengths; its cost is their product). */
function tableDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = row;
  }
  return previous[b.length]!;
}

// One machine word of JavaScript's bitwise operators: a pattern up to this long is one bit vector.
const WORD_BITS = 32;

/**
 * Levenshtein distance of `a` and `b`. When `a` fits in 32 bits (a note's context is 32
 * characters, createAnchor.ts) it is Myers' bit-parallel algorithm in Hyyrö's form for the whole
 * of `b` (the top row counts up, hence the `| 1`): one step per character of `b` instead of 32.
 */
export function editDistance(a: string, b: string): number {
  const m = a.length;
  if (m === 0) return b.length;
  if (m > WORD_BITS) return tableDistance(a, b);
  const peq = new Map<number, number>();
  for (let i = 0; i < m; i++) peq.set(a.charCodeAt(i), (peq.get(a.charCodeAt(i)) ?? 0) | (1 << i));
  const last = 1 << (m - 1);
  let pv = -1;
  let mv = 0;
  let score = m;
  for (let j = 0; j < b.length; j++) {
    const eq = peq.get(b.charCodeAt(j)) ?? 0;
    const xv = eq | mv;
    const xh = (((eq & pv) + pv) ^ pv) | eq;
    let ph = mv | ~(xh | pv);
    let mh = pv & xh;
    if (ph & last) score++;
    else if (mh & last) score--;
    ph = (ph << 1) | 1;
    mh <<= 1;
    pv = mh | ~(xv | ph);
    mv = ph & xv;
  }
  return score;
}

export { tableDistance as editDistanceByTable };
