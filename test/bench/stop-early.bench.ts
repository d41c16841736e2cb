// `--stop-early`'s sequential test in simulation: per scenario, 1,000 runs of 200 cases × 2 samples
// looked at after every case: how often it says "shift" (a false alarm when there is none), how
// often "no shift that matters" (min shift 0.1), and the mean share of the planned cases it used.
// Run: node --import tsx test/bench/stop-early.bench.ts [runs, default 1000]
import { SequentialTest } from '../../src/core/plan/sequential';
import { seededRandom } from '../../src/core/shift';

const runs = Number(process.argv[2] ?? 1000);
const CASES = 200;
const SAMPLES = 2;
const rng = seededRandom(3);
const draw = (rate: number) => {
  let k = 0;
  for (let i = 0; i < SAMPLES; i++) if (rng() < rate) k++;
  return k / SAMPLES;
};
console.log(`| base rate A | shift B − A | "shift" | "no shift ≥ 10 pts" | cases used (of ${CASES}) |`);
console.log('| --- | --- | --- | --- | --- |');
for (const [p, shift] of [[0.1, 0], [0.3, 0], [0.5, 0], [0.3, 0.15], [0.3, 0.3], [0.5, -0.5]] as const) {
  let shifts = 0;
  let none = 0;
  let used = 0;
  for (let r = 0; r < runs; r++) {
    const test = new SequentialTest({ behaviours: 1 });
    let c = 0;
    while (c < CASES && test.add(draw(p + shift) - draw(p)) === 'undecided') c++;
    used += Math.min(CASES, c + 1);
    if (test.decision === 'shift') shifts++;
    if (test.decision === 'no-shift') none++;
  }
  const pct = (x: number) => `${((x / runs) * 100).toFixed(1)} %`;
  console.log(`| ${p} | ${shift >= 0 ? '+' : ''}${shift} | ${pct(shifts)} | ${pct(none)} | ${(used / runs).toFixed(0)} (${((used / runs / CASES) * 100).toFixed(0)} %) |`);
}
