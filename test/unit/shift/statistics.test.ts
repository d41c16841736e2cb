import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  binomialLowerTailHalf,
  decideShifts,
  holmAdjust,
  mcnemarExact,
  pairedShift,
  seededRandom,
  signFlipTest,
  textSimilarity,
  wilsonInterval,
} from '../../../src/core/shift';

const close = (actual: number, expected: number, tol = 1e-4) =>
  assert.ok(Math.abs(actual - expected) <= tol, `${actual} is not within ${tol} of ${expected}`);

test('Wilson 95 % intervals match published values', () => {
  // Newcombe (1998), Statistics in Medicine 17:857, table I: 81/263 → 0.2553–0.3662.
  const [lo, hi] = wilsonInterval(81, 263);
  close(lo, 0.2553);
  close(hi, 0.3662);
  // 0/10: the interval stays at 0 and the upper bound is z²/(n+z²) = 0.2775.
  assert.deepEqual(wilsonInterval(0, 10)[0], 0);
  close(wilsonInterval(0, 10)[1], 0.2775);
  const [l5, h5] = wilsonInterval(5, 10);
  close(l5, 0.2366);
  close(h5, 0.7634);
  close(wilsonInterval(10, 10)[0], 0.7225);
  assert.deepEqual(wilsonInterval(0, 0), [0, 1]);
});

test('exact McNemar p-values match the binomial tail', () => {
  close(mcnemarExact(1, 9), 22 / 1024, 1e-12); // 2·(1+10)/2¹⁰
  close(mcnemarExact(5, 15), (2 * 21700) / 1048576, 1e-12);
  assert.equal(mcnemarExact(0, 0), 1);
  assert.equal(mcnemarExact(7, 7), 1);
  close(mcnemarExact(0, 5), 2 / 32, 1e-12);
  // symmetric in its arguments and finite for large counts (no underflow to 0 or NaN)
  assert.equal(mcnemarExact(300, 380), mcnemarExact(380, 300));
  const big = mcnemarExact(1000, 1200);
  assert.ok(big > 0 && big < 1e-4, String(big));
  close(binomialLowerTailHalf(2000, 4000), 0.5 + 0.5 * 0.012614, 1e-3);
});

test('Holm adjustment: step-down, monotone, capped at 1', () => {
  const adj = holmAdjust([0.01, 0.04, 0.03, 0.005]);
  // sorted: 0.005·4=0.02, 0.01·3=0.03, 0.03·2=0.06, 0.04·1=0.04→max(0.06)
  assert.deepEqual(adj.map((p) => +p.toFixed(6)), [0.03, 0.06, 0.06, 0.02]);
  assert.deepEqual(holmAdjust([0.5, 0.9]), [1, 1]);
});

test('sign-flip test: exact paths agree with enumeration and with McNemar on 0/±1 data', () => {
  const diffs = [1, 1, 1, 1, 1, 1, 1, 1, 1, -1, 0, 0];
  const lattice = signFlipTest(diffs, { lattice: 1 });
  const enumerated = signFlipTest(diffs);
  assert.equal(lattice.method, 'exact');
  close(lattice.pValue, enumerated.pValue, 1e-12);
  close(lattice.pValue, mcnemarExact(1, 9), 1e-12);
  // rates in thirds: lattice DP and brute-force enumeration agree
  const thirds = [2 / 3, 1 / 3, 1, -1 / 3, 2 / 3, 1 / 3, 0, 1, 2 / 3, -2 / 3, 1 / 3, 1 / 3];
  close(signFlipTest(thirds, { lattice: 3 }).pValue, signFlipTest(thirds).pValue, 1e-12);
  assert.equal(signFlipTest([0, 0, 0]).pValue, 1);
});

test('sign-flip Monte-Carlo is seeded (reproducible) and close to the exact value', () => {
  const random = seededRandom(7);
  const diffs = Array.from({ length: 60 }, () => (random() < 0.62 ? 1 : -1) * Math.ceil(random() * 3) / 3.7);
  const mc1 = signFlipTest(diffs, { seed: 1 });
  const mc2 = signFlipTest(diffs, { seed: 1 });
  assert.equal(mc1.method, 'monte-carlo');
  assert.equal(mc1.pValue, mc2.pValue);
  const exact = signFlipTest(diffs.map((d) => Math.round(d * 3.7 * 1000) / 1000), { lattice: 1 });
  assert.equal(exact.method, 'exact');
  close(mc1.pValue, exact.pValue, 0.01);
});

test('pairedShift: one sample per case uses exact McNemar; noise rule blocks shifts within noise', () => {
  const cases = Array.from({ length: 40 }, (_, i) => ({
    a: { count: i < 4 ? 1 : 0, n: 1 },
    b: { count: i < 20 ? 1 : 0, n: 1 },
    aPrime: { count: i < 6 ? 1 : 0, n: 1 },
  }));
  const s = pairedShift(cases, 'refusal');
  assert.equal(s.test, 'mcnemar-exact');
  close(s.pValue, mcnemarExact(0, 16), 1e-12);
  close(s.delta, 0.4, 1e-12);
  close(s.noiseDelta as number, 0.05, 1e-12);
  assert.equal(s.flipsUp, 16);
  assert.equal(s.direction, 'increase');
  const decided = decideShifts({ refusal: s, hedging: { ...s, noiseDelta: 0.5 } });
  assert.equal(decided.refusal.significant, true);
  assert.equal(decided.hedging.significant, false, 'B−A within the A′−A noise is not significant');
  assert.equal(decided.refusal.pAdjusted, Math.min(1, 2 * s.pValue));
});

test('pairedShift: several samples use the exact sign-flip test over per-case rates', () => {
  const cases = Array.from({ length: 30 }, (_, i) => ({ a: { count: i % 3 === 0 ? 1 : 0, n: 3 }, b: { count: 2, n: 3 } }));
  const s = pairedShift(cases, 'hedging');
  assert.equal(s.test, 'sign-flip-exact');
  assert.ok(s.pValue < 1e-6);
  assert.equal(s.noiseDelta, null);
  assert.equal(s.a.n, 90);
  assert.equal(s.a.count, 10);
});

test('text similarity: token-set Jaccard', () => {
  assert.equal(textSimilarity('The cat sat.', 'the CAT sat'), 1);
  close(textSimilarity('a b c d', 'a b x y'), 2 / 6, 1e-12);
  assert.equal(textSimilarity('', ''), 1);
  assert.equal(textSimilarity('abc', ''), 0);
});
