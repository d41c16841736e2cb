// How well `promptshift plan`'s detectable shift predicts the real test: for several suite shapes,
// simulate runs whose B is shifted by exactly the planned shift and count how often the report's
// own test (sign-flip over per-case differences, at α/7, Holm's strictest step) finds it.
// Run: node --import tsx test/bench/plan-power.bench.ts [runs per shape, default 1000]
import { detectableShift } from '../../src/core/plan/power';
import { simulatedPower } from '../fakes/power-simulation';

const runs = Number(process.argv[2] ?? 1000);
const shapes: [cases: number, samples: number, baseRate: number][] = [[100, 3, 0.3], [50, 3, 0.5], [200, 1, 0.2], [30, 5, 0.4], [400, 2, 0.1]];
console.log(`| cases × samples | base rate | planned shift | detected in ${runs} simulated runs |`);
console.log('| --- | --- | --- | --- |');
for (const [cases, samples, p] of shapes) {
  const shift = detectableShift(cases, samples, { between: 0, bernoulli: p * (1 - p), from: 'runs', cases });
  const detected = simulatedPower(cases, samples, p, shift, runs, cases * 31 + samples) * runs;
  console.log(`| ${cases} × ${samples} | ${p} | ${(shift * 100).toFixed(1)} pts | ${((detected / runs) * 100).toFixed(1)} % |`);
}
