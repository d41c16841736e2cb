// Precision and recall of each phrase detector on its labelled set (positives, negatives and
// near misses); the figures are recorded in BENCHMARKS.md.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DETECTORS } from '../../../src/core/behaviour/index';
import { contextOf, LABELLED_BEHAVIOURS, loadLabelledSet, precisionRecall } from './labelled-sets';

describe('labelled behaviour sets', () => {
  for (const behaviour of LABELLED_BEHAVIOURS) {
    it(`${behaviour}: at least 60 cases with both labels and near misses; precision and recall ≥ 0.9`, () => {
      const cases = loadLabelledSet(behaviour);
      assert.ok(cases.length >= 60, `${behaviour} has ${cases.length} cases`);
      assert.ok(cases.filter((c) => c.label).length >= 20, 'at least 20 positives');
      assert.ok(cases.filter((c) => c.note.startsWith('near-miss')).length >= 10, 'at least 10 near misses');
      const predictions = cases.map((c) => DETECTORS[behaviour].detect(c.output, contextOf(c)).present);
      const score = precisionRecall(cases.map((c) => c.label), predictions);
      const misses = cases.filter((c, i) => predictions[i] !== c.label).map((c) => `${c.label ? 'missed' : 'false alarm'}: ${c.note}`);
      assert.ok(score.precision >= 0.9 && score.recall >= 0.9, `${behaviour}: precision ${score.precision.toFixed(3)}, recall ${score.recall.toFixed(3)}\n${misses.join('\n')}`);
    });
  }
});
