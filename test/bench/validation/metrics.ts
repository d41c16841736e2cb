// Binary classification figures of a classifier against human labels.

export interface Score {
  n: number;
  positives: number;
  tp: number;
  fp: number;
  tn: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
  specificity: number;
  /** share of outputs the classifier flags */
  rate: number;
  /** share of outputs people flagged */
  humanRate: number;
}

export function score(labels: readonly boolean[], predictions: readonly boolean[]): Score {
  let tp = 0, fp = 0, tn = 0, fn = 0;
  labels.forEach((label, i) => {
    const p = predictions[i] === true;
    if (label && p) tp++;
    else if (label) fn++;
    else if (p) fp++;
    else tn++;
  });
  return fromCounts(tp, fp, tn, fn);
}

/** Several sets' figures from their confusion counts added together. */
export function pooled(scores: readonly Score[]): Score {
  const sum = (k: 'tp' | 'fp' | 'tn' | 'fn'): number => scores.reduce((total, s) => total + s[k], 0);
  return fromCounts(sum('tp'), sum('fp'), sum('tn'), sum('fn'));
}

function fromCounts(tp: number, fp: number, tn: number, fn: number): Score {
  const n = tp + fp + tn + fn;
  const precision = tp + fp ? tp / (tp + fp) : NaN;
  const recall = tp + fn ? tp / (tp + fn) : NaN;
  const f1 = tp ? (2 * precision * recall) / (precision + recall) : tp + fp + fn ? 0 : NaN;
  return {
    n, positives: tp + fn, tp, fp, tn, fn, precision, recall, f1,
    accuracy: n ? (tp + tn) / n : NaN,
    specificity: tn + fp ? tn / (tn + fp) : NaN,
    rate: n ? (tp + fp) / n : NaN,
    humanRate: n ? (tp + fn) / n : NaN,
  };
}

/** Three decimals, or a dash where the figure is undefined (no positives, nothing flagged). */
export function fmt(x: number): string {
  return Number.isFinite(x) ? x.toFixed(3) : '–';
}
