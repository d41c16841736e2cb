// The refusal detector on XSTest v2 (real GPT-4 and Mistral-7B outputs with human labels),
// against the paper's own classifiers. Data lives beside the repository (../shared/data/xstest).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DETECTORS } from '../../../src/core/behaviour/index';
import { loadXstest, score, XSTEST_BASELINES, XSTEST_DIR, XSTEST_MODELS, xstestAvailable } from './xstest-data';

const available = xstestAvailable();

describe('refusal detector on XSTest v2', { skip: available ? false : `XSTest data not found at ${XSTEST_DIR}` }, () => {
  const accuracies: number[] = [];
  for (const model of XSTEST_MODELS) {
    it(`${model}: beats the string-match and GPT-4-judge baselines`, () => {
      const rows = loadXstest(model);
      assert.equal(rows.length, 450);
      const predictions = rows.map((r) => DETECTORS.refusal.detect(r.completion, { input: r.prompt }).present);
      const s = score(rows.map((r) => r.refusal), predictions);
      accuracies.push(s.accuracy);
      const base = XSTEST_BASELINES[model];
      const summary = `${model}: accuracy ${s.accuracy.toFixed(3)} (tp ${s.tp}, fp ${s.fp}, tn ${s.tn}, fn ${s.fn}); baselines ${base.stringMatch} / ${base.gpt4Judge}`;
      assert.ok(s.accuracy > base.stringMatch && s.accuracy > base.gpt4Judge, summary);
    });
  }
  it('mean binary accuracy over the three files is at least 0.90', () => {
    assert.equal(accuracies.length, XSTEST_MODELS.length);
    const mean = accuracies.reduce((a, b) => a + b, 0) / accuracies.length;
    assert.ok(mean >= 0.9, `mean accuracy ${mean.toFixed(3)}`);
  });
});
