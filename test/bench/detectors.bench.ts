// Benchmark: every detector (detectAll) over 10,000 synthetic ~1 KB outputs; median of 5 runs.
// Target: ≤ 1 s for the whole batch. Run: node --import tsx test/bench/detectors.bench.ts
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { BEHAVIOURS, detectAll } from '../../src/core/behaviour/index';
import { syntheticOutputs } from './synthetic-outputs';
import { compileCustom } from '../../src/core/behaviour/custom';

const COUNT = 10_000;
const RUNS = 5;
const cases = syntheticOutputs(COUNT);
const bytes = cases.reduce((n, c) => n + c.output.length, 0);

detectAll(cases[0]!.output, { input: cases[0]!.input }); // compile and warm up once
const times: number[] = [];
const cpuTimes: number[] = [];
const counts: Record<string, number> = {};
for (let run = 0; run < RUNS; run++) {
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  for (const c of cases) {
    const r = detectAll(c.output, { input: c.input });
    if (run === 0) for (const b of BEHAVIOURS) if (r[b].present) counts[b] = (counts[b] ?? 0) + 1;
  }
  times.push(performance.now() - t0);
  cpuTimes.push(process.cpuUsage(cpu0).user / 1000);
}
times.sort((a, b) => a - b);
cpuTimes.sort((a, b) => a - b);
const median = times[Math.floor(RUNS / 2)]!;
console.log(`detectAll over ${COUNT} outputs (${(bytes / 1e6).toFixed(1)} MB), ${RUNS} runs`);
console.log(`runs (ms): ${times.map((t) => t.toFixed(0)).join(', ')}`);
// CPU time is reported beside wall time because the machine is shared: wall time includes
// waiting for other people's processes, CPU time does not.
console.log(`median CPU time: ${cpuTimes[Math.floor(RUNS / 2)]!.toFixed(0)} ms; load average ${loadavg()[0]!.toFixed(1)}`);
console.log(`median: ${median.toFixed(0)} ms  (${((median * 1000) / COUNT).toFixed(1)} µs per output)  target ≤ 1000 ms: ${median <= 1000 ? 'met' : 'MISSED'}`);
console.log('outputs flagged per behaviour (run 1):', counts);

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
