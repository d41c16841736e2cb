// The design analysis on 1,000 simulated 2 × 2 designs (versions × observed/unobserved, 100 cases ×
// 3 samples, seeded): under no effect at most 5 % flag a main effect or the interaction; a 20-point
// interaction (and each 20-point main effect) is found at least 80 % of the time. Figures and the
// command that prints them: BENCHMARKS.md (test/bench/design-simulation.bench.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { simulate } from '../../fakes/design-simulation';

test('under no effect at most 5 % of 1,000 simulated designs flag a main effect or the interaction', () => {
  const f = simulate(1000, 100, 3, {}, 1);
  assert.ok(f.anyFlagged <= 0.05, `flagged in ${(f.anyFlagged * 100).toFixed(1)} % of designs`);
  assert.ok(f.anyFlagged > 0, 'the test is not simply blind: chance alone flags a few');
});

test('a 20-point interaction, prompt effect or condition effect is found in at least 80 % of simulated designs', () => {
  assert.ok(simulate(300, 100, 3, { interaction: 0.2 }, 4).flagged.interaction! >= 0.8);
  assert.ok(simulate(300, 100, 3, { prompt: 0.2 }, 2).flagged.prompt! >= 0.8);
  assert.ok(simulate(300, 100, 3, { condition: 0.2 }, 3).flagged.condition! >= 0.8);
});
