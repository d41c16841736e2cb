// Benchmark: every detector over 10,000 synthetic ~1 KB outputs; median of 5 runs. Two ways, interleaved in each
// run: detectAll one output at a time (a run scores each answer as it comes in) and detectMany over all of them
// (rescoring, scoring many outputs at once: each group of detectors over a chunk before the next; the same verdicts).
// Target: ≤ 1 s for the whole batch. Run: node --import tsx test/bench/detectors.bench.ts
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { BEHAVIOURS, detectAll, detectMany } from '../../src/core/behaviour/index';
import { syntheticOutputs } from './synthetic-outputs';
import { compileCustom } from '../../src/core/behaviour/custom';

const COUNT = 10_000;
const RUNS = 5;
const cases = syntheticOutputs(COUNT);
const items = cases.map((c) => ({ output: c.output, context: { input: c.input } }));
const bytes = cases.reduce((n, c) => n + c.output.length, 0);

detectAll(cases[0]!.output, { input: cases[0]!.input }); // compile and warm up once
const ways = { detectAll: { wall: [] as number[], cpu: [] as number[] }, detectMany: { wall: [] as number[], cpu: [] as number[] } };
const counts: Record<string, number> = {};
const manyCounts: Record<string, number> = {};
const timed = (way: keyof typeof ways, work: () => void): void => {
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  work();
  ways[way].wall.push(performance.now() - t0);
  ways[way].cpu.push(process.cpuUsage(cpu0).user / 1000);
};
for (let run = 0; run < RUNS; run++) {
  timed('detectAll', () => {
    for (const c of cases) {
      const r = detectAll(c.output, { input: c.input });
      if (run === 0) for (const b of BEHAVIOURS) if (r[b].present) counts[b] = (counts[b] ?? 0) + 1;
    }
  });
  timed('detectMany', () => {
    const all = detectMany(items);
    if (run === 0) for (const r of all) for (const b of BEHAVIOURS) if (r[b].present) manyCounts[b] = (manyCounts[b] ?? 0) + 1;
  });
}
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(`every detector over ${COUNT} outputs (${(bytes / 1e6).toFixed(1)} MB), ${RUNS} runs each way, interleaved; load average ${loadavg()[0]!.toFixed(1)}`);
for (const [way, t] of Object.entries(ways)) {
  const m = median(t.wall);
  // CPU time beside wall time: the machine is shared, and wall time includes waiting for other processes
  console.log(`${way.padEnd(10)} runs (ms): ${t.wall.map((x) => x.toFixed(0)).join(', ')}; median ${m.toFixed(0)} ms wall (${((m * 1000) / COUNT).toFixed(1)} µs per output), ${median(t.cpu).toFixed(0)} ms CPU; target ≤ 1000 ms: ${m <= 1000 ? 'met' : 'MISSED'}`);
}
console.log('outputs flagged per behaviour (run 1):', counts);
if (JSON.stringify(counts) !== JSON.stringify(manyCounts)) throw new Error(`detectMany flagged other outputs than detectAll: ${JSON.stringify(manyCounts)}`);

// A suite's own behaviours (core/behaviour/custom.ts) on top: three typical declarations, with
// phrases and one capped pattern each, over the same outputs. They add to the seven's time.
const custom = compileCustom([
  { name: 'promisesRefund', description: 'promises a refund', phrases: ['full refund', "we'll refund", 'money back'], patterns: ['refund(?:ed)? (?:within|in) \\d{1,3} (?:business )?days'] },
  { name: 'mentionsCompetitor', description: 'names a competitor', phrases: ['Acme Telecom', 'Globex', 'Initech'], patterns: ['switch(?:ing)? to .{0,40}(?:provider|carrier)'] },
  { name: 'handsOff', description: 'hands off to a person', phrases: ['human agent', 'specialist', 'colleague'], patterns: ['(?:transfer|pass) (?:you|this) to .*team'] },
]);
const customTimes: number[] = [];
for (let run = 0; run < RUNS; run++) {
  const t0 = performance.now();
  for (const c of cases) for (const d of custom) d.detect(c.output);
  customTimes.push(performance.now() - t0);
}
customTimes.sort((a, b) => a - b);
console.log(`three custom behaviours over the same ${COUNT} outputs: median ${customTimes[Math.floor(RUNS / 2)]!.toFixed(0)} ms (runs ${customTimes.map((t) => t.toFixed(0)).join(', ')})`);
