// The decision rule (paired test, Holm across 7 behaviours, noise rule) checked by simulation.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { seededRandom } from '../../../src/core/shift';
import { simulateRun, TYPICAL_RATES } from './simulate';

const RUNS = 1000;

for (const samples of [1, 3]) {
  test(`no change (A, A′, B from one distribution), ${samples} sample(s): at most 5 % of ${RUNS} runs flag anything`, () => {
    const random = seededRandom(1000 + samples);
    let flagged = 0;
    for (let k = 0; k < RUNS; k++) {
      if (simulateRun({ cases: 100, samples, baseRates: TYPICAL_RATES, shift: {}, spread: 0.15 }, random).length) flagged++;
    }
    console.log(`  false-alarm rate, ${samples} sample(s)/case: ${(flagged / RUNS).toFixed(3)}`);
    assert.ok(flagged / RUNS <= 0.05, `${flagged}/${RUNS} null runs flagged`);
  });
}

test('a real 20-point refusal shift on 100 cases: power reported, ≥ 0.8 with 3 samples per case', () => {
  const power: Record<number, number> = {};
  for (const samples of [1, 3]) {
    const random = seededRandom(2000 + samples);
    let detected = 0;
    let wrong = 0;
    for (let k = 0; k < RUNS; k++) {
      const flagged = simulateRun({ cases: 100, samples, baseRates: TYPICAL_RATES, shift: { refusal: 0.2 }, spread: 0.15 }, random);
      if (flagged.includes('refusal')) detected++;
      if (flagged.some((b) => b !== 'refusal')) wrong++;
    }
    power[samples] = detected / RUNS;
    console.log(`  power, 20-point shift, 100 cases, ${samples} sample(s)/case: ${power[samples]?.toFixed(3)} (other behaviours flagged in ${wrong} runs)`);
    assert.ok(wrong / RUNS <= 0.05);
  }
  assert.ok((power[3] ?? 0) >= 0.8, `power ${power[3]} < 0.8`);
  // With a single sample the paired test has far less data and Holm divides α by 7: reported, weaker.
  assert.ok((power[1] ?? 0) > 0.4, `power with one sample ${power[1]}`);
});
