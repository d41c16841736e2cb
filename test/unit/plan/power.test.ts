// The power arithmetic behind `promptshift plan`: the normal quantile, the sign-flip floor, and a
// simulation that the shift the plan calls detectable is detected about 80 % of the time by the
// test the report really uses (sign-flip over per-case differences, at the Holm-first level α/7).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalQuantile, minimumCases, detectableShift, casesNeeded, noiseFromPairs, ASSUMED_NOISE, type NoiseModel } from '../../../src/core/plan/power';
import { simulatedPower } from '../../fakes/power-simulation';

test('normalQuantile matches known values', () => {
  assert.ok(Math.abs(normalQuantile(0.975) - 1.959964) < 1e-5);
  assert.ok(Math.abs(normalQuantile(0.8) - 0.841621) < 1e-5);
  assert.ok(Math.abs(normalQuantile(0.001) + 3.090232) < 1e-5);
  assert.ok(Math.abs(normalQuantile(0.5)) < 1e-12);
  assert.throws(() => normalQuantile(0));
});

test('a sign-flip test at α/7 needs nine cases moving the same way: 2^(1−9) < 0.05/7 ≤ 2^(1−8)', () => {
  assert.equal(minimumCases(), 9);
  assert.equal(minimumCases({ behaviours: 1 }), 6); // 2^-5 = 0.031 < 0.05 ≤ 2^-4
  // with few cases the floor decides: 16 cases can only show a shift of 9/16
  assert.equal(detectableShift(16, 3, { between: 0, bernoulli: 0, from: 'runs', cases: 16 }), 9 / 16);
});

test('more cases or more samples never make the detectable shift larger; casesNeeded inverts it', () => {
  const noise: NoiseModel = { between: 0.02, bernoulli: 0.16, from: 'runs', cases: 50 };
  assert.ok(detectableShift(200, 3, noise) < detectableShift(100, 3, noise));
  assert.ok(detectableShift(100, 5, noise) < detectableShift(100, 1, noise));
  for (const shift of [0.1, 0.2, 0.35]) {
    const n = casesNeeded(shift, 3, noise);
    assert.ok(detectableShift(n, 3, noise) <= shift + 1e-12, `n=${n} detects ${shift}`);
    assert.ok(detectableShift(n - 1, 3, noise) > shift - 1e-9, `n-1=${n - 1} does not`);
  }
  assert.throws(() => casesNeeded(0, 3, noise), /shift/);
});

test('noise from A and A′: identical arms give no between-case part; differing cases add one', () => {
  const same = noiseFromPairs(Array.from({ length: 20 }, () => ({ a: { count: 1, n: 3 }, aPrime: { count: 1, n: 3 } })));
  assert.equal(same.from, 'runs');
  assert.equal(same.between, 0);
  assert.ok(Math.abs(same.bernoulli - 2 / 9) < 1e-12);
  const wild = noiseFromPairs(Array.from({ length: 20 }, (_, i) => ({ a: { count: i % 2 ? 3 : 0, n: 3 }, aPrime: { count: i % 2 ? 0 : 3, n: 3 } })));
  assert.ok(wild.between > 0.5, JSON.stringify(wild));
  assert.deepEqual(noiseFromPairs([]), ASSUMED_NOISE);
});

test('simulation: at the planned detectable shift the real test detects it about 80 % of the time', () => {
  const cases = 100;
  const samples = 3;
  const p = 0.3;
  // the noise a run of this kind would measure: no between-case part, Bernoulli at the base rate
  const noise: NoiseModel = { between: 0, bernoulli: p * (1 - p), from: 'runs', cases };
  const shift = detectableShift(cases, samples, noise);
  assert.ok(shift > 0.1 && shift < 0.4, `planned shift ${shift}`);
  const power = simulatedPower(cases, samples, p, shift, 200, 11);
  assert.ok(power >= 0.7 && power <= 0.95, `simulated power ${power} at the planned shift ${shift.toFixed(3)}`);
  // and a shift half as large is detected far less often
  assert.ok(simulatedPower(cases, samples, p, shift / 2, 200, 12) < 0.5);
});
