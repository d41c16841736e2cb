// Training of the learned refusal component (src/core/behaviour/refusalModel.ts): L2-regularised
// logistic regression by full-batch gradient descent with momentum from zero (deterministic: no random start,
// no shuffling), over the features refusalModel.ts defines. Only tune-part rows may be trained on
// or cross-validated on: every entry point asserts it (test/unit/behaviour/refusal-training.test.ts).
import { createHash } from 'node:crypto';
import { RefusalDetector } from '../../../src/core/behaviour/refusal';
import { inputFeatures, outputFeatures, sigmoid, type Combine, type RefusalFeatureSettings, type RefusalModelData, type RuleVerdict } from '../../../src/core/behaviour/refusalModel';
import type { LabelledOutput } from './data';

/** The sets the model learns from: their refusal labels (data.ts maps them); the everyday-instruction samples since en-2026.12zl. */
export const TRAINING_SETS = ['xstest-gpt4', 'xstest-mistralinstruct', 'xstest-mistralguard', 'msts', 'rbr', 'alpaca-refusal', 'alpaca-refusal-2'] as const;
export const FOLDS = 5;
const FOLD_SEED = 'promptshift-refusal-cv-v1';
const ITERATIONS = 800;
/** Step size: the n-grams are scaled to unit length; the whole features make rows longer (≤ 3). */
const LEARNING_RATE = 0.5;
const MOMENTUM = 0.9;
/** An n-gram must occur in this many training replies to get a weight. */
const MIN_ROWS = 2;
/** Weights kept after training (largest magnitude): keeps the data file ≤ ~100 KB. */
export const KEPT_WEIGHTS = 3000;

export interface Example {
  row: LabelledOutput;
  label: boolean;
  rules: RuleVerdict;
  /** the features that count whole (the rules' path, the length) */
  whole: string[];
  /** n-gram → count for the reply, and the request's words */
  output: Map<string, number>;
  outputCount: number;
  input: string[];
}

/** Throws unless every row is from the tune part of the split: held-out rows are never trained on. */
export function assertTuneOnly(rows: readonly LabelledOutput[]): void {
  const leaked = rows.find((r) => r.part !== 'tune');
  if (leaked) throw new Error(`held-out row reached refusal training: ${leaked.set} (${rows.filter((r) => r.part !== 'tune').length} held-out rows)`);
}

/** The rows the model may learn from: tune part, training sets, with a refusal label. */
export function trainingRows(all: readonly LabelledOutput[]): LabelledOutput[] {
  const rows = all.filter((r) => r.part === 'tune' && (TRAINING_SETS as readonly string[]).includes(r.set) && r.labels.refusal !== undefined);
  assertTuneOnly(rows);
  return rows;
}

export function examples(rows: readonly LabelledOutput[], settings: RefusalFeatureSettings): Example[] {
  assertTuneOnly(rows);
  const rules = new RefusalDetector();
  return rows.map((row) => {
    const verdict = rules.byRules(row.output, { input: row.input });
    const output = new Map<string, number>();
    const whole: string[] = [];
    let outputCount = 0;
    outputFeatures(row.output, verdict.path, settings, (f, start) => {
      if (start < 0) return void whole.push(f);
      output.set(f, (output.get(f) ?? 0) + 1);
      outputCount++;
    });
    return { row, label: row.labels.refusal === true, rules: verdict, whole, output, outputCount, input: settings.inputWords ? inputFeatures(row.input) : [] };
  });
}

/** The fold of a row in cross-validation: by the split's group key, so near-copies share a fold. */
export function foldOf(row: LabelledOutput): number {
  if (!row.group) throw new Error(`row without a group key: ${row.set}`);
  return (createHash('sha256').update(`${FOLD_SEED}|${row.group}`).digest()[0] ?? 0) % FOLDS;
}

export interface TrainOptions {
  settings: RefusalFeatureSettings;
  lambda: number;
  combine: Combine;
  threshold: number;
}

/** Trains on `train` and returns the model as it ships (pruned to KEPT_WEIGHTS weights). */
export function train(train: readonly Example[], options: TrainOptions): RefusalModelData {
  assertTuneOnly(train.map((e) => e.row));
  // the vocabulary: features seen in at least MIN_ROWS training replies (or requests)
  const rowsWith = new Map<string, number>();
  for (const e of train) for (const f of [...e.whole, ...e.output.keys(), ...e.input]) rowsWith.set(f, (rowsWith.get(f) ?? 0) + 1);
  const vocabulary = [...rowsWith].filter(([, n]) => n >= MIN_ROWS).map(([f]) => f).sort();
  const index = new Map(vocabulary.map((f, i) => [f, i]));
  // sparse rows, scaled as refusalModel.ts scores them
  const rows = train.map((e) => {
    const idx: number[] = [];
    const val: number[] = [];
    for (const f of e.whole) {
      const i = index.get(f);
      if (i === undefined) continue;
      idx.push(i);
      val.push(1);
    }
    for (const [f, c] of e.output) {
      const i = index.get(f);
      if (i === undefined) continue;
      idx.push(i);
      val.push(c / Math.sqrt(e.outputCount));
    }
    for (const f of e.input) {
      const i = index.get(f);
      if (i === undefined) continue;
      idx.push(i);
      val.push(1 / Math.sqrt(Math.max(1, e.input.length)));
    }
    return { idx, val, y: e.label ? 1 : 0 };
  });
  const n = rows.length;
  const w = new Float64Array(vocabulary.length);
  const positives = rows.reduce((s, r) => s + r.y, 0);
  let b = Math.log((positives + 1) / (n - positives + 1));
  const grad = new Float64Array(vocabulary.length);
  const velocity = new Float64Array(vocabulary.length);
  let velocityB = 0;
  for (let it = 0; it < ITERATIONS; it++) {
    grad.fill(0);
    let gb = 0;
    for (const r of rows) {
      let z = b;
      for (let k = 0; k < r.idx.length; k++) z += w[r.idx[k]!]! * r.val[k]!;
      const err = sigmoid(z) - r.y;
      gb += err;
      for (let k = 0; k < r.idx.length; k++) grad[r.idx[k]!]! += err * r.val[k]!;
    }
    // heavy-ball momentum: the same steps every time, so training is deterministic
    for (let j = 0; j < w.length; j++) {
      velocity[j] = MOMENTUM * velocity[j]! - LEARNING_RATE * (grad[j]! / n + options.lambda * w[j]!);
      w[j]! += velocity[j]!;
    }
    velocityB = MOMENTUM * velocityB - LEARNING_RATE * (gb / n);
    b += velocityB;
  }
  const kept = vocabulary
    .map((f, j) => ({ f, w: w[j]! }))
    .filter((x) => Math.abs(x.w) >= 1e-4)
    .sort((x, y) => Math.abs(y.w) - Math.abs(x.w) || (x.f < y.f ? -1 : 1))
    .slice(0, KEPT_WEIGHTS)
    .sort((x, y) => (x.f < y.f ? -1 : 1));
  return {
    settings: options.settings,
    combine: options.combine,
    threshold: options.threshold,
    bias: round(b),
    weights: kept.map((x) => `${x.f}\t${round(x.w)}`).join('\n'),
  };
}

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}
