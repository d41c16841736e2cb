// The drift detector's promises: under no change, the share of logs with any alarm is at most the
// configured rate (1,000 simulated logs, every behaviour watched, as `monitor` does); a real change
// is caught quickly; the threshold is reproducible from the seed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { binomialDraw, calibrateThreshold, detectDrift, type Counts, type DriftBaseline } from '../../../src/core/monitor/cusum';
import { seededRandom } from '../../../src/core/shift/random';

const ALPHA = 0.05;
const LOGS = 1000;

/** 30 daily windows of 150–350 outputs; the behaviour's rate on each day. */
function simulatedSeries(random: () => number, rate: (day: number) => number): Counts[] {
  return Array.from({ length: 30 }, (_, d) => {
    const n = 150 + Math.floor(random() * 200);
    return { n, count: binomialDraw(n, rate(d), random) };
  });
}

/** Share of `LOGS` simulated logs without a change where the detector alarms at ALPHA. */
function falseAlarmRate(seed: number, rate: number, baseline: (random: () => number) => DriftBaseline): number {
  const random = seededRandom(seed);
  let alarms = 0;
  for (let l = 0; l < LOGS; l++) {
    const series = simulatedSeries(random, () => rate);
    if (detectDrift(series, baseline(random), { alpha: ALPHA, seed: seed + l }).alarm) alarms++;
  }
  return alarms / LOGS;
}

// One behaviour watched (`monitor --behaviour B`): the configured rate applies to it alone. With
// several behaviours or groups, monitor gives each α / (behaviours × groups) (Bonferroni), so the
// chance of any alarm stays below α as well.
for (const rate of [0.4, 0.02]) {
  test(`no change at a rate of ${rate * 100} %: at most 5 % of 1,000 simulated 30-day logs alarm (self-starting baseline)`, (t) => {
    const observed = falseAlarmRate(2026, rate, () => ({ kind: 'running', warmup: 1 }));
    t.diagnostic(`false-alarm rate ${observed}`);
    assert.ok(observed <= ALPHA, `false-alarm rate ${observed}`);
    // …and the detector is not simply mute
    assert.ok(observed >= 0.005, `false-alarm rate ${observed}: the threshold is far too high`);
  });
}

test('no change against a fixed baseline (a file or run of 2,000 outputs): at most 5 % of 1,000 logs alarm', (t) => {
  const observed = falseAlarmRate(7, 0.2, (random) => ({ kind: 'fixed', n: 2000, count: binomialDraw(2000, 0.2, random) }));
  t.diagnostic(`false-alarm rate ${observed}`);
  assert.ok(observed <= ALPHA, `false-alarm rate ${observed}`);
});

test('escalation falling from 40 % to 25 % on day 18 alarms within two days in at least 95 of 100 simulated logs', (t) => {
  const random = seededRandom(11);
  const delays: number[] = [];
  for (let l = 0; l < 100; l++) {
    const series = simulatedSeries(random, (d) => (d >= 17 ? 0.25 : 0.4));
    // as monitor watches all seven behaviours: α / 7
    const r = detectDrift(series, { kind: 'running', warmup: 1 }, { alpha: ALPHA / 7, seed: l });
    assert.ok(r.alarm, `log ${l}: no alarm`);
    delays.push(r.alarm.window - 17);
    if (r.alarm.window >= 17) assert.equal(r.alarm.direction, 'decrease');
  }
  // an alarm before the change is a false alarm (≈ α/7 of logs); every other one comes on day 18–20
  const inTime = delays.filter((d) => d >= 0 && d <= 2).length;
  t.diagnostic(`alarm day after the change (0 = day 18): ${[0, 1, 2].map((d) => `${d}: ${delays.filter((x) => x === d).length}`).join(', ')}; before it: ${delays.filter((d) => d < 0).length}`);
  assert.ok(inTime >= 95, `alarm days after the change: ${delays.join(' ')}`);
  assert.ok(delays.every((d) => d <= 2), `an alarm later than two days: ${delays.join(' ')}`);
});

test('every change point: 40 % → 25 % on day 10 and back to 40 % on day 20 raise two alarms, each within two days, in at least 90 of 100 logs', (t) => {
  const random = seededRandom(19);
  let both = 0;
  const extra: number[] = [];
  for (let l = 0; l < 100; l++) {
    const series = simulatedSeries(random, (d) => (d >= 9 && d < 19 ? 0.25 : 0.4));
    const r = detectDrift(series, { kind: 'running', warmup: 1 }, { alpha: ALPHA / 7, seed: l });
    const down = r.alarms.find((a) => a.window >= 9 && a.window <= 11 && a.direction === 'decrease');
    const up = r.alarms.find((a) => a.window >= 19 && a.window <= 21 && a.direction === 'increase');
    if (down && up) {
      both++;
      // the second alarm departs from the level that began at the first
      assert.equal(up.since, r.alarms[r.alarms.indexOf(up) - 1]?.window);
    }
    extra.push(r.alarms.length - (down ? 1 : 0) - (up ? 1 : 0));
  }
  t.diagnostic(`both changes found in ${both} of 100 logs; other alarms: ${extra.reduce((s, x) => s + x, 0)}`);
  assert.ok(both >= 90, `both changes found in ${both} of 100`);
});

test('after a real change, the restarted detector rarely alarms again: at most 5 % of 1,000 logs with one change have a second alarm', (t) => {
  const random = seededRandom(23);
  let again = 0;
  let first = 0;
  for (let l = 0; l < LOGS; l++) {
    const series = simulatedSeries(random, (d) => (d >= 17 ? 0.25 : 0.4));
    const r = detectDrift(series, { kind: 'running', warmup: 1 }, { alpha: ALPHA, seed: l });
    if (r.alarm) first++;
    if (r.alarms.length > 1) again++;
  }
  t.diagnostic(`${first} logs alarmed; ${again} alarmed again after the first`);
  assert.ok(again / LOGS <= ALPHA, `${again} of ${LOGS} logs alarmed a second time`);
});

test('a fixed baseline: after its alarm the detector watches the new level, self-starting', () => {
  // the baseline says 40 %; the log runs at 25 % from the start, then returns to 40 % on day 16
  const series: Counts[] = Array.from({ length: 30 }, (_, d) => ({ n: 400, count: d < 15 ? 100 : 160 }));
  const r = detectDrift(series, { kind: 'fixed', n: 2000, count: 800 }, { alpha: 0.05, seed: 1 });
  const first = r.alarms[0];
  assert.ok(first && first.window <= 2 && first.direction === 'decrease', JSON.stringify(r.alarms));
  assert.equal(first.since, undefined);
  const back = r.alarms.find((a) => a.direction === 'increase');
  assert.ok(back && back.window >= 15 && back.window <= 17, JSON.stringify(r.alarms));
  assert.equal(back.since, first.window);
  assert.equal(r.alarms.length, 2, JSON.stringify(r.alarms));
  assert.ok(r.statistic.slice(1).some((s) => s !== null), 'statistics go on after the first alarm');
});

test('the threshold is the same for the same seed and grows with the number of windows', () => {
  const series = Array.from({ length: 30 }, () => ({ n: 200, count: 80 }));
  const a = calibrateThreshold(series, { kind: 'running', warmup: 1 }, { alpha: 0.01, seed: 5 });
  const b = calibrateThreshold(series, { kind: 'running', warmup: 1 }, { alpha: 0.01, seed: 5 });
  assert.deepEqual(a, b);
  const longer = calibrateThreshold(Array.from({ length: 300 }, () => ({ n: 200, count: 80 })), { kind: 'running', warmup: 1 }, { alpha: 0.01, seed: 5 });
  assert.ok(longer.threshold > a.threshold, `${longer.threshold} ≤ ${a.threshold}`);
});

test('binomial draws have the right mean and variance in each regime', () => {
  const random = seededRandom(3);
  for (const [n, p] of [[20, 0.3], [500, 0.01], [10_000, 0.4], [300, 0.97]] as const) {
    const draws = Array.from({ length: 20_000 }, () => binomialDraw(n, p, random));
    const mean = draws.reduce((s, x) => s + x, 0) / draws.length;
    const variance = draws.reduce((s, x) => s + (x - mean) ** 2, 0) / draws.length;
    assert.ok(Math.abs(mean - n * p) < 0.05 * Math.max(1, n * p), `n ${n} p ${p}: mean ${mean}`);
    assert.ok(Math.abs(variance / (n * p * (1 - p)) - 1) < 0.1, `n ${n} p ${p}: variance ${variance}`);
  }
});
