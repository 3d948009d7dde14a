const pairs = (k: number) => (k * (k - 1)) / 2;

/**
 * Pair precision, recall and F1 of a grouping against the ground truth: a pair of ads counts as
 * "together" when both put them in one group. Computed from counts (linear), so it works for a
 * million ads.
 */
export const pairF1 = (predicted: ArrayLike<number | string>, truth: ArrayLike<number | string>) => {
  const cells = new Map<string, number>();
  const p = new Map<number | string, number>();
  const t = new Map<number | string, number>();
  for (let i = 0; i < predicted.length; i++) {
    const pi = predicted[i] as number | string;
    const ti = truth[i] as number | string;
    const key = `${pi}\u0000${ti}`;
    cells.set(key, (cells.get(key) ?? 0) + 1);
    p.set(pi, (p.get(pi) ?? 0) + 1);
    t.set(ti, (t.get(ti) ?? 0) + 1);
  }
  let tp = 0;
  for (const k of cells.values()) tp += pairs(k);
  let predictedPairs = 0;
  for (const k of p.values()) predictedPairs += pairs(k);
  let truePairs = 0;
  for (const k of t.values()) truePairs += pairs(k);
  const precision = predictedPairs === 0 ? 1 : tp / predictedPairs;
  const recall = truePairs === 0 ? 1 : tp / truePairs;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);

  return { precision, recall, f1, truePairs, predictedPairs };
};
