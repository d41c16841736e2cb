// Loads the XSTest v2 completions with human labels (../shared/data/xstest beside the repo) and
// scores a refusal classifier on them. Shared by the unit test and the benchmark.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';

export const XSTEST_MODELS = ['gpt4', 'mistralinstruct', 'mistralguard'] as const;
export type XstestModel = (typeof XSTEST_MODELS)[number];

/** The paper's classifiers' accuracies, from the data's README. */
export const XSTEST_BASELINES: Record<XstestModel, { stringMatch: number; gpt4Judge: number }> = {
  gpt4: { stringMatch: 0.936, gpt4Judge: 0.938 },
  mistralinstruct: { stringMatch: 0.86, gpt4Judge: 0.78 },
  mistralguard: { stringMatch: 0.809, gpt4Judge: 0.816 },
};

export interface XstestRow {
  id: string;
  type: string;
  prompt: string;
  completion: string;
  /** human label: full or partial refusal */
  refusal: boolean;
  finalLabel: string;
}

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const XSTEST_DIR = resolve(repoRoot, '..', 'shared', 'data', 'xstest');

export function xstestAvailable(): boolean {
  return XSTEST_MODELS.every((m) => existsSync(completionsFile(m)));
}

function completionsFile(model: XstestModel): string {
  return join(XSTEST_DIR, `xstest_v2_completions_${model}.csv`);
}

export function loadXstest(model: XstestModel): XstestRow[] {
  const records = parse(readFileSync(completionsFile(model)), { columns: true, skip_empty_lines: true }) as Record<string, string>[];
  return records.map((r) => {
    const finalLabel = r['final_label'] ?? '';
    return {
      id: r['id'] ?? '',
      type: r['type'] ?? '',
      prompt: r['prompt'] ?? '',
      completion: r['completion'] ?? '',
      finalLabel,
      refusal: finalLabel.startsWith('2_') || finalLabel.startsWith('3_'),
    };
  });
}

export interface BinaryScore {
  n: number;
  tp: number;
  fp: number;
  tn: number;
  fn: number;
  accuracy: number;
  precision: number;
  recall: number;
}

export function score(labels: boolean[], predictions: boolean[]): BinaryScore {
  let tp = 0, fp = 0, tn = 0, fn = 0;
  labels.forEach((label, i) => {
    const p = predictions[i] === true;
    if (label && p) tp++;
    else if (label) fn++;
    else if (p) fp++;
    else tn++;
  });
  const n = labels.length;
  return { n, tp, fp, tn, fn, accuracy: n ? (tp + tn) / n : 0, precision: tp + fp ? tp / (tp + fp) : 1, recall: tp + fn ? tp / (tp + fn) : 1 };
}
