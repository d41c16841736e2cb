// Trains the learned refusal component and chooses its settings by grouped cross-validation
// within the tune part (a benchmark script, not a test):
//
//   node --import tsx test/bench/validation/train-refusal.ts            the cross-validated table
//   node --import tsx test/bench/validation/train-refusal.ts --write    …and writes the chosen model
//                                                                      to src/core/behaviour/refusalWeights.ts
//
// Only tune-part rows are read past the loader (refusal-training.ts asserts it); held-out rows are
// dropped before any feature is computed. Figures: per set, out-of-fold accuracy and the flagged
// rate minus the human rate, beside the rules alone on the same rows (in-sample for the rules: they
// were tuned on these rows, so the comparison favours the rules).
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RefusalModel, type Combine, type RefusalFeatureSettings, type RefusalModelData } from '../../../src/core/behaviour/refusalModel';
import { loadAllSets } from './data';
import { REFUSAL_ALPACA, REFUSAL_ALPACA2 } from './refusal-labels';
import { fmt, score } from './metrics';
import { examples, FOLDS, foldOf, train, trainingRows, TRAINING_SETS, type Example } from './refusal-training';

const WEIGHTS_FILE = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'src', 'core', 'behaviour', 'refusalWeights.ts');

const SETTINGS: RefusalFeatureSettings[] = [
  { outputChars: 300, inputWords: false },
  { outputChars: 300, inputWords: true },
  { outputChars: 1000, inputWords: false },
  { outputChars: 1000, inputWords: true },
];
const LAMBDAS = [1e-4, 1e-3, 1e-2];
const COMBINES: Combine[] = ['model', 'declineFirst', 'rulesFirst'];
/** The rules and the model both flag fewer replies than people do: lower thresholds are tried too. */
const THRESHOLDS = [0.5, 0.4, 0.3];

const rows = trainingRows([...loadAllSets(), ...REFUSAL_ALPACA.load(), ...REFUSAL_ALPACA2.load()]);
console.log(`tune rows with a refusal label: ${rows.length} (${TRAINING_SETS.map((s) => `${s} ${rows.filter((r) => r.set === s).length}`).join(', ')}); ${FOLDS} folds by group key\n`);

interface Result { name: string; perSet: { set: string; accuracy: number; rateError: number }[]; mean: number; worstRate: number }

function summarise(name: string, exs: Example[], predictions: boolean[]): Result {
  const perSet = TRAINING_SETS.map((set) => {
    const picked = exs.map((e, i) => ({ e, i })).filter(({ e }) => e.row.set === set);
    const s = score(picked.map(({ e }) => e.label), picked.map(({ i }) => predictions[i]!));
    return { set, accuracy: s.accuracy, rateError: s.rate - s.humanRate };
  });
  return { name, perSet, mean: perSet.reduce((a, p) => a + p.accuracy, 0) / perSet.length, worstRate: Math.max(...perSet.map((p) => Math.abs(p.rateError))) };
}

const results: Result[] = [];
let rulesOnly: Result | undefined;
const chosenOptions = new Map<string, { settings: RefusalFeatureSettings; lambda: number; combine: Combine; threshold: number }>();
const variants = COMBINES.flatMap((combine) => THRESHOLDS.map((threshold) => ({ combine, threshold, key: `${combine}, p ≥ ${threshold}` })));
for (const settings of SETTINGS) {
  const exs = examples(rows, settings);
  rulesOnly ??= summarise('rules only (in-sample)', exs, exs.map((e) => e.rules.present));
  for (const lambda of LAMBDAS) {
    const predictions = new Map<string, boolean[]>(variants.map((v) => [v.key, new Array<boolean>(exs.length)]));
    for (let fold = 0; fold < FOLDS; fold++) {
      const model = train(exs.filter((e) => foldOf(e.row) !== fold), { settings, lambda, combine: 'model', threshold: 0.5 });
      for (const { combine, threshold, key } of variants) {
        const scorer = new RefusalModel({ ...model, combine, threshold });
        exs.forEach((e, i) => {
          if (foldOf(e.row) === fold) predictions.get(key)![i] = scorer.decide(e.row.output, e.row.input, e.rules).present;
        });
      }
    }
    for (const { combine, threshold, key } of variants) {
      const name = `out ${settings.outputChars}${settings.inputWords ? ' +input' : ''}, λ ${lambda}, ${key}`;
      chosenOptions.set(name, { settings, lambda, combine, threshold });
      results.push(summarise(name, exs, predictions.get(key)!));
    }
  }
}

const signed = (x: number): string => `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(3)}`;
console.log(`| configuration | ${TRAINING_SETS.join(' | ')} | mean accuracy | worst |rate − human| |`);
console.log(`| --- |${TRAINING_SETS.map(() => ' ---: |').join('')} ---: | ---: |`);
for (const r of [rulesOnly!, ...results]) {
  console.log(`| ${r.name} | ${r.perSet.map((p) => `${fmt(p.accuracy)} (${signed(p.rateError)})`).join(' | ')} | ${fmt(r.mean)} | ${fmt(r.worstRate)} |`);
}

// The choice: the highest mean cross-validated accuracy over the five sets (ties: the earlier,
// simpler configuration). It ships only if it beats the rules' (in-sample) mean and loses no set
// by more than 0.01: decided before the held-out part is measured.
const best = results.reduce((a, b) => (b.mean > a.mean + 1e-9 ? b : a));
const ships = best.mean > rulesOnly!.mean && best.perSet.every((p, i) => p.accuracy >= rulesOnly!.perSet[i]!.accuracy - 0.01);
console.log(`\nbest: ${best.name}: mean ${fmt(best.mean)} vs rules ${fmt(rulesOnly!.mean)}; ships: ${ships ? 'yes' : 'NO'}`);

if (process.argv.includes('--write')) {
  if (!ships) throw new Error('the cross-validated figures do not beat the rules: nothing written');
  const options = chosenOptions.get(best.name)!;
  const model: RefusalModelData = train(examples(rows, options.settings), options);
  const lines = model.weights.split('\n').length;
  writeFileSync(
    WEIGHTS_FILE,
    `// GENERATED by \`node --import tsx test/bench/validation/train-refusal.ts --write\` from the tune
// part of the labelled sets only (${rows.length} replies: ${TRAINING_SETS.join(', ')}); chosen by ${FOLDS}-fold grouped
// cross-validation: ${best.name} (λ = L2 weight). Do not edit by hand; retrain instead.
// ${lines} weights (the largest by magnitude), \`feature\\tweight\`: o: reply n-gram, i: request word,
// r: the rules' path, len: reply length. Parsed on first refusal scoring (refusalModel.ts).
import type { RefusalModelData } from './refusalModel';

export const REFUSAL_MODEL: RefusalModelData = {
  settings: ${JSON.stringify(model.settings)},
  combine: ${JSON.stringify(model.combine)},
  threshold: ${model.threshold},
  bias: ${model.bias},
  weights: ${JSON.stringify(model.weights)},
};
`,
  );
  console.log(`wrote ${WEIGHTS_FILE} (${lines} weights)`);
}
