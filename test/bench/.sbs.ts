// side by side: main's detectors vs this branch's, interleaved, CPU time
import { detectAll as mine } from '../../src/core/behaviour/index';
import { detectAll as base } from '../../.bench-base/src/core/behaviour/index';
import { syntheticOutputs } from './synthetic-outputs';
const cases = syntheticOutputs(10_000);
const fns = { base, mine } as const;
for (const f of Object.values(fns)) f(cases[0]!.output, { input: cases[0]!.input });
const t: Record<string, number[]> = { base: [], mine: [] };
for (let round = 0; round < 6; round++) {
  for (const [name, f] of Object.entries(fns)) {
    const c0 = process.cpuUsage();
    for (const c of cases) f(c.output, { input: c.input });
    t[name]!.push(process.cpuUsage(c0).user / 1000);
  }
}
const med = (a: number[]) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)]!;
console.log(JSON.stringify({ base: t.base!.map(Math.round), mine: t.mine!.map(Math.round) }));
console.log(`median CPU base ${med(t.base!).toFixed(0)} ms, mine ${med(t.mine!).toFixed(0)} ms, ratio ${(med(t.mine!) / med(t.base!)).toFixed(2)}`);
