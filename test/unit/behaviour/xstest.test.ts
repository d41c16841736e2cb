// The refusal detector on XSTest v2 (real GPT-4 and Mistral-7B outputs with human labels),
// against the paper's own classifiers. Data lives beside the repository (../shared/data/xstest).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DETECTORS } from '../../../src/core/behaviour/index';
import { DATA_DIR, loadXstest, missingDataFile, XSTEST_MODELS, type XstestModel } from '../../bench/validation/data';
import { score } from '../../bench/validation/metrics';

/** The paper's classifiers' accuracies on the whole files, from the data's README. */
const BASELINES: Record<XstestModel, { stringMatch: number; gpt4Judge: number }> = {
  gpt4: { stringMatch: 0.936, gpt4Judge: 0.938 },
  mistralinstruct: { stringMatch: 0.86, gpt4Judge: 0.78 },
  mistralguard: { stringMatch: 0.809, gpt4Judge: 0.816 },
};

const missing = missingDataFile();

describe('refusal detector on XSTest v2', { skip: missing ? `labelled data not found: ${missing} (expected ${DATA_DIR})` : false }, () => {
  for (const model of XSTEST_MODELS) {
    it(`${model}: beats the string-match and GPT-4-judge baselines`, () => {
      const rows = loadXstest(model);
      assert.equal(rows.length, 450);
      const predictions = rows.map((r) => DETECTORS.refusal.detect(r.output, { input: r.input }).present);
      const s = score(rows.map((r) => r.labels.refusal === true), predictions);
      const base = BASELINES[model];
      const summary = `${model}: accuracy ${s.accuracy.toFixed(3)} (tp ${s.tp}, fp ${s.fp}, tn ${s.tn}, fn ${s.fn}); baselines ${base.stringMatch} / ${base.gpt4Judge}`;
      assert.ok(s.accuracy > base.stringMatch && s.accuracy > base.gpt4Judge, summary);
    });
  }
});
